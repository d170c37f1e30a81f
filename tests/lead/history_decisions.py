"""History scenarios of lead.services.decisions (tests/core/test_history.py): one per service."""

SCENARIOS: dict = {}
