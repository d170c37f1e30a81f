"""The eight examples run their meetings in the demo as the publication describes them: the rhythm of each
body, the secrecy of Borås' forum, and every invented date, person and text marked as invented."""

import dataclasses
import datetime

import pytest
from django.core.exceptions import ValidationError

from actors.models import Organization, Person, User
from collaborations.demo import INVENTED, SKR, TALK
from collaborations.models import Collaboration
from core.services import SYSTEM
from lead import demo as lead_demo
from lead.choices import OPEN_ASSIGNMENT
from lead.demo.examples import LEAD
from lead.demo.specs import AfterProject, Assignment, Decision, Item, News, Series, Who
from lead.models import AfterProjectPlan, AgendaItem, Attendance, Meeting, NewsPost, Reservation
from lead.models import Assignment as AssignmentRow
from lead.models import Decision as DecisionRow
from lead.queries.assignments import followed_up_at, followed_up_q
from lead.queries.decisions import with_flags
from lead.services import minutes as minutes_services
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
    models = (Meeting, AgendaItem, Attendance, DecisionRow, AssignmentRow, NewsPost, AfterProjectPlan)
    before = [model.objects.count() for model in models]
    assert lead_demo.load({o.name: o for o in Organization.objects.all()}, {}) == 0
    assert [model.objects.count() for model in models] == before


def test_decisions_have_reference_numbers_and_the_flagged_one_shows_its_rule(demo):
    admin = _user("admin@samverkan.example")
    ledning = _body(BRO, "ledning")
    decisions = list(DecisionRow.objects.filter(body=ledning).order_by("year", "number"))
    assert decisions and all(d.reference.startswith(f"BRO-LG {d.year}:") for d in decisions)
    assert [d.number for d in decisions if d.year == 2026] == list(range(1, 1 + sum(d.year == 2026 for d in decisions)))
    flagged = [d for d in with_flags(DecisionRow.objects.filter(collaboration__slug=BRO), admin) if d.flags]
    assert [d.area for d in flagged] == ["Verksamhetsplan och budget"]
    assert flagged[0].body == ledning and flagged[0].mandate_note
    assert any(_body(BRO, "styrgrupp").name in flag.message for flag in flagged[0].flags)
    # the reservation of the styrgrupp's decision on the plan and budget
    reservation = Reservation.objects.get(decision__body=_body(BRO, "styrgrupp"))
    assert reservation.organization.name == "Lekebergs kommun" and INVENTED in reservation.text
    # a body that leads but does not decide, and a forum under secrecy, have none
    assert not DecisionRow.objects.filter(collaboration__slug__in=["nya-perspektiv-varmland", BORAS]).exists()
    # only held meetings took decisions
    assert not DecisionRow.objects.exclude(meeting__status="held").exists()


def test_assignments_are_followed_up_at_the_next_meeting_of_their_body(demo):
    admin = _user("admin@samverkan.example")
    assignments = list(AssignmentRow.objects.select_related("body"))
    assert assignments
    shown = 0
    for assignment in assignments:
        if assignment.body.is_secret:
            continue  # the administrator sees nothing of a secret body (tested below through the rule)
        later = assignment.body.meetings.filter(date__gt=assignment.given_on).exclude(status="cancelled")
        following = later.order_by("date").first()
        if following is not None:
            # done before the next meeting, it is no longer on its agenda; still open, it is
            still_open = assignment.completed_on is None or assignment.completed_on >= following.date
            assert (assignment in followed_up_at(following, admin)) == still_open, assignment
            shown += still_open
        others = Meeting.objects.exclude(body=assignment.body).filter(date__gt=assignment.given_on)
        other = others.exclude(status="cancelled").order_by("date").first()
        if other is not None:
            assert assignment not in followed_up_at(other, admin)
    assert shown, "no assignment of the demo is still open at its body's next meeting"
    secret = [a for a in assignments if a.body.is_secret]
    assert secret
    for assignment in secret:
        following = assignment.body.meetings.filter(date__gt=assignment.given_on).order_by("date").first()
        still_open = assignment.completed_on is None or assignment.completed_on >= following.date
        followed = AssignmentRow.objects.filter(followed_up_q(assignment.body_id, following.date), pk=assignment.pk)
        assert followed.exists() == still_open, assignment
    overdue = AssignmentRow.objects.filter(status__in=OPEN_ASSIGNMENT, due_date__lt=datetime.date(2026, 12, 3))
    assert [a.title for a in overdue] == [
        "Uppdatera handlingsplanen för etableringsarbetet med kommunernas lediga mark och lokaler"
    ]
    done = AssignmentRow.objects.filter(status="done")
    assert done.exists() and all(INVENTED in a.report and a.completed_on for a in done)
    assert AssignmentRow.objects.filter(status="in_progress").exists()


def test_attendance_minutes_and_news_are_loaded(demo):
    held = Meeting.objects.filter(status="held")
    assert held.exists()
    # every call of a held meeting has its attendance recorded; the deviations of the specs are there
    assert not Attendance.objects.filter(meeting__status="held", status="invited").exists()
    assert Attendance.objects.filter(meeting__status="held", status="absent").exists()
    substitute = Attendance.objects.get(status="substitute")
    assert substitute.substitute_for.memberships.filter(body=substitute.meeting.body).exists()
    assert not Attendance.objects.filter(meeting__status="planned").exclude(status="invited").exists()
    # Piteå's project leader is called as a guest to the steering group's meetings
    assert Attendance.objects.filter(is_guest=True, guest_role="Gäst").exists()
    # minutes approved are frozen: an edit is refused, naming the field
    approved = Meeting.objects.filter(minutes_approved_on__isnull=False)
    assert approved.count() == sum(
        1 for spec in LEAD.values() for s in spec.series for m in s.meetings.values() if m.approvals
    )
    item = AgendaItem.objects.filter(meeting__in=approved).exclude(minutes="").first()
    with pytest.raises(ValidationError) as error:
        minutes_services.write_minutes(item, actor=SYSTEM, minutes="Ändrad i efterhand.")
    assert error.value.message_dict
    secret = [body for body in Body.objects.all() if body.is_secret]
    assert not AgendaItem.objects.filter(meeting__body__in=secret).exclude(minutes="").exists()
    # a win of BRO, and the after-project plan of Blekinge with its decision
    win = NewsPost.objects.get(collaboration__slug=BRO, is_win=True)
    assert "Varje enskild etablering ses som ett gemensamt lyft" in win.text
    plan = AfterProjectPlan.objects.get(collaboration__slug="blekinge-unga-lyfter")
    assert plan.kind == "follow_on" and plan.decision is not None
