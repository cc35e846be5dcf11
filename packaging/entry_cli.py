"""Entry point of the frozen command line, `maestro` (packaging/maestro.spec)."""

import sys

if __name__ == "__main__":
    from maestro_desktop.cli import main

    sys.exit(main())
