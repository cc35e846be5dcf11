"""maestro-desktop: the bedside record of MAESTRO-4MS injection sessions."""

__version__ = "0.1.0"
