"""The reads of leading, each starting from `visible_to(user)` (the gateway)."""
