"""Package data: protocol settings, fonts, icons (installed as maestro_desktop.resources)."""
