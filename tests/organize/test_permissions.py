"""The permission matrix applied to every model of the formal basis, on every channel."""

import datetime
from decimal import Decimal

from django.db import transaction

from core.services import SYSTEM, update_object
from organize import services
from tests.factories.actors import PersonFactory
from tests.factories.organize import (
    AgreementFactory,
    AgreementVersionFactory,
    BodyDocumentFactory,
    BodyFactory,
    ExternalFundingFactory,
    FinancingModelFactory,
    FollowUpDutyFactory,
    MembershipFactory,
    ResourceCommitmentFactory,
    ResponsibilityFactory,
    party_of,
    rule,
)
from tests.permission_matrix import ScopedCase, expected_visible, generate_matrix


def _vis(world, visibility):
    shared = [world.orgs["participant"]] if visibility == "named" else []
    return {"visibility": visibility, "shared_with": shared}


def _base(world):
    return f"/samverkan/{world.collaboration.slug}/organisering/"


def _public_agreement(world):
    return AgreementFactory(collaboration=world.collaboration, title="Offentligt avtal", visibility="public")


def _public_body(world):
    return BodyFactory(collaboration=world.collaboration, name="Offentligt organ", visibility="public")


def _history(kind):
    return lambda obj: f"/samverkan/{obj.collaboration.slug}/organisering/historik/{kind}/{obj.pk}/"


def _make_version(world, visibility):
    return AgreementVersionFactory(
        agreement=_public_agreement(world), purpose="VersionsMarkor syfte", **_vis(world, visibility)
    )


def _make_adoption(world, visibility):
    version = AgreementVersionFactory(agreement=_public_agreement(world), visibility="public")
    return services.record_adoption(
        version,
        world.orgs["other"],
        actor=SYSTEM,
        status="adopted",
        decision_body="kommunstyrelse",
        decision_date=datetime.date(2024, 6, 1),
        reference="DNR-MARKOR-17",
        **_vis(world, visibility),
    )


def _make_share(world, visibility):
    payer = party_of(world.collaboration, name="Betalande Markor AB", sector="business", kind="company")
    model = FinancingModelFactory(
        collaboration=world.collaboration, name="Offentlig modell", visibility="public", shares=[(payer, None)]
    )
    # Shares follow their model; this test gives one share a visibility of its own, as a migration could.
    share = model.shares.get()
    with transaction.atomic():
        update_object(share, "organize.financing_share.updated", _vis(world, visibility), actor=SYSTEM)
    return share


def _make_group(world, visibility):
    """A group that pays as one is a part of its financing model (`ScopedPart`): the model gets the visibility."""
    member = party_of(world.collaboration, name="Gruppmedlem AB", sector="business", kind="company")
    model = FinancingModelFactory(
        collaboration=world.collaboration,
        name="Modell med grupp",
        shares=[services.ShareSpec(member, group="GruppMarkor")],
        groups=[services.GroupSpec("GruppMarkor", "equal")],
        **_vis(world, visibility),
    )
    return model.groups.get()


def _secret_document(world, visibility):
    """A document of a body under secrecy in which the participant sits, in person; the participant's
    colleague in the same organization does not, nor the coordinator nor the administrator."""
    body = BodyFactory(
        collaboration=world.collaboration, name="Forum under sekretess", confidentiality="secret", visibility="public"
    )
    MembershipFactory(body=body, organization=world.orgs["participant"], person=world.users["participant"].person)
    return BodyDocumentFactory(body=body, title="SekretessMarkor", **_vis(world, visibility))


def _make_chair_rule(world, visibility):
    """A version of a rotating chair's rule is a part of its body (`ScopedPart`): the body gets the visibility."""
    body = BodyFactory(
        collaboration=world.collaboration,
        parent=_public_body(world),
        name="Roterande organ",
        chair_mode="rotating",
        chair_rules=[
            rule(datetime.date(2020, 1, 1), [world.orgs["participant"], world.orgs["other"]], 12, "RegelMarkor")
        ],
        **_vis(world, visibility),
    )
    return body.chair_rules.get()


def _only_the_seated(user, collab_visibility, object_visibility):
    return user == "participant" and expected_visible(user, collab_visibility, object_visibility)


CASES = [
    ScopedCase(
        name="agreement",
        make=lambda w, v: AgreementFactory(collaboration=w.collaboration, title="AvtalsMarkor", **_vis(w, v)),
        marker=lambda a: "AvtalsMarkor",
        html_detail=lambda a: a.get_absolute_url(),
        api_detail=lambda a: f"/api/agreements/{a.pk}/",
        html_list=lambda a: f"/samverkan/{a.collaboration.slug}/organisering/",
        api_list=lambda a: "/api/agreements/",
        html_history=_history("avtal"),
    ),
    ScopedCase(
        name="agreement_version",
        has_parent=True,
        make=_make_version,
        marker=lambda v: "VersionsMarkor syfte",
        api_detail=lambda v: f"/api/agreement-versions/{v.pk}/",
        html_list=lambda v: v.agreement.get_absolute_url(),
        api_list=lambda v: "/api/agreement-versions/",
        html_history=_history("version"),
        history_marker=str,
    ),
    ScopedCase(
        name="adoption",
        has_parent=True,
        make=_make_adoption,
        marker=lambda a: "DNR-MARKOR-17",
        api_detail=lambda a: f"/api/adoptions/{a.pk}/",
        html_list=lambda a: a.version.agreement.get_absolute_url(),
        api_list=lambda a: "/api/adoptions/",
        html_history=_history("beslut"),
        history_marker=str,
    ),
    ScopedCase(
        name="responsibility",
        make=lambda w, v: ResponsibilityFactory(
            collaboration=w.collaboration, organization=w.orgs["other"], description="AnsvarsMarkor", **_vis(w, v)
        ),
        marker=lambda r: "AnsvarsMarkor",
        api_detail=lambda r: f"/api/responsibilities/{r.pk}/",
        html_list=lambda r: f"/samverkan/{r.collaboration.slug}/organisering/ansvar/",
        api_list=lambda r: "/api/responsibilities/",
        html_history=_history("ansvar"),
        history_marker=str,
    ),
    ScopedCase(
        name="follow_up_duty",
        has_parent=True,
        make=lambda w, v: FollowUpDutyFactory(
            collaboration=w.collaboration, report_to=_public_body(w), subject="UppfoljningsMarkor", **_vis(w, v)
        ),
        marker=lambda d: "UppfoljningsMarkor",
        api_detail=lambda d: f"/api/follow-up-duties/{d.pk}/",
        html_list=lambda d: f"/samverkan/{d.collaboration.slug}/organisering/ansvar/",
        api_list=lambda d: "/api/follow-up-duties/",
        html_history=_history("uppfoljning"),
    ),
    ScopedCase(
        name="body",
        has_parent=True,
        make=lambda w, v: BodyFactory(
            collaboration=w.collaboration, parent=_public_body(w), name="OrganMarkor", **_vis(w, v)
        ),
        marker=lambda b: "OrganMarkor",
        html_detail=lambda b: b.get_absolute_url(),
        api_detail=lambda b: f"/api/bodies/{b.pk}/",
        html_list=lambda b: f"/samverkan/{b.collaboration.slug}/organisering/organ/",
        api_list=lambda b: "/api/bodies/",
        html_history=_history("organ"),
    ),
    ScopedCase(
        name="membership",
        has_parent=True,
        make=lambda w, v: MembershipFactory(
            body=_public_body(w),
            person=PersonFactory(first_name="Ledamot", last_name="Markorsson"),
            organization=w.orgs["other"],
            **_vis(w, v),
        ),
        marker=lambda m: "Ledamot Markorsson",
        api_detail=lambda m: f"/api/memberships/{m.pk}/",
        html_list=lambda m: m.body.get_absolute_url(),
        api_list=lambda m: "/api/memberships/",
        html_history=_history("ledamot"),
    ),
    ScopedCase(  # organize.ChairRule: a part of its body, on every channel the body has
        name="chair_rule",
        has_parent=True,
        make=_make_chair_rule,
        marker=lambda r: "RegelMarkor",
        html_list=lambda r: r.body.get_absolute_url(),
        api_list=lambda r: f"/api/bodies/{r.body_id}/",  # the rule versions are nested in the body
        html_history=_history("regel"),
        history_marker=str,
    ),
    ScopedCase(
        name="body_document",
        has_parent=True,
        make=lambda w, v: BodyDocumentFactory(body=_public_body(w), title="HandlingsMarkor", **_vis(w, v)),
        marker=lambda d: "HandlingsMarkor",
        html_detail=lambda d: d.get_absolute_url(),
        api_detail=lambda d: f"/api/body-documents/{d.pk}/",
        html_list=lambda d: d.body.get_absolute_url(),
        api_list=lambda d: "/api/body-documents/",
        html_history=_history("handling"),
    ),
    ScopedCase(
        name="secret_body_document",
        has_parent=True,
        make=_secret_document,
        marker=lambda d: "SekretessMarkor",
        html_detail=lambda d: d.get_absolute_url(),
        api_detail=lambda d: f"/api/body-documents/{d.pk}/",
        html_list=lambda d: d.body.get_absolute_url(),
        api_list=lambda d: "/api/body-documents/",
        html_history=_history("handling"),
        expected=_only_the_seated,
    ),
    ScopedCase(
        name="financing_model",
        make=lambda w, v: FinancingModelFactory(collaboration=w.collaboration, name="FinansMarkor", **_vis(w, v)),
        marker=lambda m: "FinansMarkor",
        html_detail=lambda m: m.get_absolute_url(),
        api_detail=lambda m: f"/api/financing-models/{m.pk}/",
        html_list=lambda m: f"/samverkan/{m.collaboration.slug}/organisering/finansiering/",
        api_list=lambda m: "/api/financing-models/",
        html_history=_history("finansiering"),
    ),
    ScopedCase(
        name="financing_share",
        has_parent=True,
        make=_make_share,
        marker=lambda s: "Betalande Markor AB",
        api_detail=lambda s: f"/api/financing-shares/{s.pk}/",
        html_list=lambda s: s.financing.get_absolute_url(),
        api_list=lambda s: "/api/financing-shares/",
        html_history=_history("andel"),
        history_marker=str,
    ),
    ScopedCase(  # organize.PayerGroup: a part of its financing model, on every channel the model has
        name="payer_group",
        has_parent=True,
        make=_make_group,
        marker=lambda g: "GruppMarkor",
        html_list=lambda g: g.financing.get_absolute_url(),
        api_list=lambda g: f"/api/financing-models/{g.financing_id}/",  # the groups are nested in the model
        html_history=_history("grupp"),
        history_marker=str,
    ),
    ScopedCase(
        name="external_funding",
        make=lambda w, v: ExternalFundingFactory(
            collaboration=w.collaboration, description="ExternMarkor", **_vis(w, v)
        ),
        marker=lambda f: "ExternMarkor",
        api_detail=lambda f: f"/api/external-funding/{f.pk}/",
        html_list=lambda f: f"/samverkan/{f.collaboration.slug}/organisering/finansiering/",
        api_list=lambda f: "/api/external-funding/",
        html_history=_history("extern"),
    ),
    ScopedCase(
        name="resource_commitment",
        make=lambda w, v: ResourceCommitmentFactory(
            collaboration=w.collaboration,
            organization=party_of(w.collaboration, name="ResursMarkor AB", sector="business", kind="company"),
            money_committed=Decimal("1000"),
            **_vis(w, v),
        ),
        marker=lambda r: "ResursMarkor AB",
        api_detail=lambda r: f"/api/resource-commitments/{r.pk}/",
        html_list=lambda r: f"/samverkan/{r.collaboration.slug}/organisering/finansiering/",
        api_list=lambda r: "/api/resource-commitments/",
        html_history=_history("resurser"),
        history_marker=str,
    ),
]

for _case in CASES:
    globals()[f"test_{_case.name}"] = generate_matrix(_case)
