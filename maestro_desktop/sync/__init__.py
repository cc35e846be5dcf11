"""The central PostgreSQL store: its schema, the workstation's connection, push and pull calls.

Nothing here knows about Qt or the services; `services.sync` drives a sync with these calls.
"""
