"""Pictures made in memory, so that only a whole, checked file goes through the safe write path."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage


def png_bytes(image: QImage) -> bytes | None:
    """The image as PNG bytes; None when Qt reports that it could not encode it."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide6's stub says the format is bytes; at run time only a str is taken.
    saved = image.save(buffer, "PNG")  # type: ignore[call-overload]
    buffer.close()
    return bytes(data.data()) if saved else None
