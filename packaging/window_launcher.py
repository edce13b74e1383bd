"""Entry point of the bundle's windowed program (Windows, macOS): `embed-or-tune-window`."""

import sys

from desktop_app.launch import window_main

sys.exit(window_main())
