"""History scenarios of lead.services.continuity (tests/core/test_history.py): one per service."""

SCENARIOS: dict = {}
