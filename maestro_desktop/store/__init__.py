"""SQLite persistence: journal, projections, migrations, audit chain."""
