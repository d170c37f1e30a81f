"""History scenarios of lead.services.documents (tests/core/test_history.py): one per service."""

SCENARIOS: dict = {}
