"""Pages of the formal basis, under the collaboration: /samverkan/<slug>/organisering/…"""

from django.urls import path

from collaborations.parts.views import part_urls
from organize.views import agreements, base, bodies, financing, responsibilities

app_name = "organize"
urlpatterns = [
    path("", agreements.OverviewView.as_view(), name="overview"),
    # agreements, versions, adoptions
    path("avtal/nytt/", agreements.AgreementCreateView.as_view(), name="agreement_create"),
    path("avtal/<int:pk>/", agreements.AgreementDetailView.as_view(), name="agreement_detail"),
    path("avtal/<int:pk>/andra/", agreements.AgreementUpdateView.as_view(), name="agreement_update"),
    path("avtal/<int:pk>/versioner/ny/", agreements.VersionCreateView.as_view(), name="version_create"),
    path(
        "avtal/<int:pk>/versioner/<int:version>/andra/", agreements.VersionUpdateView.as_view(), name="version_update"
    ),
    path("avtal/<int:pk>/versioner/<int:version>/fil/", agreements.VersionFileView.as_view(), name="version_file"),
    path(
        "avtal/<int:pk>/versioner/<int:version>/beslut/<int:organization>/",
        agreements.AdoptionView.as_view(),
        name="adoption",
    ),
    # responsibilities, follow-up, what has no owner
    path("ansvar/", responsibilities.ResponsibilitiesView.as_view(), name="responsibilities"),
    path("ansvar/nytt/", responsibilities.ResponsibilityCreateView.as_view(), name="responsibility_create"),
    path("ansvar/<int:pk>/andra/", responsibilities.ResponsibilityUpdateView.as_view(), name="responsibility_update"),
    path("uppfoljning/ny/", responsibilities.FollowUpDutyCreateView.as_view(), name="follow_up_create"),
    path("uppfoljning/<int:pk>/andra/", responsibilities.FollowUpDutyUpdateView.as_view(), name="follow_up_update"),
    path("utan-agare/", responsibilities.OwnerlessView.as_view(), name="ownerless"),
    # bodies, members, material
    path("organ/", bodies.OrganigramView.as_view(), name="bodies"),
    path("organ/nytt/", bodies.BodyCreateView.as_view(), name="body_create"),
    path("organ/<int:pk>/", bodies.BodyDetailView.as_view(), name="body_detail"),
    path("organ/<int:pk>/andra/", bodies.BodyUpdateView.as_view(), name="body_update"),
    path("organ/<int:pk>/ledamoter/ny/", bodies.MembershipCreateView.as_view(), name="membership_create"),
    path(
        "organ/<int:pk>/ledamoter/<int:member>/andra/", bodies.MembershipUpdateView.as_view(), name="membership_update"
    ),
    path("organ/<int:pk>/handlingar/ny/", bodies.BodyDocumentCreateView.as_view(), name="body_document_create"),
    path("organ/<int:pk>/handlingar/<int:document>/", bodies.BodyDocumentView.as_view(), name="body_document"),
    path(
        "organ/<int:pk>/handlingar/<int:document>/fil/",
        bodies.BodyDocumentFileView.as_view(),
        name="body_document_file",
    ),
    # financing and resources
    path("finansiering/", financing.FinancingView.as_view(), name="financing"),
    path("finansiering/ny/", financing.FinancingCreateView.as_view(), name="financing_create"),
    path("finansiering/<int:pk>/", financing.FinancingDetailView.as_view(), name="financing_detail"),
    path("finansiering/<int:pk>/andra/", financing.FinancingUpdateView.as_view(), name="financing_update"),
    path("finansiering/extern/ny/", financing.ExternalFundingCreateView.as_view(), name="external_create"),
    path("finansiering/extern/<int:pk>/andra/", financing.ExternalFundingUpdateView.as_view(), name="external_update"),
    path("finansiering/resurser/ny/", financing.ResourceCommitmentCreateView.as_view(), name="resources_create"),
    path(
        "finansiering/resurser/<int:pk>/andra/",
        financing.ResourceCommitmentUpdateView.as_view(),
        name="resources_update",
    ),
    # shared: History of any object, removal of any object
    *part_urls(base.OrganizeHistoryView, base.OrganizeDeleteView),
]
