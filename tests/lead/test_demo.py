"""The eight examples run their meetings in the demo as the publication describes them: the rhythm of each
body, the secrecy of Borås' forum, and every invented date, person and text marked as invented."""

import dataclasses
import datetime

import pytest

from actors.models import Organization, Person, User
from collaborations.demo import INVENTED, SKR, TALK
from collaborations.models import Collaboration
from lead import demo as lead_demo
from lead.demo.examples import LEAD
from lead.demo.specs import AfterProject, Assignment, Decision, Item, News, Series, Who
from lead.models import AgendaItem, Attendance, Meeting
from organize.demo.examples import FORMAL
from organize.models import Body, ExternalFunding, Membership

pytestmark = pytest.mark.django_db

BORAS = "boras-myndighetssamverkan-trygghet"
BRO = "business-region-orebro"
TODAY = datetime.date(2026, 12, 2)  # tests/conftest.py


def _body(slug: str, key: str) -> Body:
    name = next(b.name for b in FORMAL[slug].bodies if b.key == key)
    return Body.objects.get(collaboration__slug=slug, name=name)


def _user(email: str) -> User:
    return User.objects.get(email=email)


def _marked(text: str) -> bool:
    return INVENTED in text or SKR in text or TALK in text


def _walk(value):
    """Every spec object inside a spec (dataclasses, lists, dicts)."""
    if dataclasses.is_dataclass(value):
        yield value
        for f in dataclasses.fields(value):
            yield from _walk(getattr(value, f.name))
    elif isinstance(value, list | tuple):
        for v in value:
            yield from _walk(v)
    elif isinstance(value, dict):
        for v in value.values():
            yield from _walk(v)


def _series_items(series: Series):
    for item in series.agenda:
        yield None, item
    for day, meeting in series.meetings.items():
        for item in meeting.items:
            yield day, item


def test_every_example_with_meeting_bodies_has_its_meetings(demo):
    assert set(LEAD) == set(Collaboration.objects.values_list("slug", flat=True))
    for slug, spec in LEAD.items():
        collaboration = Collaboration.objects.get(slug=slug)
        assert collaboration.abbreviation == spec.abbreviation, slug
        for series in spec.series:
            body = _body(slug, series.body)
            expected = series.count if series.rhythm else len(series.meetings)
            assert body.meetings.count() == expected, (slug, series.body)
            assert body.abbreviation == spec.bodies[series.body].abbreviation
            # past meetings are held, future ones planned; none falls on a weekend
            for meeting in body.meetings.exclude(status="cancelled"):
                assert meeting.status == ("held" if meeting.date <= TODAY else "planned"), meeting
                assert meeting.date.weekday() < 5, meeting
                assert meeting.items.exists(), meeting
    # no body states a quorum, so none is invented
    assert not Body.objects.filter(quorum__isnull=False).exists()


def test_members_on_the_day_are_called_to_each_meeting(demo):
    meeting = _body(BRO, "ledning").meetings.filter(status="held").first()
    called = {(a.organization.name, a.person_id) for a in meeting.attendances.select_related("organization")}
    seats = {(m.organization.name, m.person_id) for m in Membership.objects.filter(body=meeting.body)}
    assert called == seats and len(called) == 17
    assert not Attendance.objects.filter(person__is_invented=False).exists()


def test_borås_forum_meets_monthly_under_secrecy_without_minutes(demo):
    forum = _body(BORAS, "forum")
    assert forum.is_secret
    meetings = list(forum.meetings.all())
    assert len({(m.date.year, m.date.month) for m in meetings}) == 36
    assert not AgendaItem.objects.filter(meeting__body=forum).exclude(minutes="").exists()
    titles = set(AgendaItem.objects.filter(meeting=meetings[0]).values_list("title", flat=True))
    assert titles == {
        "Aktuella händelser i Boråsområdet: brottslighet och säkerhet",
        "Uppföljning av tidigare påbörjade uppdrag",
    }
    # the specs give it no minutes, no approvals and no decisions either (for the loaders to come)
    boras = LEAD[BORAS]
    for series in boras.series:
        assert all(not item.minutes and not item.decisions for _, item in _series_items(series))
        assert all(not meeting.approvals for meeting in series.meetings.values())


def test_borås_forum_is_seen_by_its_members_only(demo):
    forum = _body(BORAS, "forum")
    count = forum.meetings.count()
    # the coordinator (who chairs it) and the party from Migrationsverket sit in the forum
    for email in ("cks@boras.example", "enhetschef@migrationsverket.example"):
        assert Meeting.objects.visible_to(_user(email)).filter(body=forum).count() == count, email
        assert AgendaItem.objects.visible_to(_user(email)).filter(meeting__body=forum).exists(), email
    # the coordinator of another collaboration's body, and the administrator, see nothing of it
    for email in ("samordnare@regionorebrolan.example", "admin@samverkan.example"):
        assert not Meeting.objects.visible_to(_user(email)).filter(body=forum).exists(), email
        assert not AgendaItem.objects.visible_to(_user(email)).filter(meeting__body=forum).exists(), email
    # the undergroup is under secrecy of its own: neither Migrationsverket (not in it) nor the coordinator,
    # who chairs the forum but has no seat in the undergroup, sees its meetings
    undergroup = _body(BORAS, "undergrupp")
    assert undergroup.meetings.count() == 3
    for email in ("enhetschef@migrationsverket.example", "cks@boras.example"):
        assert not Meeting.objects.visible_to(_user(email)).filter(body=undergroup).exists(), email


def test_bro_ledningsgrupp_meets_monthly_with_a_summer_break(demo):
    ledning = _body(BRO, "ledning")
    meetings = list(ledning.meetings.all())
    for year in (2025, 2026, 2027):
        for month in range(1, 13):
            of_month = [m for m in meetings if (m.date.year, m.date.month) == (year, month)]
            assert len(of_month) == 1, (year, month)
            if month == 7:
                assert of_month[0].is_cancelled and INVENTED in of_month[0].cancelled_reason
            else:
                assert not of_month[0].is_cancelled, of_month[0]
    assert len({m.series for m in meetings}) == 1  # one series, planned from the rhythm
    first = meetings[0]
    assert [i.title for i in first.items.all()] == [
        "Uppföljning av handlingsplanerna",
        "Etableringar och förfrågningar: en dörr in för företagen",
        "Löpande beslut i verksamheten",
        "Uppföljning av uppdrag",
    ]
    # a meeting the rhythm put on a Sunday is held on the Monday after, and its calendar revision rose
    moved = next(m for m in meetings if m.date == datetime.date(2025, 2, 17))
    assert moved.sequence >= 1
    # an item carried over to the next meeting
    carried = AgendaItem.objects.get(meeting__body=ledning, carried_from__isnull=False)
    assert carried.meeting.date == datetime.date(2026, 10, 16)
    assert carried.carried_from.meeting.date == datetime.date(2026, 9, 16)
    # the styrgrupp meets four times a year
    assert _body(BRO, "styrgrupp").meetings.filter(date__year=2026).count() == 4


def test_invented_values_are_marked(demo):
    for meeting in Meeting.objects.all():
        assert INVENTED in meeting.source_note, meeting  # the dates are not in the publication
    for slug, spec in LEAD.items():
        collaboration = Collaboration.objects.get(slug=slug)
        assert f"Förkortningen {spec.abbreviation}" in collaboration.source_note, slug
        for key, body_spec in spec.bodies.items():
            body = _body(slug, key)
            assert f"Förkortningen {body_spec.abbreviation}" in body.source_note, (slug, key)
        for person in spec.people:
            assert Person.objects.get(email=person.email).is_invented
        for obj in _walk(spec):
            if isinstance(obj, Item | Assignment):
                assert _marked(obj.description), obj.title
            elif isinstance(obj, Decision):
                assert _marked(obj.source_note) and (not obj.mandate_note or INVENTED in obj.mandate_note)
            elif isinstance(obj, News):
                assert _marked(obj.text), obj.title
            elif isinstance(obj, AfterProject):
                assert _marked(obj.description)
            if getattr(obj, "minutes", ""):
                assert INVENTED in obj.minutes, obj
            if getattr(obj, "report", ""):
                assert INVENTED in obj.report, obj


def test_the_specs_still_to_be_loaded_are_complete_and_consistent(demo):
    """What the loaders of decisions, assignments, attendance and news will read: every person resolves
    to a seat's (or the example's) invented person, decisions lie at held meetings and within the body's
    mandate except the one flagged on purpose, and the statuses tell a story over time."""
    loader_people = {(p.organization, p.title) for spec in LEAD.values() for p in spec.people}
    overdue, flagged = [], []
    for slug, spec in LEAD.items():
        for obj in _walk(spec):
            if isinstance(obj, Series):
                body = _body(slug, obj.body)
                for who in _walk(obj):
                    if isinstance(who, Who):
                        seat_body = _body(slug, who.body) if who.body else body
                        seated = Membership.objects.filter(
                            body=seat_body, organization__name=who.organization, title=who.title
                        ).exists()
                        assert seated or (who.organization, who.title) in loader_people, (slug, who)
                for day, item in _series_items(obj):
                    if item.decisions or item.minutes:
                        assert day is not None and day <= TODAY, (slug, item.title)
                    for decision in item.decisions:
                        if decision.area not in body.decision_areas:
                            flagged.append((slug, obj.body, decision))
            if isinstance(obj, Assignment):
                assert Organization.objects.filter(name=obj.owner.organization).exists()
                status = obj.updates[-1].status if obj.updates else "not_started"
                if status == "done":
                    assert obj.updates[-1].report, obj.key
                elif obj.due and obj.due < TODAY:
                    overdue.append(obj.key)
        for plan in spec.after_project:
            assert ExternalFunding.objects.filter(collaboration__slug=slug, description=plan.funding).exists()
            assert any(isinstance(o, Decision) and o.key == plan.decision for o in _walk(spec))
    assert overdue == ["bro-etableringsplan"]
    # one decision of BRO's ledningsgrupp in an area reserved for the styrgrupp, with the coordinator's note
    assert [(slug, key, decision.area) for slug, key, decision in flagged] == [
        (BRO, "ledning", "Verksamhetsplan och budget")
    ]
    assert "Verksamhetsplan och budget" in _body(BRO, "styrgrupp").decision_areas
    assert flagged[0][2].mandate_note
    # Nya perspektiv takes no formal decisions
    assert not [o for o in _walk(LEAD["nya-perspektiv-varmland"]) if isinstance(o, Decision)]
    # one reservation, invented
    reservations = [r for spec in LEAD.values() for o in _walk(spec) if isinstance(o, Decision) for r in o.reservations]
    assert len(reservations) == 1 and INVENTED in reservations[0].text
    # a win about an establishment in BRO
    wins = [n for n in LEAD[BRO].news if n.is_win]
    assert len(wins) == 1 and "Varje enskild etablering ses som ett gemensamt lyft" in wins[0].text


def test_loading_again_leaves_the_meetings_as_they_are(demo):
    before = Meeting.objects.count(), AgendaItem.objects.count(), Attendance.objects.count()
    assert lead_demo.load({o.name: o for o in Organization.objects.all()}, {}) == 0
    assert (Meeting.objects.count(), AgendaItem.objects.count(), Attendance.objects.count()) == before
