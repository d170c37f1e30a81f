"""The rule in words, as a computation states it beside its amounts: what each line's amount rests on,
how the amounts were worked out, and what happens when the shares do not add up to the total."""

from __future__ import annotations

from decimal import Decimal
from typing import cast

from django.utils.translation import gettext as _

from organize.engine.common import EQUAL, FIXED_SHARES, HUNDRED, PER_CAPITA, _format_int, format_money, format_percent
from organize.engine.data import Key, Line, _Unit


def _key_basis(unit: _Unit, key: Key) -> str:
    one = _("1 del")
    if key.method == EQUAL:
        return one
    people = _("%(n)s invånare") % {"n": _format_int(cast(int, unit.population))}
    return people if key.method == PER_CAPITA else f"{people} · {one}"


def _rule(
    key: Key,
    stated: list[_Unit],
    with_percent: list[_Unit],
    by_key: list[_Unit],
    percent_sum: Decimal,
    amount_of: dict[int, Decimal | None],
    lines: list[Line],
    rest: Decimal | None,
) -> str:
    parts: list[str] = []
    if stated:
        parts.append(_("Först betalar %(names)s sina angivna belopp.") % {"names": _names([u.name for u in stated])})
    of_what = _("det som återstår efter de angivna beloppen") if stated else _("beloppet")
    if key.method == FIXED_SHARES:
        if not stated:
            parts.append(_("Fasta andelar enligt avtalet (summa %(sum)s).") % {"sum": format_percent(percent_sum)})
        else:
            parts.append(
                _("Resten delas med fasta andelar av %(what)s (summa %(sum)s).")
                % {"what": of_what, "sum": format_percent(percent_sum)}
            )
    else:
        for u in with_percent:
            amount = amount_of[id(u)]
            parts.append(
                _("%(name)s betalar %(percent)s av %(what)s%(amount)s.")
                % {
                    "name": u.name,
                    "percent": format_percent(cast(Decimal, u.percent)),
                    "what": of_what,
                    "amount": f" ({format_money(amount)} kr)" if amount is not None else "",
                }
            )
        if by_key:
            parts.append(
                _key_rule(key, by_key, rest if (stated or with_percent) else None, bool(stated or with_percent))
            )
    for line in lines:
        if line.group is not None:
            parts.append(
                _("%(group)s betalar som en part; gruppens belopp delas mellan dess medlemmar: %(rule)s")
                % {"group": line.name, "rule": line.group.rule}
            )
    return " ".join(parts)


def _key_rule(key: Key, units: list[_Unit], rest: Decimal | None, after_others: bool) -> str:
    n = len(units)
    people = sum(cast(int, u.population) for u in units) if key.method != EQUAL else 0
    if not after_others:
        if key.method == EQUAL:
            return _("Lika delar: varje part betalar 1/%(n)d.") % {"n": n}
        if key.method == PER_CAPITA:
            return _(
                "Per invånare: varje part betalar i proportion till sin folkmängd den 31 december %(year)d "
                "(summa %(n)s)."
            ) % {"year": key.population_year, "n": _format_int(people)}
        return _(
            "Viktad nyckel: %(pop)s av beloppet delas i proportion till folkmängden den 31 december %(year)d "
            "(summa %(n)s invånare) och %(equal)s i lika delar (1/%(count)d var); varje parts exakta belopp är "
            "summan av båda delarna."
        ) % _weighted(key, people, n)
    start = _("Resten, %(rest)s kr,") % {"rest": format_money(rest)} if rest is not None else _("Resten")
    if n == 1:
        return _("%(start)s betalas av %(name)s.") % {"start": start, "name": units[0].name}
    if key.method == EQUAL:
        return _("%(start)s delas lika mellan övriga parter (1/%(n)d var).") % {"start": start, "n": n}
    if key.method == PER_CAPITA:
        return _(
            "%(start)s delas mellan övriga parter i proportion till folkmängden den 31 december %(year)d "
            "(summa %(n)s invånare)."
        ) % {"start": start, "year": key.population_year, "n": _format_int(people)}
    return _(
        "%(start)s delas mellan övriga parter med en viktad nyckel: %(pop)s i proportion till folkmängden den "
        "31 december %(year)d (summa %(n)s invånare) och %(equal)s i lika delar (1/%(count)d var)."
    ) % {"start": start, **_weighted(key, people, n)}


def _weighted(key: Key, people: int, n: int) -> dict[str, object]:
    weight = cast(Decimal, key.population_weight)
    return {
        "pop": format_percent(weight),
        "equal": format_percent(HUNDRED - weight),
        "year": key.population_year,
        "n": _format_int(people),
        "count": n,
    }


def _balance(
    total: Decimal | None,
    stated_sum: Decimal,
    with_percent: list[_Unit],
    by_key: list[_Unit],
    percent_sum: Decimal,
    difference: Decimal | None,
) -> str:
    """What happens when the shares do not add up: the difference, and that nothing is rescaled ("" when
    they add up). The percentages leave a gap only when no one shares the rest by the key."""
    if total is not None and stated_sum > total:
        return _(
            "De angivna beloppen är %(over)s kr mer än beloppet att fördela (överskott). Övriga parter betalar "
            "0 kr. Inget räknas om."
        ) % {"over": format_money(stated_sum - total)}
    if not with_percent:
        if by_key or total is None or stated_sum == total:
            return ""
        return _(
            "De angivna beloppen täcker inte hela beloppet: %(short)s kr betalas inte av någon part (underskott). "
            "Inget räknas om."
        ) % {"short": format_money(total - stated_sum)}
    if percent_sum == HUNDRED or (percent_sum < HUNDRED and by_key):
        return ""
    what = {"sum": format_percent(percent_sum)}
    if difference is None:  # the total is not known: the gap in percent
        if percent_sum < HUNDRED:
            return _(
                "Andelarna summerar till %(sum)s, inte 100 %%: %(gap)s av beloppet betalas inte av någon part "
                "(underskott). Andelarna räknas inte om."
            ) % {**what, "gap": format_percent(HUNDRED - percent_sum)}
        return _(
            "Andelarna summerar till %(sum)s, inte 100 %%: parterna betalar %(gap)s mer än beloppet "
            "(överskott). Andelarna räknas inte om."
        ) % {**what, "gap": format_percent(percent_sum - HUNDRED)}
    if difference < 0:
        return _(
            "Andelarna summerar till %(sum)s, inte 100 %%: %(short)s kr av beloppet betalas inte av någon part "
            "(underskott). Andelarna räknas inte om: varje part betalar sin angivna andel, och underskottet "
            "står kvar tills avtalet säger vem som betalar det."
        ) % {**what, "short": format_money(-difference)}
    if difference > 0:
        extra = _(" Parterna som delar resten efter nyckeln betalar 0 kr.") if by_key else ""
        return _(
            "Andelarna summerar till %(sum)s, inte 100 %%: parterna betalar tillsammans %(over)s kr mer än "
            "beloppet (överskott). Andelarna räknas inte om.%(extra)s"
        ) % {**what, "over": format_money(difference), "extra": extra}
    return (
        _("Andelarna summerar till %(sum)s, inte 100 %%, men avrundat till hela ören blir skillnaden 0,00 kr.") % what
    )


def _names(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return _("%(first)s och %(last)s") % {"first": ", ".join(names[:-1]), "last": names[-1]}
