"""The rules of leading, computed from loaded values (no queries, no writes): quorum, mandate, which
assignments a meeting follows up, continuity."""
