"""Writes to the formal basis of a collaboration: agreements and adoptions, responsibilities and
follow-up duties, bodies and members, financing and resources.

Each function runs in one transaction, re-checks the actor's permission inside it, validates the
domain rules (naming the field and the reason) and records the change in the history.
"""

from organize.queries import GroupSpec, ShareSpec
from organize.services.agreements import (
    add_agreement_version,
    create_agreement,
    delete_agreement,
    record_adoption,
    remove_adoption,
    update_agreement,
    update_agreement_version,
)
from organize.services.bodies import (
    NEW_PERSON_PREFIX,
    add_body_document,
    add_membership,
    add_new_person_as_member,
    create_body,
    delete_body,
    remove_body_document,
    remove_membership,
    update_body,
    update_membership,
)
from organize.services.common import MANAGE
from organize.services.financing import (
    add_external_funding,
    create_financing_model,
    delete_financing_model,
    remove_external_funding,
    remove_resource_commitment,
    set_resource_commitment,
    update_external_funding,
    update_financing_model,
)
from organize.services.responsibilities import (
    add_follow_up_duty,
    add_responsibility,
    remove_follow_up_duty,
    remove_responsibility,
    update_follow_up_duty,
    update_responsibility,
)

__all__ = [
    "MANAGE",
    "GroupSpec",
    "ShareSpec",
    "add_agreement_version",
    "add_body_document",
    "add_external_funding",
    "add_follow_up_duty",
    "NEW_PERSON_PREFIX",
    "add_membership",
    "add_new_person_as_member",
    "add_responsibility",
    "create_agreement",
    "create_body",
    "create_financing_model",
    "delete_agreement",
    "delete_body",
    "delete_financing_model",
    "record_adoption",
    "remove_adoption",
    "remove_body_document",
    "remove_external_funding",
    "remove_follow_up_duty",
    "remove_membership",
    "remove_resource_commitment",
    "remove_responsibility",
    "set_resource_commitment",
    "update_agreement",
    "update_agreement_version",
    "update_body",
    "update_external_funding",
    "update_financing_model",
    "update_follow_up_duty",
    "update_membership",
    "update_responsibility",
]
