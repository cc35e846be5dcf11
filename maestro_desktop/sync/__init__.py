"""Central PostgreSQL synchronisation (see the sync issue)."""
