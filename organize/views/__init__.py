"""Pages of the formal basis: one module per part (agreements, responsibilities, bodies, financing)."""
