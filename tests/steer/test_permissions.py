"""The permission matrix applied to every model of the steering, on every channel."""

import datetime

from django.db import transaction

from core.services import SYSTEM, update_object
from steer import services
from tests.factories.steer import (
    AnalysisActorFactory,
    AnalysisEntryFactory,
    EnvironmentalScanFactory,
    EvidenceFactory,
    FollowUpRoundFactory,
    GoalConflictFactory,
    GoalDocumentFactory,
    GoalFactory,
    IndicatorFactory,
    OwnGoalFactory,
    value_of,
)
from tests.permission_matrix import ScopedCase, generate_matrix


def _vis(world, visibility):
    shared = [world.orgs["participant"]] if visibility == "named" else []
    return {"visibility": visibility, "shared_with": shared}


def _base(obj):
    return f"/samverkan/{obj.collaboration.slug}/styrning/"


def _history(kind):
    return lambda obj: f"{_base(obj)}historik/{kind}/{obj.pk}/"


def _public_goal(world):
    document = GoalDocumentFactory(collaboration=world.collaboration, visibility="public")
    return GoalFactory(document=document, visibility="public")


def _public_indicator(world):
    return IndicatorFactory(goal=_public_goal(world), visibility="public")


def _public_round(world):
    return FollowUpRoundFactory(
        collaboration=world.collaboration, coordinating_organization=world.orgs["coordinator"], visibility="public"
    )


def _make_target(world, visibility):
    """Targets follow their indicator; this one gets a visibility of its own, as a migration could."""
    indicator = _public_indicator(world)
    services.update_indicator(
        indicator, actor=SYSTEM, targets=[{"year": 2017, "value": 10.0, "note": "MalvardeMarkor"}]
    )
    target = indicator.targets.get()
    with transaction.atomic():
        update_object(target, "steer.indicator_target.updated", _vis(world, visibility), actor=SYSTEM)
    return target


CASES = [
    ScopedCase(
        name="situation_analysis",
        make=lambda w, v: services.save_situation_analysis(
            w.collaboration, actor=SYSTEM, problem="AnalysMarkor", **_vis(w, v)
        ),
        marker=lambda a: "AnalysMarkor",
        api_detail=lambda a: f"/api/situation-analyses/{a.pk}/",
        html_list=lambda a: f"{_base(a)}analys/",
        api_list=lambda a: "/api/situation-analyses/",
        html_history=_history("analys"),
        history_marker=str,
    ),
    ScopedCase(
        name="analysis_actor",
        make=lambda w, v: AnalysisActorFactory(collaboration=w.collaboration, name="AktorMarkor", **_vis(w, v)),
        marker=lambda a: "AktorMarkor",
        api_detail=lambda a: f"/api/analysis-actors/{a.pk}/",
        html_list=lambda a: f"{_base(a)}analys/",
        api_list=lambda a: "/api/analysis-actors/",
        html_history=_history("aktor"),
    ),
    ScopedCase(
        name="own_benefit",
        make=lambda w, v: services.set_own_benefit(
            w.collaboration, w.orgs["other"], actor=SYSTEM, text="NyttaMarkor", **_vis(w, v)
        ),
        marker=lambda b: "NyttaMarkor",
        api_detail=lambda b: f"/api/own-benefits/{b.pk}/",
        html_list=lambda b: f"{_base(b)}analys/",
        api_list=lambda b: "/api/own-benefits/",
        html_history=_history("egennytta"),
        history_marker=str,
    ),
    ScopedCase(
        name="goal_document",
        make=lambda w, v: GoalDocumentFactory(collaboration=w.collaboration, title="DokumentMarkor", **_vis(w, v)),
        marker=lambda d: "DokumentMarkor",
        api_detail=lambda d: f"/api/goal-documents/{d.pk}/",
        html_list=lambda d: f"{_base(d)}mal/",
        api_list=lambda d: "/api/goal-documents/",
        html_history=_history("dokument"),
    ),
    ScopedCase(
        name="goal",
        has_parent=True,
        make=lambda w, v: GoalFactory(
            document=GoalDocumentFactory(collaboration=w.collaboration, visibility="public"),
            title="MalMarkor",
            **_vis(w, v),
        ),
        marker=lambda g: "MalMarkor",
        html_detail=lambda g: g.get_absolute_url(),
        api_detail=lambda g: f"/api/goals/{g.pk}/",
        html_list=lambda g: _base(g),
        api_list=lambda g: "/api/goals/",
        html_history=_history("mal"),
    ),
    ScopedCase(
        name="own_goal",
        make=lambda w, v: OwnGoalFactory(
            goal=_public_goal(w), organization=w.orgs["other"], title="EgetMalMarkor", **_vis(w, v)
        ),
        marker=lambda o: "EgetMalMarkor",
        api_detail=lambda o: f"/api/own-goals/{o.pk}/",
        html_list=lambda o: f"{_base(o)}mal/",
        api_list=lambda o: "/api/own-goals/",
        html_history=_history("eget-mal"),
        history_marker=lambda o: o.title,
    ),
    ScopedCase(
        name="goal_conflict",
        make=lambda w, v: GoalConflictFactory(
            goal=_public_goal(w), parties=[w.orgs["other"]], title="KonfliktMarkor", **_vis(w, v)
        ),
        marker=lambda c: "KonfliktMarkor",
        api_detail=lambda c: f"/api/goal-conflicts/{c.pk}/",
        html_list=lambda c: f"{_base(c)}mal/",
        api_list=lambda c: "/api/goal-conflicts/",
        html_history=_history("konflikt"),
    ),
    ScopedCase(
        name="indicator",
        has_parent=True,
        make=lambda w, v: IndicatorFactory(goal=_public_goal(w), name="IndikatorMarkor", **_vis(w, v)),
        marker=lambda i: "IndikatorMarkor",
        html_detail=lambda i: i.get_absolute_url(),
        api_detail=lambda i: f"/api/indicators/{i.pk}/",
        html_list=lambda i: _base(i),
        api_list=lambda i: "/api/indicators/",
        html_history=_history("indikator"),
    ),
    ScopedCase(
        name="indicator_target",
        has_parent=True,
        make=_make_target,
        marker=lambda t: "MalvardeMarkor",
        api_list=lambda t: f"/api/indicators/{t.indicator_id}/",  # the targets are nested in the indicator
        html_list=lambda t: t.indicator.get_absolute_url(),
        html_history=_history("malvarde"),
        history_marker=str,
    ),
    ScopedCase(
        name="indicator_value",
        has_parent=True,
        make=lambda w, v: value_of(_public_indicator(w), 2015, 12.5, comment="VardeMarkor", **_vis(w, v)),
        marker=lambda x: "VardeMarkor",
        api_detail=lambda x: f"/api/indicator-values/{x.pk}/",
        html_list=lambda x: x.indicator.get_absolute_url(),
        api_list=lambda x: "/api/indicator-values/",
        html_history=_history("varde"),
        history_marker=str,
    ),
    ScopedCase(
        name="follow_up_round",
        make=lambda w, v: FollowUpRoundFactory(
            collaboration=w.collaboration,
            coordinating_organization=w.orgs["coordinator"],
            title="OmgangMarkor",
            **_vis(w, v),
        ),
        marker=lambda r: "OmgangMarkor",
        html_detail=lambda r: r.get_absolute_url(),
        api_detail=lambda r: f"/api/follow-up-rounds/{r.pk}/",
        html_list=lambda r: f"{_base(r)}uppfoljning/",
        api_list=lambda r: "/api/follow-up-rounds/",
        html_history=_history("omgang"),
    ),
    ScopedCase(
        name="assessment",
        has_parent=True,
        make=lambda w, v: services.assess(
            _public_round(w), actor=SYSTEM, goal=_public_goal(w), status="at_risk", text="BedomningMarkor", **_vis(w, v)
        ),
        marker=lambda a: "BedomningMarkor",
        api_detail=lambda a: f"/api/assessments/{a.pk}/",
        html_list=lambda a: a.round.get_absolute_url(),
        api_list=lambda a: "/api/assessments/",
        html_history=_history("bedomning"),
        history_marker=str,
    ),
    ScopedCase(
        name="evidence",
        has_parent=True,
        make=lambda w, v: EvidenceFactory(
            collaboration=w.collaboration,
            round=_public_round(w),
            title="UnderlagMarkor",
            date=datetime.date(2016, 3, 1),
            **_vis(w, v),
        ),
        marker=lambda e: "UnderlagMarkor",
        html_detail=lambda e: e.get_absolute_url(),
        api_detail=lambda e: f"/api/evidence/{e.pk}/",
        html_list=lambda e: e.round.get_absolute_url(),  # the round's page lists its evidence
        api_list=lambda e: "/api/evidence/",
        html_history=_history("underlag"),
    ),
    ScopedCase(
        name="analysis_entry",
        has_parent=True,
        make=lambda w, v: AnalysisEntryFactory(round=_public_round(w), deviation="DialogMarkor", **_vis(w, v)),
        marker=lambda e: "DialogMarkor",
        api_detail=lambda e: f"/api/analysis-entries/{e.pk}/",
        html_list=lambda e: e.round.get_absolute_url(),
        api_list=lambda e: "/api/analysis-entries/",
        html_history=_history("dialog"),
    ),
    ScopedCase(
        name="environmental_scan",
        has_parent=True,
        make=lambda w, v: EnvironmentalScanFactory(
            collaboration=w.collaboration, round=_public_round(w), title="OmvarldMarkor", **_vis(w, v)
        ),
        marker=lambda s: "OmvarldMarkor",
        api_detail=lambda s: f"/api/environmental-scans/{s.pk}/",
        html_list=lambda s: f"{_base(s)}omvarld/",
        api_list=lambda s: "/api/environmental-scans/",
        html_history=_history("omvarld"),
    ),
]

for _case in CASES:
    globals()[f"test_{_case.name}"] = generate_matrix(_case)
