"""History scenarios of lead.services.communication (tests/core/test_history.py): one per service."""

SCENARIOS: dict = {}
