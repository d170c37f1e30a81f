"""The Excel template of an action plan (issue 17 §1): export, import all or nothing, an exact round trip,
and every bad input named by row and column with nothing saved."""

import datetime
import io

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import Workbook, load_workbook

from actors import services as actor_services
from core.models import ChangeRecord
from core.services import SYSTEM
from tests.factories.actors import PersonFactory, user_for
from tests.factories.collaborations import CollaborationFactory
from tests.factories.organize import party_of
from tests.factories.steer import GoalDocumentFactory, GoalFactory, OwnGoalFactory
from work.engine.cells import read_date
from work.engine.rows import COLUMNS
from work.models import ActionPlanVersion, Activity, ProgressNote
from work.queries.activities import ActivityFilter
from work.queries.joint import joint_view
from work.queries.plan_export import plan_workbook, template_workbook
from work.services import create_action_plan, create_activity
from work.services.plan_import import import_action_plan

pytestmark = pytest.mark.django_db

HEADERS = [str(label) for _key, label in COLUMNS]
MARCH_1 = datetime.date(2025, 3, 1)


@pytest.fixture
def world():
    collaboration = CollaborationFactory()
    party = party_of(collaboration, name="Karlskrona kommun", short_name="KK", org_number="212000-0811")
    other = party_of(collaboration, name="Ronneby kommun")
    anna = PersonFactory(first_name="Anna", last_name="Berg", email="anna@example.org")
    actor_services.add_representation(anna, party, actor=SYSTEM)
    bo = PersonFactory(first_name="Bo", last_name="Ek", email="bo@example.org")
    actor_services.add_representation(bo, other, actor=SYSTEM)
    document = GoalDocumentFactory(collaboration=collaboration)
    work = GoalFactory(document=document, title="Fler unga i arbete")
    studies = GoalFactory(document=document, title="Fler i studier; och praktik")  # a ";" in a title
    own = OwnGoalFactory(goal=work, organization=party, title="Feriepraktik för alla")
    others_own = OwnGoalFactory(goal=work, organization=other, title="Ronnebys eget mål")
    plan = create_action_plan(
        collaboration, actor=SYSTEM, organization=party, title="Karlskronas plan", start_year=2025
    )
    user = user_for(party)
    return {
        "collaboration": collaboration,
        "party": party,
        "other": other,
        "anna": anna,
        "bo": bo,
        "work": work,
        "studies": studies,
        "own": own,
        "others_own": others_own,
        "plan": plan,
        "user": user,
    }


def activity(world, plan=None, **data):
    values = {
        "title": "Sommarjobb",
        "owner_organization": world["party"],
        "owner_person": world["anna"],
        "goals": [world["work"]],
    }
    values.update(data)
    return create_activity(plan or world["plan"], actor=SYSTEM, **values)


def filled(world):
    """A plan with activities of every kind of value: unknown dates, several goals, an own goal, a text
    that looks like a formula, a line break, an evidence-based one."""
    return [
        activity(
            world,
            title="Sommarjobb",
            description="Första raden\nandra raden",
            start_date=MARCH_1,
            end_date=datetime.date(2025, 8, 31),
            goals=[world["work"], world["studies"]],
            own_goals=[world["own"]],
            knowledge_basis="evidence",
            evidence_reference="IFAU 2019:4",
            status="ongoing",
        ),
        activity(world, title="=Mentorer i skolan", goals=[], own_goals=[world["own"]], knowledge_basis="innovation"),
        activity(world, title="Praktikplatser", start_date=datetime.date(2026, 1, 15), goals=[world["studies"]]),
    ]


def xlsx(rows, headers=HEADERS, edit=None):
    """A file in the template built by hand: the headings, then the rows (lists in the order of `headers`)."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Aktiviteter"
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    if edit:
        edit(sheet)
    buffer = io.BytesIO()
    book.save(buffer)
    return SimpleUploadedFile("plan.xlsx", buffer.getvalue())


def row(**values):
    base = {
        "id": None,
        "title": "Ny aktivitet",
        "description": None,
        "owner_organization": "Karlskrona kommun",
        "owner_person": "Anna Berg",
        "start_date": None,
        "end_date": None,
        "status": "Planerad",
        "goals": "Fler unga i arbete",
        "knowledge_basis": None,
        "evidence_reference": None,
    }
    base.update(values)
    return [base[key] for key, _label in COLUMNS]


def cells(data, sheet="Aktiviteter"):
    book = load_workbook(io.BytesIO(data))
    return [list(r) for r in book[sheet].iter_rows(values_only=True)]


def saved():
    return Activity.objects.count(), ChangeRecord.objects.count(), ProgressNote.objects.count()


def refused(world, upload, actor=None):
    before = saved()
    with pytest.raises(ValidationError) as caught:
        import_action_plan(world["plan"], upload, actor=actor or world["user"])
    assert saved() == before
    return caught.value.messages


# Export and the exact round trip ----------------------------------------------------------------------


def test_the_export_is_the_documented_template(world):
    filled(world)
    data = plan_workbook(world["plan"], world["user"])
    book = load_workbook(io.BytesIO(data))
    assert book.sheetnames == ["Aktiviteter", "Mål", "Parter", "Anvisningar"]
    sheet = book["Aktiviteter"]
    assert [c.value for c in sheet[1]] == HEADERS
    assert sheet["A1"].font.bold and sheet.freeze_panes == "A2"
    # in the plan's order: by start date (an unknown one first), then as entered
    assert [r[1] for r in cells(data)[1:]] == ["=Mentorer i skolan", "Sommarjobb", "Praktikplatser"]
    assert sheet["B2"].data_type == "s" and sheet["F2"].value is None  # a text, not a formula; an unknown date
    assert sheet["F3"].is_date and sheet["F3"].value == datetime.datetime(2025, 3, 1)
    assert sheet["I3"].value == "Fler i studier; och praktik; Fler unga i arbete; Feriepraktik för alla"
    goals = cells(data, "Mål")
    assert goals[1:] == [
        ["Fler unga i arbete", "Gemensamt mål", None],
        ["Fler i studier; och praktik", "Gemensamt mål", None],
        ["Feriepraktik för alla", "Eget mål", "Karlskrona kommun"],
        ["Ronnebys eget mål", "Eget mål", "Ronneby kommun"],
    ]
    help_text = " ".join(str(c) for r in cells(data, "Anvisningar") for c in r if c)
    assert "Planerad, Pågår, Klar, Pausad, Avbruten" in help_text
    assert "Evidensbaserad, Beprövad erfarenhet, Innovation" in help_text
    assert "1 mars 2025" in help_text


def test_the_empty_template_has_the_headings_and_the_goals(world):
    data = template_workbook(world["collaboration"], world["user"])
    assert cells(data) == [HEADERS]
    assert ["Karlskrona kommun", "KK", "212000-0811"] in cells(data, "Parter")


def test_a_plan_read_back_into_itself_changes_nothing(world):
    filled(world)
    data = plan_workbook(world["plan"], world["user"])
    before = saved(), ActionPlanVersion.objects.count()
    result = import_action_plan(world["plan"], SimpleUploadedFile("plan.xlsx", data), actor=world["user"])
    assert (result.created, result.updated, result.unchanged, result.kept, result.version) == (0, 0, 3, [], None)
    assert (saved(), ActionPlanVersion.objects.count()) == before


def test_a_plan_read_into_a_new_plan_exports_the_same_cells(world):
    filled(world)
    data = plan_workbook(world["plan"], world["user"])
    book = load_workbook(io.BytesIO(data))
    for (cell,) in book["Aktiviteter"].iter_rows(min_row=2, max_col=1):
        cell.value = None
    buffer = io.BytesIO()
    book.save(buffer)
    new = create_action_plan(
        world["collaboration"], actor=SYSTEM, organization=world["party"], title="Ny", start_year=2027
    )
    result = import_action_plan(new, SimpleUploadedFile("Karlskrona 2025.xlsx", buffer.getvalue()), actor=world["user"])
    assert (result.created, result.updated, result.unchanged) == (3, 0, 0)
    assert result.version.imported_from == "Karlskrona 2025.xlsx" and len(result.version.rows) == 3
    without_ids = [r[1:] for r in cells(plan_workbook(new, world["user"]))]
    assert without_ids == [r[1:] for r in cells(data)]


# What an import does ----------------------------------------------------------------------------------


def test_imported_activities_carry_the_goals_they_name(world):
    upload = xlsx(
        [
            row(
                title="Jobbmässa",
                owner_organization="kk",
                owner_person="ANNA@example.org",
                goals="  fler unga I arbete ",
            ),
            row(
                title="Läxhjälp",
                owner_organization="2120000811",
                goals="Fler i studier; och praktik;Feriepraktik för alla",
            ),
            row(title="Praktik", owner_organization="Ronneby kommun", owner_person="Bo Ek", goals="Ronnebys eget mål"),
        ]
    )
    result = import_action_plan(world["plan"], upload, actor=SYSTEM)
    assert result.created == 3
    made = {a.title: a for a in Activity.objects.filter(plan=world["plan"])}
    assert list(made["Jobbmässa"].goals.all()) == [world["work"]]
    assert (list(made["Läxhjälp"].goals.all()), list(made["Läxhjälp"].own_goals.all())) == (
        [world["studies"]],
        [world["own"]],
    )
    assert list(made["Praktik"].own_goals.all()) == [world["others_own"]]  # the owner's own goal
    assert made["Jobbmässa"].owner_person == world["anna"] and made["Praktik"].owner_organization == world["other"]
    # the joint view shows the party's activities under the shared goals they serve (directly or through
    # an own goal that contributes to it)
    joint = joint_view(world["collaboration"], world["user"], ActivityFilter(), datetime.date(2026, 12, 2))
    shown = {r.goal.title: sorted(a.title for a in r.activities) for r in joint.rows}
    assert shown == {
        "Fler unga i arbete": ["Jobbmässa", "Läxhjälp", "Praktik"],
        "Fler i studier; och praktik": ["Läxhjälp"],
    }


def test_a_changed_row_updates_its_activity_and_a_new_status_is_a_progress_note(world):
    first, second, third = filled(world)
    header, *rows = cells(plan_workbook(world["plan"], world["user"]))
    by_title = {r[1]: r for r in rows}
    by_title["Sommarjobb"][1] = "Sommarjobb för 16-åringar"
    by_title["Praktikplatser"][7] = "done"  # the English value
    upload = xlsx([by_title["Sommarjobb"], by_title["Praktikplatser"]], headers=header)
    result = import_action_plan(world["plan"], upload, actor=world["user"])
    assert (result.created, result.updated, result.unchanged, result.kept) == (0, 2, 0, [second])
    first.refresh_from_db()
    third.refresh_from_db()
    assert (first.title, third.status) == ("Sommarjobb för 16-åringar", "done")
    assert ProgressNote.objects.get(activity=third).text == "Status ändrad vid inläsning av handlingsplanen plan.xlsx."
    assert result.version.imported_from == "plan.xlsx" and result.version.number == 1


def test_dates_are_read_in_the_accepted_formats(world):
    days = [datetime.datetime(2025, 3, 1), "2025-03-01", "1/3/2025", "1.3.2025", "1 mars 2025", " 01.03.2025 "]
    upload = xlsx([row(title=f"A{i}", start_date=day, end_date="31 dec. 2025") for i, day in enumerate(days)])
    import_action_plan(world["plan"], upload, actor=SYSTEM)
    dates = set(Activity.objects.filter(plan=world["plan"]).values_list("start_date", "end_date"))
    assert dates == {(MARCH_1, datetime.date(2025, 12, 31))}


@pytest.mark.parametrize("text", ["1/3/25", "2025/03/01", "31/2/2025", 45717])
def test_a_date_that_could_be_misread_is_refused(text):
    with pytest.raises(ValueError, match="datum|årtalet"):
        read_date(text)


# Bad input: named by row and column, nothing saved -----------------------------------------------------


@pytest.mark.parametrize(
    "values,expected",
    [
        (
            {"goals": "Fler unga i arbete; Minska utanförskapet"},
            "Rad 2, kolumn Mål (I2): okänt mål ”Minska utanförskapet”",
        ),
        (
            {"owner_organization": "Lyckeby AB"},
            "Rad 2, kolumn Ansvarig organisation (D2): okänd organisation ”Lyckeby AB”",
        ),
        ({"owner_person": "Bo Ek"}, "Rad 2, kolumn Ansvarig person (E2): ”Bo Ek” företräder inte Karlskrona kommun"),
        ({"goals": "Ronnebys eget mål"}, "Rad 2, kolumn Mål (I2): ”Ronnebys eget mål” är Ronneby kommun eget mål"),
        (
            {"start_date": "1.3.2025", "end_date": "2025-01-31"},
            "Rad 2, kolumn Slutar (G2): aktiviteten slutar 2025-01-31, före sin start 2025-03-01",
        ),
        ({"start_date": "våren 2025"}, "Rad 2, kolumn Startar (F2): ”våren 2025” kan inte läsas som ett datum"),
        ({"goals": "=Mål!A2"}, "Rad 2, kolumn Mål (I2): cellen innehåller formeln =Mål!A2; skriv in värdet i stället"),
        ({"owner_organization": None}, "Rad 2, kolumn Ansvarig organisation (D2): ange vilken part"),
        ({"goals": None}, "Rad 2, kolumn Mål (I2): ange minst ett mål"),
    ],
)
def test_a_bad_row_is_named_by_row_and_column_and_nothing_is_saved(world, values, expected):
    messages = refused(world, xlsx([row(**values)]))
    assert len(messages) == 1 and messages[0].startswith(expected), messages


def test_an_id_of_an_activity_of_another_plan_is_an_unknown_activity(world):
    other_plan = create_action_plan(
        world["collaboration"], actor=SYSTEM, organization=world["other"], title="R", start_year=2025
    )
    theirs = activity(world, plan=other_plan, owner_organization=world["other"], owner_person=world["bo"])
    mine = activity(world)
    upload = xlsx([row(id=theirs.pk), row(id=999999), row(id=mine.pk, title="Ändrad"), row(id=mine.pk)])
    assert refused(world, upload) == [
        f"Rad 2, kolumn Id (A2): okänd aktivitet ”{theirs.pk}”; lämna Id tomt för en ny aktivitet.",
        "Rad 3, kolumn Id (A3): okänd aktivitet ”999999”; lämna Id tomt för en ny aktivitet.",
        f"Rad 5, kolumn Id (A5): aktiviteten {mine.pk} finns redan på rad 4.",
    ]


def test_every_error_of_the_file_is_listed_by_row(world):
    upload = xlsx(
        [
            row(title=None, goals="Okänt"),
            row(),
            row(owner_person="Ingen Alls", start_date="1/3/25"),
            row(title="Sammanfogad", status="Försenad"),
        ],
        edit=lambda sheet: sheet.merge_cells("B5:C5"),
    )
    messages = refused(world, upload)
    assert [m.split(":")[0] for m in messages] == [
        "Rad 2, kolumn Aktivitet (B2)",
        "Rad 2, kolumn Mål (I2)",
        "Rad 4, kolumn Ansvarig person (E4)",
        "Rad 4, kolumn Startar (F4)",
        "Rad 5, kolumn Aktivitet (B5)",
        "Rad 5, kolumn Status (H5)",
    ]
    assert "cellerna B5:C5 är sammanfogade" in messages[-2]
    assert messages[-1].startswith("Rad 5, kolumn Status (H5): okänd status ”Försenad”; skriv en av Planerad, Pågår")


def test_a_file_that_is_not_excel_is_refused(world):
    csv = SimpleUploadedFile("plan.csv", b"Id;Aktivitet\n;Sommarjobb\n")
    assert refused(world, csv) == [
        "Filen är inte en Excelfil (.xlsx). Ladda ned mallen, fyll i den och spara den som Excel-arbetsbok (.xlsx)."
    ]
    old = SimpleUploadedFile("plan.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)
    assert "äldre Excelfil (.xls)" in refused(world, old)[0]

    def rename(sheet):
        sheet.title = "Blad1"

    assert refused(world, xlsx([row()], edit=rename))[0].startswith("Filen har inget blad som heter ”Aktiviteter”")


def test_a_missing_or_unknown_heading_is_refused(world):
    headers = [h for h in HEADERS if h != "Startar"] + ["Budget"]
    messages = refused(world, xlsx([], headers=headers))
    assert messages[0].startswith("Rad 1: kolumner saknas: Startar.")
    assert messages[1].startswith("Rad 1, kolumn K (K1): okänd kolumn ”Budget”")


def test_only_the_plans_keepers_read_a_file_into_it(world):
    outsider = user_for(world["other"])
    with pytest.raises(PermissionDenied):
        import_action_plan(world["plan"], xlsx([row()]), actor=outsider)
    assert Activity.objects.count() == 0
