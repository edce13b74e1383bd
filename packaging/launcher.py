"""Entry point of the bundled app: the same as `embed-or-tune`."""

from desktop_app.launch import console_main

console_main()
