"""`python -m maestro_desktop` opens the GUI."""

import sys

from maestro_desktop.gui.app import main

sys.exit(main())
