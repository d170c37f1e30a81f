"""The cost-sharing texts a financing page shows say what the engine did.

The engine writes them itself (`Computation.rule`, `rounding_rule()`), with the numbers of the
computation filled in; here each clause is held to the computation it describes, so that neither can
change without the other.
"""

from decimal import Decimal

import pytest

from organize import engine
from organize.engine import Party, format_money


def _parties(*populations: int) -> list[Party]:
    return [Party(i, f"Kommun {i}", population=p) for i, p in enumerate(populations)]


def _kronor(amounts) -> list[Decimal]:
    return [Decimal(a) for a in amounts]


# Each clause of the shown rounding rule, and a split that shows it.
ROUNDING_CLAUSES = [
    (
        "varje part får först sitt exakta belopp avrundat nedåt till öre",
        # 0,07 kr by 2:3:5 is exactly 0,014 / 0,021 / 0,035: first 0,01 / 0,02 / 0,03 ...
        lambda: all(a - e < Decimal("0.01") and a >= Decimal(int(e * 100)) / 100 for a, e in _split("0.07", 2, 3, 5)),
    ),
    (
        "de ören som blir över går ett i taget till de parter som har störst rest",
        # ... and the one öre left over goes to the largest remainder (0,5 öre, the third party)
        lambda: [a for a, _ in _split("0.07", 2, 3, 5)] == _kronor(["0.01", "0.02", "0.04"]),
    ),
    (
        "(vid lika rest till den part vars namn kommer först i bokstavsordning",
        # one öre between equal shares: to "Kommun 0" before "Kommun 1", whichever is listed first
        lambda: (
            [a for a, _ in _split("0.01", 1, 1)] == _kronor(["0.01", "0"])
            and [a for a, _ in _split("0.01", 1, 1, names=["Kommun 1", "Kommun 0"])] == _kronor(["0", "0.01"])
        ),
    ),
    (
        "Älmhult före Örebro i bokstavsordning: å, ä och ö efter z",
        lambda: (
            [a for a, _ in _split("0.01", 1, 1, names=["Örebro", "Älmhult"])] == _kronor(["0", "0.01"])
            and [a for a, _ in _split("0.01", 1, 1, names=["Ödeshög", "Zinkgruvan"])] == _kronor(["0", "0.01"])
        ),
    ),
    ("Summan blir exakt det belopp som fördelas.", lambda: sum(a for a, _ in _split("100.00", 1, 1, 1)) == 100),
]


def _split(total: str, *weights: int, names: list[str] | None = None) -> list[tuple[Decimal, Decimal]]:
    names = names or [f"Kommun {i}" for i in range(len(weights))]
    amounts, exact, _extra = engine.split(Decimal(total), list(weights), names)
    return [(a, Decimal(e.numerator) / Decimal(e.denominator)) for a, e in zip(amounts, exact, strict=True)]


@pytest.mark.parametrize("clause,holds", ROUNDING_CLAUSES, ids=[c for c, _ in ROUNDING_CLAUSES])
def test_each_clause_of_the_shown_rounding_rule_is_what_the_engine_does(clause, holds):
    if not clause.startswith("Älmhult"):  # the example of the alphabetical order is not in the text
        assert clause in engine.rounding_rule()
    assert holds()


def test_the_equal_split_says_how_many_shares_there_are():
    result = engine.equal(Decimal("100.00"), _parties(1, 1, 1))

    assert result.rule == "Lika delar: varje part betalar 1/3."
    assert [line.amount for line in result.lines] == _kronor(["33.34", "33.33", "33.33"])


def test_fixed_shares_say_what_they_add_up_to_and_the_shortfall_in_kronor():
    at_100 = [Party(0, "A", percent=Decimal("60")), Party(1, "B", percent=Decimal("40"))]
    at_99 = [Party(0, "A", percent=Decimal("60")), Party(1, "B", percent=Decimal("39"))]

    full = engine.fixed_shares(Decimal("10.00"), at_100)
    assert "(summa 100\u00a0%)" in full.rule and full.balance == "" and full.difference == 0
    short = engine.fixed_shares(Decimal("10.00"), at_99)
    assert "(summa 99\u00a0%)" in short.rule
    assert [line.amount for line in short.lines] == _kronor(["6.00", "3.90"])
    assert short.shortfall == Decimal("0.10")
    assert "0,10 kr av beloppet betalas inte av någon part (underskott)" in short.balance
    assert "räknas inte om" in short.balance


def test_percentages_above_100_show_the_surplus_and_the_key_parties_pay_nothing():
    parties = [Party(0, "Regionen", percent=Decimal("60")), Party(1, "Kommunen", percent=Decimal("45"))]
    over = engine.compute(
        Decimal("1000.00"), [*parties, Party(2, "Övriga", population=10)], engine.Key("per_capita", 2025)
    )

    assert [line.amount for line in over.lines] == _kronor(["600.00", "450.00", "0"])
    assert over.surplus == Decimal("50.00")
    assert "50,00 kr mer än beloppet (överskott)" in over.balance and "betalar 0 kr" in over.balance


def test_stated_amounts_above_the_total_say_so():
    result = engine.compute(
        Decimal("100.00"), [Party(0, "A", amount=Decimal("150.00")), Party(1, "B")], engine.Key("equal")
    )
    assert [line.amount for line in result.lines] == _kronor(["150.00", "0"])
    assert result.surplus == Decimal("50.00") and "50,00 kr mer" in result.balance


def test_per_capita_states_the_year_and_the_population_the_amounts_are_shared_by():
    result = engine.per_capita(Decimal("1000.00"), _parties(22_665, 5_397), 2025)

    assert "folkmängd den 31 december 2025 (summa 28\u00a0062)" in result.rule
    assert [line.basis for line in result.lines] == ["22\u00a0665 invånare", "5\u00a0397 invånare"]


def test_one_party_pays_the_amount_and_the_others_share_the_rest_the_text_names():
    total = Decimal("28062.00")
    result = engine.anchor_then_population(total, Party(-1, "Regionen"), Decimal("50"), _parties(22_665, 5_397), 2025)
    anchor, *others = result.lines

    assert f"Regionen betalar 50\u00a0% av beloppet ({format_money(anchor.amount)} kr)" in result.rule
    rest = sum((line.amount for line in others), Decimal("0"))
    assert f"Resten, {format_money(rest)} kr, delas" in result.rule
    assert (anchor.amount, rest) == (Decimal("14031.00"), total - Decimal("14031.00"))
