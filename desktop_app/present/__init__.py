"""How the window presents things to people: Qt-free, so it is tested without a display."""
