"""The user's files and folders: safe writes, scenario files, settings, autosave and recovery."""
