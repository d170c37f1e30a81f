"""History scenarios of the services of `lead` (tests/core/test_history.py), one file per module of
`lead.services`; each maps a service's name to a call of it."""

from tests.lead import (
    history_assignments,
    history_communication,
    history_continuity,
    history_decisions,
    history_documents,
    history_meetings,
)

LEAD_SCENARIOS = {
    **history_meetings.SCENARIOS,
    **history_decisions.SCENARIOS,
    **history_assignments.SCENARIOS,
    **history_documents.SCENARIOS,
    **history_communication.SCENARIOS,
    **history_continuity.SCENARIOS,
}
