"""Cached page parts and API lists: a change shows at once, for everyone, and a cached part never
reaches someone who may not see it (core.generations, `{% cachedpart %}`, api CachedListMixin)."""

import ast
import datetime
from pathlib import Path

import pytest
from django.db import transaction
from django.test import Client
from rest_framework.test import APIClient

from actors import services as actor_services
from collaborations import services as collaboration_services
from core import generations
from core.models import Generation
from core.services import SYSTEM
from steer import services
from tests.factories.actors import OrganizationFactory, area, user_for
from tests.factories.collaborations import CollaborationFactory
from tests.factories.organize import party_of
from tests.factories.steer import GoalDocumentFactory, GoalFactory, IndicatorFactory, value_of
from tests.querycount import queries_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    """A public collaboration with a public goal and a goal for participants only."""
    region = OrganizationFactory(name="Region Blekinge", sector="region", kind="region", area=area("10"))
    coordinator = user_for(region, email="samordnare@example.org")
    collaboration = CollaborationFactory(
        name="Unga lyfter (test)", coordinating_organization=region, coordinator=coordinator.person, visibility="public"
    )
    karlskrona = party_of(collaboration, name="Karlskrona kommun", area=area("1080"))
    member = user_for(karlskrona, email="eva@example.org")
    outsider = user_for(OrganizationFactory(name="Utomstående AB"), email="olle@example.org")
    document = GoalDocumentFactory(collaboration=collaboration, title="Unga lyfters mål", visibility="public")
    public = GoalFactory(document=document, title="Halvera ungdomsarbetslösheten", visibility="public")
    internal = GoalFactory(document=document, title="Intern målsättning om budget", visibility="participants")
    return collaboration, coordinator, member, outsider, karlskrona, public, internal


def _client(user=None):
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def _dashboard(collaboration):
    return f"/samverkan/{collaboration.slug}/styrning/"


def test_a_recorded_change_moves_its_collaborations_counter_and_a_rolled_back_one_does_not(world):
    collaboration, coordinator, *_rest, public, _internal = world
    key = generations.collaboration_key(collaboration.pk)
    before = generations.current([key, generations.PLATFORM])
    services.update_goal(public, actor=coordinator, title="Halvera ungdomsarbetslösheten till 2017")
    after = generations.current([key, generations.PLATFORM])
    assert after[key] > before[key]
    assert after[generations.PLATFORM] == before[generations.PLATFORM]  # nothing outside moved
    with transaction.atomic():
        services.update_goal(public, actor=coordinator, title="Något annat")
        transaction.set_rollback(True)
    assert generations.current([key])[key] == after[key]
    OrganizationFactory(name="Ny förening")  # a change outside any collaboration
    assert generations.current([generations.PLATFORM])[generations.PLATFORM] > before[generations.PLATFORM]


def test_the_dashboard_is_read_once_and_shows_a_change_at_once(world):
    collaboration, coordinator, *_rest, public, _internal = world
    indicator = IndicatorFactory(goal=public, name="Arbetslösa unga 18–24 år", visibility="public")
    value_of(indicator, 2014, 18.0)
    client = _client(coordinator)
    cold, status, _sql = queries_for(client, _dashboard(collaboration))
    warm, status_again, sql = queries_for(client, _dashboard(collaboration))
    assert status == status_again == 200
    # Found in the cache: session, user, the scope, the collaboration, the counters; no steering reads.
    assert warm < cold and warm <= 5, sql
    assert "steer_" not in sql
    value_of(indicator, 2015, 12.5)
    page = client.get(_dashboard(collaboration)).content.decode()
    assert "12,5" in page and ", 2015)" in page  # the value, its area and its year
    services.update_goal(public, actor=coordinator, title="Halvera ungdomsarbetslösheten till 2017")
    assert "Halvera ungdomsarbetslösheten till 2017" in client.get(_dashboard(collaboration)).content.decode()


def test_what_one_viewer_caused_to_be_cached_never_reaches_a_viewer_who_may_not_see_it(world):
    collaboration, coordinator, member, outsider, *_rest = world
    url = _dashboard(collaboration)
    for first in (coordinator, member):  # the page is now cached for those who may see the internal goal
        assert "Intern målsättning om budget" in _client(first).get(url).content.decode()
    for viewer in (outsider, None):
        assert "Intern målsättning om budget" not in _client(viewer).get(url).content.decode()
        assert "Halvera ungdomsarbetslösheten" in _client(viewer).get(url).content.decode()
    # The API list likewise: cached for the member, never for the outsider or an anonymous caller.
    member_api = APIClient()
    member_api.force_login(member)
    assert "Intern målsättning om budget" in member_api.get("/api/goals/").content.decode()
    outsider_api = APIClient()
    outsider_api.force_login(outsider)
    for api in (outsider_api, APIClient()):
        titles = [g["title"] for g in api.get("/api/goals/").json()["results"]]
        assert titles == ["Halvera ungdomsarbetslösheten"]


def test_a_party_that_leaves_no_longer_sees_what_was_cached_for_it(world):
    collaboration, coordinator, member, _outsider, karlskrona, *_goals = world
    client = _client(member)
    assert "Intern målsättning om budget" in client.get(_dashboard(collaboration)).content.decode()
    participation = collaboration.participations.get(organization=karlskrona)
    yesterday = datetime.date.today() - datetime.timedelta(days=1)
    collaboration_services.update_participation(
        participation, actor=coordinator, start_date=yesterday - datetime.timedelta(days=30), end_date=yesterday
    )
    assert "Intern målsättning om budget" not in client.get(_dashboard(collaboration)).content.decode()


def test_a_person_who_stops_representing_an_organization_loses_what_it_could_see(world):
    collaboration, coordinator, member, *_rest = world
    client = _client(member)
    assert "Intern målsättning om budget" in client.get(_dashboard(collaboration)).content.decode()
    actor_services.remove_representation(member.person.representations.get(), actor=SYSTEM)
    assert "Intern målsättning om budget" not in client.get(_dashboard(collaboration)).content.decode()


def test_each_browser_gets_its_own_csrf_token_in_a_cached_part_and_its_form_works(world):
    collaboration, coordinator, *_rest, public, _internal = world
    indicator = IndicatorFactory(goal=public, name="Arbetslösa unga", visibility="public")
    url = f"/samverkan/{collaboration.slug}/styrning/indikatorer/{indicator.pk}/"
    first, second = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)
    for client in (first, second):
        client.force_login(coordinator)
    tokens = []
    for client in (first, second):
        body = client.get(url).content.decode()
        assert "__csrf_token_of_this_request__" not in body
        token = body.split('name="csrfmiddlewaretoken" value="', 1)[1].split('"', 1)[0]
        tokens.append(token)
    # The second browser's page came from the cache, with its own token put in: its form is accepted.
    assert tokens[0] != tokens[1]
    response = second.post(
        f"/samverkan/{collaboration.slug}/styrning/indikatorer/{indicator.pk}/varden/nytt/",
        {"csrfmiddlewaretoken": tokens[-1], "year": "2015", "value": "12,5", "gender": "T", "area": area("10").pk},
    )
    assert response.status_code == 302, response.content.decode()[:500]
    assert "12,5" in second.get(url).content.decode()


def test_the_public_list_and_front_page_show_a_new_public_collaboration_at_once():
    anonymous = Client()
    assert "Barnens bästa gäller (test)" not in anonymous.get("/").content.decode()
    assert "Barnens bästa gäller (test)" not in anonymous.get("/samverkan/").content.decode()
    CollaborationFactory(name="Barnens bästa gäller (test)", visibility="public")
    assert "Barnens bästa gäller (test)" in anonymous.get("/").content.decode()
    assert "Barnens bästa gäller (test)" in anonymous.get("/samverkan/").content.decode()
    assert anonymous.get("/samverkan/?page=99").status_code == 404


def test_a_change_through_the_api_shows_in_the_cached_api_list(world):
    collaboration, coordinator, *_rest, public, _internal = world
    api = APIClient()
    api.force_login(coordinator)
    assert api.get("/api/goals/").json()["count"] == 2
    response = api.patch(f"/api/goals/{public.pk}/", {"title": "Halvera den till 2017"}, format="json")
    assert response.status_code == 200, response.content
    titles = {g["title"] for g in api.get("/api/goals/").json()["results"]}
    assert "Halvera den till 2017" in titles
    assert Generation.objects.get(name=generations.collaboration_key(collaboration.pk)).value > 0


def test_a_part_cached_in_english_is_not_shown_to_a_swedish_reader(world):
    collaboration, coordinator, *_rest = world
    client = _client(coordinator)
    english = client.get(_dashboard(collaboration), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    swedish = client.get(_dashboard(collaboration), HTTP_ACCEPT_LANGUAGE="sv").content.decode()
    assert "Goals with status and trend" in english and "Mål med status och trend" not in english
    assert "Mål med status och trend" in swedish and "Goals with status and trend" not in swedish


def test_goal_statuses_in_the_api_follow_a_new_value_in_one_collaboration_and_keep_the_others(world):
    collaboration, coordinator, *_rest, public, _internal = world
    indicator = IndicatorFactory(goal=public, name="Arbetslösa unga 18–24 år", visibility="public")
    value_of(indicator, 2013, 20.0)
    value_of(indicator, 2014, 19.5)  # far from halving by 2017: off track
    other = CollaborationFactory(name="Barnens bästa gäller (test)", visibility="public")
    other_goal = GoalFactory(
        document=GoalDocumentFactory(collaboration=other, visibility="public"),
        title="Tidiga insatser",
        visibility="public",
    )
    other_indicator = IndicatorFactory(goal=other_goal, name="Andel barn i förskola", visibility="public")
    value_of(other_indicator, 2013, 20.0)
    value_of(other_indicator, 2014, 17.5)
    api = APIClient()
    api.force_login(coordinator)

    def statuses():
        return {g["title"]: g["status"] for g in api.get("/api/goals/?page_size=100").json()["results"]}

    before = statuses()
    assert before["Halvera ungdomsarbetslösheten"] == "off_track"
    value_of(indicator, 2015, 14.0)  # now on the line to 10 % in 2017
    after = statuses()
    assert after["Halvera ungdomsarbetslösheten"] == "on_track"
    assert after["Tidiga insatser"] == before["Tidiga insatser"]


# The safety net: a write past the services moves the counters too --------------------------------------


def _counters(collaboration):
    key = generations.collaboration_key(collaboration.pk)
    found = generations.current([key, generations.PLATFORM, generations.STATISTICS])
    return found[key], found[generations.PLATFORM], found[generations.STATISTICS]


def test_a_save_past_the_services_shows_at_once_on_the_cached_dashboard(world):
    collaboration, coordinator, *_rest, public, _internal = world
    client = _client(coordinator)
    assert "Halvera ungdomsarbetslösheten" in client.get(_dashboard(collaboration)).content.decode()
    before = _counters(collaboration)

    public.title = "Halvera den till 2017 (ändrat utan tjänst)"
    public.save()  # no service, no history record: a shell, a script, a data fix

    after = _counters(collaboration)
    assert after[0] > before[0] and after[1:] == before[1:]  # its collaboration's counter, no other
    assert "Halvera den till 2017 (ändrat utan tjänst)" in client.get(_dashboard(collaboration)).content.decode()


def test_a_delete_and_a_many_to_many_change_past_the_services_move_the_counter(world):
    collaboration, coordinator, _member, _outsider, karlskrona, public, internal = world
    client = _client(coordinator)
    assert "Intern målsättning om budget" in client.get(_dashboard(collaboration)).content.decode()
    internal.delete()
    assert "Intern målsättning om budget" not in client.get(_dashboard(collaboration)).content.decode()

    before = _counters(collaboration)
    public.shared_with.add(karlskrona)
    moved = _counters(collaboration)
    public.shared_with.clear()
    cleared = _counters(collaboration)
    assert before[0] < moved[0] < cleared[0]


def test_a_write_that_is_rolled_back_moves_nothing(world):
    collaboration, *_rest, public, _internal = world
    before = _counters(collaboration)
    with transaction.atomic():
        public.title = "Ångras"
        public.save()
        OrganizationFactory(name="Ångrad förening")
        transaction.set_rollback(True)
    assert _counters(collaboration) == before


def test_a_change_to_a_series_past_the_services_shows_in_the_cached_series_list():
    from stats.models import Series

    series = Series.objects.create(source="kolada", external_id="N00945", title="VAB, män")
    api = APIClient()
    assert api.get("/api/series/").json()["results"][0]["is_discontinued"] is False
    series.is_discontinued = True
    series.save(update_fields=["is_discontinued"])
    assert api.get("/api/series/").json()["results"][0]["is_discontinued"] is True


def test_a_login_moves_no_counter(world):
    collaboration, coordinator, *_rest = world
    before = _counters(collaboration)
    Client().force_login(coordinator)  # writes last_login, which nothing cached shows
    assert _counters(collaboration) == before


def test_every_domain_model_and_only_those_is_counted_with_a_receiver_for_each_change():
    from django.db.models.signals import m2m_changed, post_delete, post_save

    counted = {m._meta.label for m in generations.counted_models()}
    assert {"actors.User", "collaborations.Collaboration", "organize.Body", "stats.Series", "steer.Goal"} <= counted
    assert not counted & {"core.ChangeRecord", "core.Generation", "core.TaskProgress", "sessions.Session"}
    others = {"auth", "contenttypes", "sessions", "authtoken", "axes", "django_tasks_database", "core"}
    assert not {label.split(".")[0] for label in counted} & others  # Django's, the libraries', core's bookkeeping
    for model in generations.counted_models():
        assert post_save.has_listeners(model), model
        assert post_delete.has_listeners(model) != getattr(model, "deleted_in_sets", False), model
        for field in model._meta.many_to_many:
            assert m2m_changed.has_listeners(field.remote_field.through), field


# Set-based writes send no signal: each moves a counter itself (a lint in test form) ----------------------

ROOT = Path(__file__).resolve().parents[2]
# Not product code, or written in bulk and followed by `forget_cached_pages` in the command that runs it
# (`scale/management/commands/generate_scale.py`; the benchmarks build on the same data).
NOT_CHECKED = {".venv", "node_modules", "tests", "migrations", "benchmarks", "scale", "var"}
MOVES_A_COUNTER = {"bump", "bump_for", "bump_model", "record_change", "forget_cached_pages", "new_epoch"}


def _model_under(node: ast.AST) -> str | None:
    """`Series` for `Series.objects.filter(…)` (a chain from a model's manager), else None."""
    manager = False
    while isinstance(node, (ast.Attribute, ast.Call)):
        if isinstance(node, ast.Attribute):
            manager = manager or node.attr in ("objects", "_default_manager")
            node = node.value
        else:
            node = node.func
    return node.id if manager and isinstance(node, ast.Name) else None


def _called(node: ast.AST) -> set[str]:
    return {
        n.func.attr if isinstance(n.func, ast.Attribute) else n.func.id
        for n in ast.walk(node)
        if isinstance(n, ast.Call) and isinstance(n.func, (ast.Attribute, ast.Name))
    }


def _unmoved_set_writes(tree: ast.AST) -> list[str]:
    counted = {m.__name__: m for m in generations.counted_models()}

    def set_writes(function) -> list[str]:
        found = []
        for n in ast.walk(function):
            if not (isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)):
                continue
            model = counted.get(_model_under(n.func.value))
            if model is not None and n.func.attr in ("bulk_create", "bulk_update", "update"):
                found.append(f"{model.__name__}…{n.func.attr}() at line {n.lineno}")
            elif model is not None and n.func.attr == "delete" and getattr(model, "deleted_in_sets", False):
                found.append(f"{model.__name__}…delete() at line {n.lineno}")
            elif n.func.attr == "cursor" and isinstance(n.func.value, ast.Name) and n.func.value.id == "connection":
                found.append(f"raw SQL at line {n.lineno}")
        return found

    functions = [n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]
    moving = {f.name for f in functions if _called(f) & MOVES_A_COUNTER}
    while True:  # a private helper whose every caller in the module moves a counter moves it too
        callers = {f.name: {g.name for g in functions if f.name in _called(g) and g is not f} for f in functions}
        more = {n for n, by in callers.items() if n.startswith("_") and by and by <= moving} - moving
        if not more:
            break
        moving |= more
    return [w for f in functions if f.name not in moving for w in set_writes(f)]


def _product_modules() -> list[Path]:
    return sorted(p for p in ROOT.rglob("*.py") if not NOT_CHECKED & set(p.relative_to(ROOT).parts))


@pytest.mark.parametrize("path", _product_modules(), ids=lambda p: str(p.relative_to(ROOT)))
def test_every_set_based_write_to_a_domain_model_moves_a_counter(path):
    offenders = _unmoved_set_writes(ast.parse(path.read_text()))
    assert not offenders, (
        f"{path.relative_to(ROOT)}: a write that sends no signal, in a function that moves no counter "
        "(call core.generations.bump_model in its transaction):\n" + "\n".join(offenders)
    )


def test_the_set_based_write_lint_finds_an_unmoved_write_and_accepts_a_moved_one():
    unmoved = "def fix():\n    Series.objects.filter(pk=1).update(title='x')\n"
    helper = "def _fix():\n    Goal.objects.bulk_create([])\n\ndef fix():\n    _fix()\n    bump_model(Goal)\n"
    raw = "def load():\n    with connection.cursor() as cursor:\n        cursor.execute('DELETE FROM x')\n"
    assert _unmoved_set_writes(ast.parse(unmoved)) == ["Series…update() at line 2"]
    assert _unmoved_set_writes(ast.parse(helper)) == []
    assert _unmoved_set_writes(ast.parse(raw)) == ["raw SQL at line 2"]
    assert Path(ROOT, "stats", "bulk.py") in _product_modules()


# A cached part is kept per address -------------------------------------------------------------------


def _render_part(path: str, shown: str) -> str:
    from django.contrib.auth.models import AnonymousUser
    from django.template import Context, Template
    from django.test import RequestFactory

    request = RequestFactory().get(path)
    request.user = AnonymousUser()
    template = Template('{% load cached %}{% cachedpart "probe" None %}<p>{{ shown }}</p>{% endcachedpart %}')
    return template.render(Context({"request": request, "shown": shown}))


def test_a_cached_part_is_kept_per_path_and_query_but_not_per_order_of_the_query():
    assert _render_part("/samverkan/", "first") == "<p>first</p>"
    assert _render_part("/samverkan/", "second") == "<p>first</p>"  # found in the cache
    assert _render_part("/statistik/", "third") == "<p>third</p>"  # another page: its own
    assert _render_part("/samverkan/?stage=running&q=unga", "fourth") == "<p>fourth</p>"  # another query
    assert _render_part("/samverkan/?q=unga&stage=running", "fifth") == "<p>fourth</p>"  # the same, reordered
    assert _render_part("/samverkan/?area=1&area=2", "sixth") == "<p>sixth</p>"
    assert _render_part("/samverkan/?area=2&area=1", "seventh") == "<p>seventh</p>"  # values in another order


# The code version in every cache key -----------------------------------------------------------------


def test_every_cache_key_carries_the_code_version_so_a_new_release_misses_what_the_old_one_cached(settings):
    from django.core.cache import cache
    from django.core.cache.backends.locmem import LocMemCache

    from samverkan.release import code_version

    assert settings.CACHES["default"]["KEY_PREFIX"] == code_version(ROOT)
    assert cache.make_key("samverkan:x").startswith(code_version(ROOT) + ":")
    old = LocMemCache("one-memory", {"KEY_PREFIX": "release-1"})  # two releases on one shared cache
    new = LocMemCache("one-memory", {"KEY_PREFIX": "release-2"})
    old.set("samverkan:part", "<p>the old release's HTML</p>")
    assert new.get("samverkan:part") is None
    assert old.get("samverkan:part") == "<p>the old release's HTML</p>"


def test_the_code_version_is_the_release_the_commit_or_the_version_and_a_digest_of_the_code(tmp_path):
    from samverkan.release import code_version, git_commit

    (tmp_path / "pyproject.toml").write_text('[project]\nname = "samverkan"\nversion = "0.1.0"\n')
    (tmp_path / "app").mkdir()
    (tmp_path / "app" / "page.html").write_text("<p>Mål</p>")
    assert code_version(tmp_path, {"RELEASE_ID": "2026.04 #7"}) == "2026.04--7"  # usable in any cache key
    plain = code_version(tmp_path, {})
    assert plain.startswith("0.1.0-") and plain == code_version(tmp_path, {})
    (tmp_path / "app" / "page.html").write_text("<p>Mål och delmål</p>")  # a new release, same version number
    changed = code_version(tmp_path, {})
    assert changed.startswith("0.1.0-") and changed != plain
    (tmp_path / "var").mkdir()
    (tmp_path / "var" / "notes.txt").write_text("data, not code")
    assert code_version(tmp_path, {}) == changed
    commit = git_commit(ROOT)
    if commit:  # a checkout (not an unpacked release): its commit
        assert code_version(ROOT, {}) == commit[:12]


def test_a_set_based_write_moves_the_counters_it_names_or_else_every_key(world):
    from steer.models import Goal

    collaboration, *_rest = world
    other = CollaborationFactory(name="Barnens bästa gäller (test)")
    keys = [generations.collaboration_key(c.pk) for c in (collaboration, other)] + [generations.PLATFORM]
    before = generations.current(keys)
    with transaction.atomic():
        Goal.objects.filter(collaboration=collaboration).update(title="Omdöpt i ett svep")
        generations.bump_model(Goal, [collaboration.pk])
    named = generations.current(keys)
    assert [named[k] - before[k] for k in keys] == [1, 0, 0]
    with transaction.atomic():
        Goal.objects.update(term="short")
        generations.bump_model(Goal)  # which collaborations were written is not said: every key moves
    assert generations.current(keys)[generations.PLATFORM] == named[generations.PLATFORM] + 1
