"""The mandate check (L2): may this body take this decision, and could it decide at that meeting?

The rule, stated once:

1. A body decides only within its mandate, the areas it "får besluta om" (organize's decision areas).
   An area matches a mandate's area when they are the same words, ignoring case, the space around them
   and punctuation (Swedish letters å, ä and ö are letters and are kept: "Budget." is "budget", "mål" is
   not "mal").
2. A body with no decision areas leads but does not decide (a forum, a reference group or working group
   without a mandate to decide): any decision it takes is flagged.
3. A decision in an area that another body of the collaboration has in its mandate, and this body has not,
   is flagged as reserved for that body (a working group deciding what is the steering group's).
4. A decision in an area that no body's mandate names is flagged as such.
5. A decision taken when fewer members were present than the body's quorum is flagged. A body that states
   no quorum, or a meeting whose attendance is not recorded, is never flagged: unknown is not "no".

A decision without an area is compared with nothing (rule 2 and 5 still apply). Each flag carries the rule
that was broken in words, shown beside the decision; the coordinator may record why it stands.

Pure: everything comes in as loaded values (`BodyMandate`, `Quorum`).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from django.utils.translation import gettext as _

from lead.engine.quorum import Quorum

RESERVED = "reserved"
LEADS_ONLY = "leads_only"
UNNAMED = "unnamed"
NO_QUORUM = "no_quorum"
FLAG_CODES = (RESERVED, LEADS_ONLY, UNNAMED, NO_QUORUM)


@dataclass(frozen=True)
class BodyMandate:
    """A body as the check needs it: its id, name and the areas it may decide on."""

    id: int
    name: str
    areas: tuple[str, ...]


@dataclass(frozen=True)
class Flag:
    code: str  # one of FLAG_CODES
    message: str  # what is wrong with the decision
    rule: str  # the rule that was broken, in words


def normalize(text: str) -> str:
    """An area as it is compared: lower case (casefolded), punctuation and symbols removed, the words
    separated by one space. Letters of any alphabet (å, ä, ö) and digits are kept as they are."""
    text = unicodedata.normalize("NFC", text or "").casefold()
    kept = "".join(c if unicodedata.category(c)[0] in "LN" else " " for c in text)
    return " ".join(kept.split())


def mandate_of(body_name: str, areas: Iterable[str]) -> str:
    """The body's mandate in words: "Ledningsgruppen får besluta om: budget, verksamhetsplan"."""
    named = [a.strip() for a in areas if a and a.strip()]
    if not named:
        return _("%(body)s har inga beslutsområden: organet leder men beslutar inte.") % {"body": body_name}
    return _("%(body)s får besluta om: %(areas)s") % {"body": body_name, "areas": ", ".join(named)}


def _has(areas: Iterable[str], wanted: str) -> bool:
    return any(normalize(a) == wanted for a in areas)


def check_decision(
    area: str, body: BodyMandate, others: Sequence[BodyMandate], quorum: Quorum | None = None
) -> list[Flag]:
    """The flags of a decision in `area` taken by `body`; `others` are the collaboration's other bodies
    (those the reader may see; the body itself among them is ignored) and `quorum` the meeting's."""
    flags: list[Flag] = []
    wanted = normalize(area)
    own = [a for a in body.areas if normalize(a)]
    if not own:
        flags.append(
            Flag(
                LEADS_ONLY,
                _("%(body)s leder men beslutar inte, och har ändå fattat beslutet.") % {"body": body.name},
                mandate_of(body.name, own),
            )
        )
    if wanted and not _has(own, wanted):
        holders = [other for other in others if other.id != body.id and _has(other.areas, wanted)]
        for holder in holders:
            flags.append(
                Flag(
                    RESERVED,
                    _("Området ”%(area)s” är förbehållet %(other)s, inte %(body)s.")
                    % {"area": area.strip(), "other": holder.name, "body": body.name},
                    mandate_of(holder.name, holder.areas),
                )
            )
        if not holders and own:
            flags.append(
                Flag(
                    UNNAMED,
                    _("Området ”%(area)s” finns inte i något organs mandat.") % {"area": area.strip()},
                    mandate_of(body.name, own),
                )
            )
    if quorum is not None and quorum.reached is False:
        flags.append(
            Flag(
                NO_QUORUM,
                _("Beslutet fattades utan beslutförhet: %(present)s närvarande ledamöter.")
                % {"present": quorum.present},
                _("%(body)s är beslutfört när minst %(required)s ledamöter är närvarande.")
                % {"body": body.name, "required": quorum.required},
            )
        )
    return flags
