"""The permission matrix for the news posts and the after-project plans, on every channel."""

from tests.factories.lead import NewsPostFactory, after_project_plan
from tests.factories.organize import ExternalFundingFactory
from tests.permission_matrix import ScopedCase, generate_matrix


def _vis(world, visibility):
    shared = [world.orgs["participant"]] if visibility == "named" else []
    return {"visibility": visibility, "shared_with": shared}


def _base(obj):
    return f"/samverkan/{obj.collaboration.slug}/ledning/"


def _plan(world, visibility):
    funding = ExternalFundingFactory(collaboration=world.collaboration, description="Projektet", visibility="public")
    return after_project_plan(funding, description="PlanMarkor", **_vis(world, visibility))


CASES = [
    ScopedCase(
        name="news_post",
        make=lambda w, v: NewsPostFactory(collaboration=w.collaboration, title="NyhetMarkor", **_vis(w, v)),
        marker=lambda p: "NyhetMarkor",
        api_detail=lambda p: f"/api/news-posts/{p.pk}/",
        html_list=lambda p: f"{_base(p)}nyheter/",
        api_list=lambda p: "/api/news-posts/",
        html_history=lambda p: f"{_base(p)}historik/nyhet/{p.pk}/",
    ),
    ScopedCase(
        name="win",
        make=lambda w, v: NewsPostFactory(
            collaboration=w.collaboration, title="SegerMarkor", is_win=True, **_vis(w, v)
        ),
        marker=lambda p: "SegerMarkor",
        html_list=lambda p: f"/samverkan/{p.collaboration.slug}/",  # the overview highlights the wins
        api_list=lambda p: "/api/news-posts/",
    ),
    ScopedCase(
        name="after_project_plan",
        make=_plan,
        marker=lambda p: "PlanMarkor",
        api_detail=lambda p: f"/api/after-project-plans/{p.pk}/",
        html_list=lambda p: f"{_base(p)}kontinuitet/",
        api_list=lambda p: "/api/after-project-plans/",
        html_history=lambda p: f"{_base(p)}historik/efter-projektet/{p.pk}/",
        history_marker=str,
        has_parent=True,  # its funding (a one-to-one field caps it like a foreign key)
    ),
]

for _case in CASES:
    globals()[f"test_{_case.name}_visible_only_to_entitled_users"] = generate_matrix(_case)
