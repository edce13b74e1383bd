r"""Text made safe to print: control characters escaped, so no line recolours or overwrites.

Text from files and arguments (a scenario's name, a key, a path) may hold ESC, BEL, CR or
other control characters. The command line (`desktop_app.cli.terminal`) and the window's
messages on stderr show them escaped (`\x1b`) through these functions.
"""

from __future__ import annotations

import re

_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
"""C0 controls, DEL, C1 controls, and lone surrogates (undecodable bytes of a file name)."""
_CONTROLS_BUT_NEWLINE = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def _escaped(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8 (os.fsdecode's surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def one_line(text: str) -> str:
    """`text` with every control character escaped, line breaks included."""
    return _CONTROLS.sub(_escaped, text)


def escape_controls(text: str) -> str:
    """`text` with every control character but the line break escaped."""
    return _CONTROLS_BUT_NEWLINE.sub(_escaped, text)


def lines_text(lines: list[str]) -> str:
    """Lines joined into printable text: each escaped to one line, then a final newline."""
    return "\n".join(one_line(line) for line in lines) + "\n"
