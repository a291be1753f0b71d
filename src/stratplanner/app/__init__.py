"""The Qt-free application layer: the edit session the desktop app and the CLI share."""
