"""Entry point of the bundled app: the same as `embed-or-tune`."""

import sys

from desktop_app.cli import main

sys.exit(main())
