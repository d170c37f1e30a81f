"""The formal basis of a collaboration (O1–O7), one module per aggregate: agreements and their adoption
(`agreements`), responsibilities and follow-up duties (`responsibilities`), bodies and their members
(`bodies`), financing and resources (`financing`); what they share is in `common`.

Every model is collaboration-scoped: it carries its own foreign key to the collaboration (the
permission gateway filters on it) and a visibility.
"""

# The aggregates in the order the app registry has always listed their models (agreements,
# responsibilities, bodies, financing): not sorted by name.
from organize.models.agreements import Adoption, Agreement, AgreementVersion, _agreement_upload_to

# isort: split
from organize.models.responsibilities import FollowUpDuty, Responsibility

# isort: split
from organize.models.bodies import Body, BodyDocument, ChairRule, Membership, _body_document_upload_to, sitting_in

# isort: split
from organize.models.financing import ExternalFunding, FinancingModel, FinancingShare, PayerGroup, ResourceCommitment

__all__ = [
    "Adoption",
    "Agreement",
    "AgreementVersion",
    "Body",
    "BodyDocument",
    "ChairRule",
    "ExternalFunding",
    "FinancingModel",
    "FinancingShare",
    "FollowUpDuty",
    "Membership",
    "PayerGroup",
    "ResourceCommitment",
    "Responsibility",
    "_agreement_upload_to",  # named by migration 0001 (the upload paths of an agreement's and a body's files)
    "_body_document_upload_to",
    "sitting_in",
]
