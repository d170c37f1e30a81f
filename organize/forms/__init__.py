"""Forms of the formal basis, one module per aggregate as the views and the services: `agreements`,
`responsibilities`, `bodies`, `financing`. Each form that names a party offers only the collaboration's
parties; the services check the same rules again (and the API goes straight to the services).

Every model form reads its fields through `core.formfields.number_formfield` (numbers as Swedes type
them, a link without a scheme as https).
"""

from organize.forms.agreements import AdoptionForm, AgreementForm, AgreementVersionForm
from organize.forms.bodies import BodyDocumentForm, BodyForm, LinesField, MembershipForm
from organize.forms.financing import (
    PARTY_PREFIXES,
    SHARE_SOURCE_LABELS,
    ExternalFundingForm,
    FinancingModelForm,
    ResourceCommitmentForm,
)
from organize.forms.responsibilities import FollowUpDutyForm, ResponsibilityForm

__all__ = [
    "AdoptionForm",
    "AgreementForm",
    "AgreementVersionForm",
    "BodyDocumentForm",
    "BodyForm",
    "ExternalFundingForm",
    "FinancingModelForm",
    "FollowUpDutyForm",
    "LinesField",
    "MembershipForm",
    "PARTY_PREFIXES",
    "ResourceCommitmentForm",
    "ResponsibilityForm",
    "SHARE_SOURCE_LABELS",
]
