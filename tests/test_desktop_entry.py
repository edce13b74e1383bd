"""`embed-or-tune --install-desktop-entry`: quoting per the Desktop Entry spec, every file, and
the desktop opening scenario files with the app (GLib's own parser, when installed)."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT
from hypothesis import assume, given
from hypothesis import strategies as st

from desktop_app.cli import desktop_entry
from desktop_app.cli.desktop_entry import (
    DESKTOP_ID,
    DesktopEntryError,
    exec_argument,
    exec_line,
    install,
    uninstall,
)

ICONS = ROOT / "resources" / "icons"
AWKWARD = "dir with space & amp; $HOME `x` \"q\" 'q' back\\slash (1) #2 ~ é"


def parse_exec(value: str) -> list[str]:
    """An Exec value read back as the Desktop Entry spec says (string escapes, then quoting)."""
    unescaped, index = [], 0
    escapes = {"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}
    while index < len(value):
        if value[index] == "\\" and index + 1 < len(value) and value[index + 1] in escapes:
            unescaped.append(escapes[value[index + 1]])
            index += 2
        else:
            unescaped.append(value[index])
            index += 1
    text, arguments, current, quoted, index = "".join(unescaped), [], None, False, 0
    while index < len(text):
        character = text[index]
        if quoted:
            if character == "\\":
                assert text[index + 1] in '"`$\\', f"bad escape in {value!r}"
                current += text[index + 1]
                index += 1
            elif character == '"':
                quoted = False
            else:
                current += character
        elif character == " ":
            if current is not None:
                arguments.append(current)
            current = None
        elif character == '"':
            assert current is None, f"a quote inside an argument in {value!r}"
            current, quoted = "", True
        else:
            assert character not in desktop_entry._RESERVED, f"unquoted {character!r}"
            current = (current or "") + character
        index += 1
    assert not quoted, f"unterminated quote in {value!r}"
    if current is not None:
        arguments.append(current)
    return [argument.replace("%%", "%") if argument != "%f" else argument for argument in arguments]


def read_entry(path: Path) -> configparser.SectionProxy:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(path, encoding="utf-8")
    return entry["Desktop Entry"]


def fake_program(folder: Path) -> Path:
    """A program in an awkward folder that records the arguments it was started with."""
    folder.mkdir(parents=True)
    program = folder / "embed-or-tune"
    program.write_text(f'#!/bin/sh\nprintf "%s\\n" "$@" > "{folder.parent}/arguments.txt"\n')
    program.chmod(0o755)
    return program


def test_exec_arguments_are_quoted_only_when_needed_and_escaped_twice() -> None:
    assert exec_argument("/opt/embed-or-tune/embed-or-tune") == "/opt/embed-or-tune/embed-or-tune"
    assert exec_argument("/opt/My Apps/embed-or-tune") == '"/opt/My Apps/embed-or-tune"'
    assert exec_argument("/opt/R&D/embed-or-tune") == '"/opt/R&D/embed-or-tune"'
    assert exec_argument("/opt/100%/x") == "/opt/100%%/x"
    # Inside quotes " ` $ \ take a backslash; the string escape then doubles every backslash.
    assert exec_argument('/a"b') == '"/a\\\\"b"'
    assert exec_argument("/a\\b") == '"/a\\\\\\\\b"'
    assert exec_line(["/usr/bin/python3", "-m", "desktop_app"]) == (
        "/usr/bin/python3 -m desktop_app %f"
    )


def test_a_program_path_with_a_percent_sign_is_refused() -> None:
    # The spec's %% is right, but GLib looks for the program before it reads %% as %.
    assert exec_line(["/usr/bin/python3", "/opt/100%/run.py"]).endswith("/opt/100%%/run.py %f")
    with pytest.raises(DesktopEntryError, match="/opt/100%/embed-or-tune"):
        exec_line(["/opt/100%/embed-or-tune"])


@pytest.mark.parametrize("argument", ["", "/a\nb", "/a\tb", "/a\x1bb"])
def test_an_argument_that_an_entry_cannot_hold_is_refused(argument: str) -> None:
    with pytest.raises(DesktopEntryError):
        exec_argument(argument)


@given(
    st.lists(
        st.text(st.characters(min_codepoint=32, exclude_characters="\x7f"), min_size=1),
        min_size=1,
        max_size=4,
    )
)
def test_every_command_reads_back_as_itself(command: list[str]) -> None:
    command[0] = command[0].replace("%", "")
    assume(command[0] != "")
    assert parse_exec(exec_line(command)) == [*command, "%f"]


def test_install_writes_entry_mime_type_metainfo_and_every_icon(tmp_path: Path) -> None:
    program = tmp_path / AWKWARD / "embed-or-tune"
    data = tmp_path / "data"
    written = install([str(program)], data)
    entry = read_entry(data / "applications" / f"{DESKTOP_ID}.desktop")
    assert parse_exec(entry["Exec"]) == [str(program), "%f"]
    assert entry["MimeType"] == "application/x-embed-or-tune-scenario;"
    mime = data / "mime" / "packages" / f"{DESKTOP_ID}.xml"
    assert b"*.eot.json" in mime.read_bytes()
    assert (data / "metainfo" / f"{DESKTOP_ID}.metainfo.xml").is_file()
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        icon = data / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{DESKTOP_ID}.png"
        assert icon.read_bytes() == (ICONS / f"embed-or-tune-{size}.png").read_bytes()
    svg = data / "icons" / "hicolor" / "scalable" / "apps" / f"{DESKTOP_ID}.svg"
    assert svg.read_bytes() == (ICONS / "embed-or-tune.svg").read_bytes()
    assert len(written) == 12 and all(path.is_file() for path in written)
    assert {oct(path.stat().st_mode & 0o777) for path in written} == {oct(0o666 & ~umask())}
    assert not [path for path in data.rglob(".*") if path.is_file()]  # no temporary left


def umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_the_installed_entry_passes_desktop_file_validate(tmp_path: Path) -> None:
    validate = shutil.which("desktop-file-validate")
    if validate is None:
        pytest.skip("desktop-file-validate is not installed")
    install([str(tmp_path / AWKWARD / "embed-or-tune")], tmp_path)
    done = subprocess.run(
        [validate, str(tmp_path / "applications" / f"{DESKTOP_ID}.desktop")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0 and done.stdout == "", done.stdout + done.stderr


def test_a_missing_icon_stops_it_before_anything_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    resources = tmp_path / "resources"
    shutil.copytree(ROOT / "resources" / "desktop", resources / "desktop")
    shutil.copytree(ICONS, resources / "icons")
    (resources / "icons" / "embed-or-tune-512.png").unlink()
    monkeypatch.setattr(desktop_entry, "resource", lambda *parts: resources.joinpath(*parts))
    with pytest.raises(FileNotFoundError):
        install(["/opt/embed-or-tune/embed-or-tune"], tmp_path / "data")
    assert not (tmp_path / "data").exists()


def test_installing_through_a_symlink_updates_its_target(tmp_path: Path) -> None:
    data = tmp_path / "data"
    real = tmp_path / "dotfiles" / f"{DESKTOP_ID}.desktop"
    real.parent.mkdir()
    real.write_text("[Desktop Entry]\nExec=old\n")
    link = data / "applications" / f"{DESKTOP_ID}.desktop"
    link.parent.mkdir(parents=True)
    link.symlink_to(real)
    install(["/opt/new/embed-or-tune"], data)
    assert link.is_symlink()
    assert parse_exec(read_entry(real)["Exec"]) == ["/opt/new/embed-or-tune", "%f"]


def test_uninstall_removes_what_install_wrote(tmp_path: Path) -> None:
    written = install(["/opt/embed-or-tune/embed-or-tune"], tmp_path)
    (tmp_path / "applications" / "someone-else.desktop").write_text("[Desktop Entry]\n")
    assert sorted(uninstall(tmp_path)) == sorted(written)
    assert not any(path.exists() for path in written)
    assert (tmp_path / "applications" / "someone-else.desktop").is_file()


@pytest.mark.parametrize("value", ["", "relative/share"])
def test_an_unset_or_relative_xdg_data_home_means_local_share(
    value: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", value)
    monkeypatch.setenv("HOME", str(tmp_path))
    assert desktop_entry.data_home() == tmp_path / ".local" / "share"


def run_app(*arguments: str, data: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *arguments],
        capture_output=True,
        text=True,
        env={**os.environ, "XDG_DATA_HOME": str(data)},
        timeout=60,
        check=False,
    )


def test_the_command_installs_for_this_pip_install(tmp_path: Path) -> None:
    done = run_app("--install-desktop-entry", data=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"installed 12 files below {tmp_path}:")
    command = parse_exec(read_entry(tmp_path / "applications" / f"{DESKTOP_ID}.desktop")["Exec"])
    # The console script of this environment (pip install -e), which starts this same app.
    assert Path(command[0]).name == "embed-or-tune" and command[1:] == ["%f"]
    version = subprocess.run([command[0], "--version"], capture_output=True, text=True, check=True)
    assert version.stdout.startswith("embed-or-tune ")
    assert run_app("--uninstall-desktop-entry", data=tmp_path).stdout.startswith("removed 12 ")


def test_the_command_refuses_arguments_and_names_an_unwritable_folder(tmp_path: Path) -> None:
    done = run_app("--install-desktop-entry", "now", data=tmp_path)
    assert (done.returncode, done.stderr) == (
        2,
        "embed-or-tune: --install-desktop-entry takes no arguments\n",
    )
    blocker = tmp_path / "file"
    blocker.write_text("")
    done = run_app("--install-desktop-entry", data=blocker)
    assert done.returncode == 1 and len(done.stderr.splitlines()) == 1, done.stderr
    assert done.stderr.startswith("embed-or-tune: cannot install the desktop entry: ")
    assert str(blocker) in done.stderr


def test_the_desktop_opens_scenario_files_with_the_installed_entry(tmp_path: Path) -> None:
    """End to end with shared-mime-info and GLib: the file type, then `gio open` runs us."""
    if not (shutil.which("gio") and shutil.which("update-mime-database")):
        pytest.skip("gio or update-mime-database is not installed")
    program = fake_program(tmp_path / AWKWARD)
    data = tmp_path / "data"
    install([str(program)], data)
    scenario = tmp_path / "my plan.eot.json"
    scenario.write_text('{"format": "embed-or-tune/scenario", "schema_version": 1}\n')
    environment = {**os.environ, "XDG_DATA_HOME": str(data), "XDG_CURRENT_DESKTOP": "GNOME"}

    def ask(*command: str) -> str:
        done = subprocess.run(
            command, capture_output=True, text=True, env=environment, timeout=30, check=True
        )
        return done.stdout.strip()

    if shutil.which("xdg-mime"):
        assert ask("xdg-mime", "query", "filetype", str(scenario)) == (
            "application/x-embed-or-tune-scenario"
        )
    info = ask("gio", "info", "-a", "standard::content-type", str(scenario))
    assert "application/x-embed-or-tune-scenario" in info
    ask("gio", "open", str(scenario))
    arguments = tmp_path / "arguments.txt"
    deadline = time.monotonic() + 20
    while not arguments.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert arguments.read_text() == f"{scenario}\n"
