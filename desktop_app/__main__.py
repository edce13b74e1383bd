"""`python -m desktop_app` runs the same command as `embed-or-tune`."""

from desktop_app.launch import console_main

console_main()
