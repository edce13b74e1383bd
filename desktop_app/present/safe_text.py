r"""Text made safe to print: control characters escaped, so no line recolours or overwrites.

Text from files and arguments (a scenario's name, a key, a path) may hold ESC, BEL, CR or
other control characters. The command line (`desktop_app.cli.terminal`) and the window's
messages on stderr show them escaped (`\x1b`) through these functions.
"""

from __future__ import annotations

import re

_FORMATTING = "\u2028\u2029\u202a-\u202e\u2066-\u2069"
"""Line and paragraph separators, and the bidirectional embeddings, overrides and isolates:
a name holding U+202E would print the rest of its line, the path after it included, backwards
("Trojan Source")."""
_CONTROLS = re.compile(rf"[\x00-\x1f\x7f-\x9f\ud800-\udfff{_FORMATTING}]")
"""C0 controls, DEL, C1 controls, lone surrogates (undecodable bytes of a file name), and
the formatting characters above."""
_CONTROLS_BUT_NEWLINE = re.compile(rf"[\x00-\x09\x0b-\x1f\x7f-\x9f\ud800-\udfff{_FORMATTING}]")


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
