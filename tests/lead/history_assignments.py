"""History scenarios of lead.services.assignments (tests/core/test_history.py): one per service."""

SCENARIOS: dict = {}
