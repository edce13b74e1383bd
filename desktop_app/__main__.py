"""`python -m desktop_app` runs the same command as `embed-or-tune`."""

import sys

from desktop_app.cli import main

sys.exit(main())
