"""`embed-or-tune --install-desktop-entry`: menu entry, icons and the scenario file type.

For the current user on a freedesktop desktop (Linux, the BSDs): the entry, the MIME type, the
AppStream metainfo and the icons go below `$XDG_DATA_HOME` (`~/.local/share`). The same code
serves a bundle and a pip install: the entry starts the program that runs now, its path quoted
as the Desktop Entry specification says (spaces, `&`, quotes, `%` and backslashes survive).
Every file is read before the first is written, so a missing one stops it before it begins.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from collections.abc import Sequence
from pathlib import Path

from desktop_app.core.appdata.resources import resource
from desktop_app.core.appdata.safe_files import write_file

DESKTOP_ID = "org.embedortune.EmbedOrTune"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
PROGRAM = "embed-or-tune"
INSTALL, UNINSTALL = "--install-desktop-entry", "--uninstall-desktop-entry"
# Characters that make an Exec argument need double quotes (Desktop Entry spec, "The Exec key").
_RESERVED = frozenset(" \t\n\"'\\><~|&;$*?#()`")
_ESCAPED_IN_QUOTES = frozenset('"`$\\')
_REFRESH_TIMEOUT_SECONDS = 30


class DesktopEntryError(Exception):
    """The entry cannot be installed; the message is one line for the user."""


def data_home() -> Path:
    """`$XDG_DATA_HOME`, or `~/.local/share` when it is unset, empty or relative (XDG spec)."""
    value = os.environ.get("XDG_DATA_HOME", "")
    if value and os.path.isabs(value):
        return Path(value)
    return Path.home() / ".local" / "share"


def launch_command() -> list[str]:
    """The command that starts this installation of the app (bundle, venv, user or system)."""
    if getattr(sys, "frozen", False):  # a PyInstaller bundle: its own executable
        return [str(Path(sys.executable).absolute())]
    name = PROGRAM + (".exe" if os.name == "nt" else "")
    candidates = [Path(sys.argv[0])] if sys.argv and Path(sys.argv[0]).name == name else []
    for scheme in (sysconfig.get_default_scheme(), f"{os.name}_user"):
        try:
            candidates.append(Path(sysconfig.get_path("scripts", scheme)) / name)
        except KeyError:
            continue
    for candidate in candidates:
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return [str(candidate.absolute())]
    return [str(Path(sys.executable).absolute()), "-m", "desktop_app"]


def exec_argument(argument: str) -> str:
    """One argument as written in an Exec value: quoted when needed, then string-escaped."""
    if not argument or any(ord(character) < 32 or character == "\x7f" for character in argument):
        raise DesktopEntryError(f"cannot name {argument!r} in a desktop entry (control characters)")
    quoted = argument
    if any(character in _RESERVED for character in argument):
        inner = "".join(
            "\\" + character if character in _ESCAPED_IN_QUOTES else character
            for character in argument
        )
        quoted = f'"{inner}"'
    # A literal % is %%; then the string type's own escape doubles every backslash.
    return quoted.replace("%", "%%").replace("\\", "\\\\")


def exec_line(command: Sequence[str]) -> str:
    """The Exec value starting `command` on one file."""
    if "%" in command[0]:  # GLib looks for the program before it turns %% back into %
        raise DesktopEntryError(f"{command[0]}: a program path with % cannot start from a menu")
    return " ".join(exec_argument(argument) for argument in command) + " %f"


def desktop_entry_text(command: Sequence[str]) -> str:
    """The bundled desktop entry with its Exec naming `command`."""
    template = resource("desktop", f"{DESKTOP_ID}.desktop").read_text(encoding="utf-8")
    lines = [
        f"Exec={exec_line(command)}" if line.startswith("Exec=") else line
        for line in template.splitlines()
    ]
    return "\n".join(lines) + "\n"


def planned_files(command: Sequence[str], data: Path) -> dict[Path, bytes]:
    """Every file the install writes, by its path, with its content (read up front)."""
    icons = resource("icons")
    files = {
        data / "applications" / f"{DESKTOP_ID}.desktop": desktop_entry_text(command).encode(),
        data / "mime" / "packages" / f"{DESKTOP_ID}.xml": (
            resource("desktop", f"{DESKTOP_ID}.mime.xml").read_bytes()
        ),
        data / "metainfo" / f"{DESKTOP_ID}.metainfo.xml": (
            resource("desktop", f"{DESKTOP_ID}.metainfo.xml").read_bytes()
        ),
    }
    hicolor = data / "icons" / "hicolor"
    for size in ICON_SIZES:
        source = icons / f"embed-or-tune-{size}.png"
        files[hicolor / f"{size}x{size}" / "apps" / f"{DESKTOP_ID}.png"] = source.read_bytes()
    files[hicolor / "scalable" / "apps" / f"{DESKTOP_ID}.svg"] = (
        icons / "embed-or-tune.svg"
    ).read_bytes()
    return files


def _write_file(path: Path, content: bytes) -> None:
    """Write through the app's one safe path, making the folder first."""
    Path(os.path.realpath(path)).parent.mkdir(parents=True, exist_ok=True)
    write_file(path, content)


def _refresh_caches(data: Path) -> list[str]:
    """Update the MIME and desktop databases; the names of the tools that are missing."""
    missing = []
    for tool, folder in (
        ("update-mime-database", data / "mime"),
        ("update-desktop-database", data / "applications"),
    ):
        program = shutil.which(tool)
        if program is None:
            missing.append(tool)
            continue
        subprocess.run(
            [program, str(folder)],
            check=False,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=_REFRESH_TIMEOUT_SECONDS,
        )
    return missing


def install(command: Sequence[str] | None = None, data: Path | None = None) -> list[Path]:
    """Install the entry, MIME type, metainfo and icons; the files written."""
    data = data_home() if data is None else data
    files = planned_files(launch_command() if command is None else command, data)
    for path, content in files.items():
        _write_file(path, content)
    _refresh_caches(data)
    return list(files)


def uninstall(data: Path | None = None) -> list[Path]:
    """Remove what `install` wrote; the files removed."""
    data = data_home() if data is None else data
    removed = []
    for path in planned_files([PROGRAM], data):
        if path.is_file() or path.is_symlink():
            path.unlink()
            removed.append(path)
    _refresh_caches(data)
    return removed


def _reason(error: Exception) -> str:
    """One line for an error: the file and what went wrong with it, when it names one."""
    if isinstance(error, OSError) and error.filename and error.strerror:
        return f"{error.filename}: {error.strerror}"
    return str(error)


def run(argv: Sequence[str]) -> int:
    """`embed-or-tune --install-desktop-entry` (or `--uninstall-desktop-entry`)."""
    if list(argv) not in ([INSTALL], [UNINSTALL]):
        print(f"{PROGRAM}: {argv[0]} takes no arguments", file=sys.stderr)
        return 2
    if sys.platform in ("win32", "darwin"):
        print(f"{PROGRAM}: {argv[0]} is for Linux desktops", file=sys.stderr)
        return 2
    data = data_home()
    try:
        if argv[0] == UNINSTALL:
            removed = uninstall(data)
            print(f"removed {len(removed)} files below {data}")
            return 0
        command = launch_command()
        written = install(command, data)
    except (OSError, DesktopEntryError, subprocess.SubprocessError) as error:
        print(f"{PROGRAM}: cannot install the desktop entry: {_reason(error)}", file=sys.stderr)
        return 1
    print(f"installed {len(written)} files below {data}:")
    print(f"  applications/{DESKTOP_ID}.desktop starts {' '.join(command)}")
    print(f"  mime/packages/{DESKTOP_ID}.xml: scenario files (*.eot.json)")
    print(f"  icons/hicolor/*/apps/{DESKTOP_ID}.png and .svg, metainfo/{DESKTOP_ID}.metainfo.xml")
    return 0
