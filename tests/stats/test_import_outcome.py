"""What an import tells its reader: one state, in Swedish, the technical detail folded away; areas by
their official code and name; and `import_kolada --now` exits non-zero when the import failed."""

import re

import pytest
from django.core.management import CommandError, call_command
from django.test import Client

from core.services import SYSTEM
from stats import services
from stats.models import ImportRun, Observation
from tests.factories.actors import OrganizationFactory, user_for

pytestmark = pytest.mark.django_db

ARBOGA_GROUP = ["0562", "0687", "1082", "1885", "1984"]


@pytest.fixture
def admin():
    client = Client()
    client.force_login(user_for(OrganizationFactory(), email="admin@example.org", admin=True))
    return client


def _state(page: str) -> str:
    return page[page.index('id="run-state"') :]


def test_a_revised_value_is_named_by_the_areas_code_and_name_never_its_id(settings):
    settings.STATS_HTTP_TRANSPORT = "tests.replay.kolada_2024"
    services.start_kolada_import(actor=SYSTEM, kpi_ids=["N03702"], municipality_ids=ARBOGA_GROUP, years=[2021])
    settings.STATS_HTTP_TRANSPORT = "tests.replay.kolada_2026"
    run = services.start_kolada_import(actor=SYSTEM, kpi_ids=["N03702"], municipality_ids=ARBOGA_GROUP, years=[2021])
    run.refresh_from_db()
    examples = run.report["exempel på reviderade"]
    assert "N03702 0562 Finspång 2021 T" in examples
    assert all(re.fullmatch(r"N03702 \d{4} \D+ 2021 [TKM]", e) for e in examples), examples


def test_import_kolada_now_exits_non_zero_when_the_import_failed(settings):
    settings.STATS_HTTP_TRANSPORT = "tests.replay.kolada_text_value"
    with pytest.raises(CommandError, match="Misslyckades"):
        call_command("import_kolada", "N03702", "--areas", ",".join(ARBOGA_GROUP), "--years", "2021", "--now")


def test_import_kolada_now_exits_normally_when_the_import_succeeded(settings):
    settings.STATS_HTTP_TRANSPORT = "tests.replay.kolada_2026"
    call_command("import_kolada", "N00945", "--areas", "0180", "--now")  # raises nothing: exit status 0

    run = ImportRun.objects.get()
    assert run.status == "succeeded"
    assert Observation.objects.filter(series__external_id="N00945", area__scb_code="0180").exists()


def test_a_source_that_cannot_be_reached_fails_in_swedish_with_the_detail_folded_away(settings, admin):
    settings.STATS_HTTP_TRANSPORT = "tests.replay.unreachable"
    settings.STATS_HTTP_RETRIES = 0
    run = services.start_kolada_import(actor=SYSTEM, kpi_ids=["N03702"], municipality_ids=["0180"])
    run.refresh_from_db()
    assert (run.status, run.reason) == ("failed", "Kolada kunde inte nås.")
    assert "Errno" in run.detail and "api.kolada.se" in run.detail
    state = _state(admin.get(run.get_absolute_url()).content.decode())
    assert "Misslyckades" in state and "Pågår" not in state and "Klar" not in state
    assert "Kolada kunde inte nås." in state
    before_details = state[: state.index("<details>")]
    assert "Errno" not in before_details  # the raw error only inside the folded-away detail
    assert "Errno" in state[state.index("<details>") : state.index("</details>")]
    assert "Kör importen igen" in state


def test_scb_that_cannot_be_reached_fails_the_same_way(settings, admin):
    settings.STATS_HTTP_TRANSPORT = "tests.replay.unreachable"
    settings.STATS_HTTP_RETRIES = 0
    run = services.start_scb_import(actor=SYSTEM, table_id="TAB6471", selection={"Region": ["01"]})
    run.refresh_from_db()
    assert (run.status, run.reason) == ("failed", "SCB kunde inte nås.")
    state = _state(admin.get(run.get_absolute_url()).content.decode())
    assert "Misslyckades" in state and "Pågår" not in state
    assert "Errno" not in state[: state.index("<details>")]


def test_a_running_import_shows_one_state_that_the_page_fetches_again_until_it_ends(settings, admin):
    settings.STATS_HTTP_TRANSPORT = "tests.replay.unreachable"
    settings.STATS_HTTP_RETRIES = 0
    run = services.start_kolada_import(actor=SYSTEM, kpi_ids=["N03702"], municipality_ids=["0180"], enqueue=False)
    page = admin.get(run.get_absolute_url()).content.decode()
    assert page.count("Pågår") == 1 and f'hx-get="{run.get_absolute_url()}"' in page
    services.run_import(run.pk)  # the worker: Kolada cannot be reached
    fragment = admin.get(run.get_absolute_url(), headers={"HX-Request": "true"}).content.decode()
    assert fragment.lstrip().startswith('<div id="run-state"')  # the polled fragment replaces the whole state
    assert "Misslyckades" in fragment and "Pågår" not in fragment and "hx-get" not in fragment
