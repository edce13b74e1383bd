"""Desktop integration files agree with each other and with the app; one source of version."""

from __future__ import annotations

import configparser
import importlib.metadata
import importlib.util
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from conftest import ROOT
from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from desktop_app import __version__
from desktop_app.gui.app import DESKTOP_FILE

PACKAGING = ROOT / "packaging"
DESKTOP = ROOT / "resources" / "desktop"  # shipped with the app: --install-desktop-entry


def test_desktop_entry_has_what_menus_and_file_managers_need() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(DESKTOP / f"{DESKTOP_FILE}.desktop")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application" and section["Name"] == "Embed or Tune"
    assert section["Exec"].startswith("embed-or-tune ") and "%f" in section["Exec"]
    assert section["Icon"] == DESKTOP_FILE
    assert "Office;" in section["Categories"] and "fine-tuning;" in section["Keywords"]
    assert section["MimeType"] == "application/x-embed-or-tune-scenario;"


def validator(name: str) -> str:
    """The validator's path; skip when it is not installed (.ci/run installs it)."""
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed")
    return path


def test_desktop_entry_passes_desktop_file_validate_without_hints() -> None:
    done = subprocess.run(
        [validator("desktop-file-validate"), str(DESKTOP / f"{DESKTOP_FILE}.desktop")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0 and done.stdout + done.stderr == "", done.stdout + done.stderr


def test_metainfo_passes_appstreamcli_validate() -> None:
    done = subprocess.run(
        [
            validator("appstreamcli"),
            "validate",
            "--no-net",
            "--explain",
            str(DESKTOP / f"{DESKTOP_FILE}.metainfo.xml"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    output = done.stdout + done.stderr
    assert done.returncode == 0, output
    # Clean: no error, warning or info line. The one pedantic note (upper-case letters in the
    # reverse-DNS id) stays: renaming the id would orphan every installed entry.
    problems = [line for line in output.splitlines() if line[:2] in ("E:", "W:", "I:")]
    assert problems == [], output


def test_metainfo_and_mime_type_name_the_same_app() -> None:
    metainfo = ElementTree.parse(DESKTOP / f"{DESKTOP_FILE}.metainfo.xml").getroot()
    assert metainfo.findtext("id") == DESKTOP_FILE
    assert metainfo.find("launchable").text == f"{DESKTOP_FILE}.desktop"
    assert metainfo.find("releases/release").get("version") == __version__
    namespace = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    mime = ElementTree.parse(DESKTOP / f"{DESKTOP_FILE}.mime.xml").getroot()
    kind = mime.find("m:mime-type", namespace)
    assert kind.get("type") == "application/x-embed-or-tune-scenario"
    assert "embed-or-tune/scenario" in kind.find("m:magic/m:match", namespace).get("value")


def test_icons_exist_in_every_size() -> None:
    icons = ROOT / "resources" / "icons"
    assert (icons / "embed-or-tune.svg").is_file()
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        assert (icons / f"embed-or-tune-{size}.png").is_file()


def test_version_has_one_source() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--version"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip() == f"embed-or-tune {__version__}"
    from importlib.metadata import version

    assert version("embed-or-tune") == __version__  # pyproject reads desktop_app/__init__.py


def test_the_bundle_spec_ships_the_resources() -> None:
    spec = (PACKAGING / "embed-or-tune.spec").read_text()
    assert '"resources"), "desktop_app/resources"' in spec
    assert "packaging/embed-or-tune.spec" in (PACKAGING / "build.py").read_text()


def load_build_script():
    loader = importlib.util.spec_from_file_location("packaging_build", PACKAGING / "build.py")
    build = importlib.util.module_from_spec(loader)
    loader.loader.exec_module(build)
    return build


def test_the_build_makes_ico_and_icns_icons_of_the_pngs_as_drawn(tmp_path: Path) -> None:
    build = load_build_script()
    ico, icns = build.make_icons(tmp_path)
    pngs = {
        size: (ROOT / "resources" / "icons" / f"embed-or-tune-{size}.png").read_bytes()
        for size in (16, 24, 32, 48, 64, 128, 256, 512)
    }
    data = ico.read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, 7)
    for index, size in enumerate((16, 24, 32, 48, 64, 128, 256)):
        width, height, _, _, planes, bits, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * index
        )
        assert (width, height, planes, bits) == (size % 256, size % 256, 1, 32)
        assert data[offset : offset + length] == pngs[size]
    data = icns.read_bytes()
    assert data[:4] == b"icns" and struct.unpack_from(">I", data, 4)[0] == len(data)
    entries, position = {}, 8
    while position < len(data):
        kind, length = (
            data[position : position + 4],
            struct.unpack_from(">I", data, position + 4)[0],
        )
        entries[kind] = data[position + 8 : position + length]
        position += length
    assert position == len(data)
    expected = {
        b"icp4": 16,
        b"icp5": 32,
        b"icp6": 64,
        b"ic07": 128,
        b"ic08": 256,
        b"ic09": 512,
        b"ic11": 32,
        b"ic12": 64,
        b"ic13": 256,
        b"ic14": 512,
    }
    assert {kind: pngs[size] for kind, size in expected.items()} == entries


def test_pillow_reads_the_icons_when_it_is_installed(tmp_path: Path) -> None:
    image = pytest.importorskip("PIL.Image", reason="Pillow is not a dependency")
    ico, icns = load_build_script().make_icons(tmp_path)
    with image.open(ico) as icon:
        assert sorted(icon.info["sizes"]) == [(s, s) for s in (16, 24, 32, 48, 64, 128, 256)]
    with image.open(icns) as icon:
        assert icon.size == (512, 512)


def test_the_windowed_entry_point_only_ever_opens_the_window() -> None:
    from importlib.metadata import entry_points

    (window,) = entry_points(group="gui_scripts", name="embed-or-tune-window")
    assert window.value == "desktop_app.launch:window_main"
    # Even a command's name is a file to open, not a command: without a display it says so.
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from desktop_app.launch import window_main; "
            "sys.argv = ['embed-or-tune-window', 'schema']; sys.exit(window_main())",
        ],
        capture_output=True,
        text=True,
        env=environment,
        timeout=60,
        check=False,
    )
    # 'schema' is a file to open here, not the command: with no display, its problem is said
    assert done.returncode == 1 and done.stderr.startswith("schema: cannot be read: ")
    assert done.stdout == ""  # no JSON schema printed


def test_the_lock_file_pins_what_pyproject_pins() -> None:
    import re
    import tomllib

    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    project = pyproject["project"]
    pinned = [*project["dependencies"], *pyproject["build-system"]["requires"]]
    for extra in ("test", "build"):
        pinned += project["optional-dependencies"][extra]
    lock = (ROOT / "requirements.lock").read_text()
    locked = dict(re.findall(r"^([a-z0-9-]+)==(\S+) ", lock, flags=re.MULTILINE))
    for requirement in pinned:
        name, version = requirement.split("==")
        assert locked.get(name.lower()) == version, requirement
    # Every locked package comes with its hashes (pip install --require-hashes).
    requirements = [line for line in lock.splitlines() if line and line[0] not in " #"]
    assert len(requirements) == len(locked) > 20
    blocks = re.split(r"^(?=[a-z])", lock, flags=re.MULTILINE)[1:]
    assert all("--hash=sha256:" in block for block in blocks)


LOCK = ROOT / "requirements.lock"
# The CI matrix's systems as environment markers see them (CPython 3.11, as here).
CI_PLATFORMS = {
    "linux": {"sys_platform": "linux", "platform_system": "Linux", "os_name": "posix"},
    "windows": {"sys_platform": "win32", "platform_system": "Windows", "os_name": "nt"},
    "macos": {"sys_platform": "darwin", "platform_system": "Darwin", "os_name": "posix"},
}


def _locked(lock: str) -> dict[str, Requirement]:
    """The lock's requirements (`name==version ; marker`) by normalized name."""
    requirements = (
        Requirement(line.rstrip(" \\"))
        for line in lock.splitlines()
        if line and line[0] not in " #"
    )
    return {canonicalize_name(requirement.name): requirement for requirement in requirements}


def _roots() -> list[Requirement]:
    """What a locked install asks for: the app's dependencies, every extra, the build backend."""
    import tomllib

    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    project = pyproject["project"]
    texts = [*project["dependencies"], *pyproject["build-system"]["requires"]]
    for requirements in project["optional-dependencies"].values():
        texts += requirements
    return [Requirement(text) for text in texts]


def _needed(roots: list[Requirement], markers: dict[str, str]) -> dict[str, list[Requirement]]:
    """Every distribution the roots need on a platform, with the requirements that name it.

    Followed through the installed distributions' metadata (their markers evaluated for that
    platform, extras only where asked for); one not installed here is reached but not followed.
    """
    needed: dict[str, list[Requirement]] = {}
    followed: set[tuple[str, frozenset[str]]] = set()
    pending = [(root, "") for root in roots]
    while pending:
        requirement, extra = pending.pop()
        if requirement.marker is not None and not requirement.marker.evaluate(
            {**markers, "extra": extra}
        ):
            continue
        name = canonicalize_name(requirement.name)
        needed.setdefault(name, []).append(requirement)
        if (name, frozenset(requirement.extras)) in followed:
            continue
        followed.add((name, frozenset(requirement.extras)))
        try:
            requires = importlib.metadata.distribution(name).requires or []
        except importlib.metadata.PackageNotFoundError:
            continue
        for text in requires:
            pending += [(Requirement(text), extra) for extra in ("", *requirement.extras)]
    return needed


def lock_problems(lock: str) -> list[str]:
    """What a locked install on each CI system would need and the lock does not give it."""
    locked = _locked(lock)
    problems = []
    for system, platform_markers in CI_PLATFORMS.items():
        markers = {**default_environment(), **platform_markers}
        for name, requirements in sorted(_needed(_roots(), markers).items()):
            pin = locked.get(name)
            if pin is None:
                problems.append(f"{system}: {name} ({requirements[0]}) is not in the lock")
                continue
            if pin.marker is not None and not pin.marker.evaluate(markers):
                problems.append(f"{system}: {name} is locked only where {pin.marker}")
            (version,) = (spec.version for spec in pin.specifier)
            problems += [
                f"{system}: {name}=={version} does not meet {requirement}"
                for requirement in requirements
                if not requirement.specifier.contains(version, prereleases=True)
            ]
    return problems


def _without(lock: str, name: str) -> str:
    """The lock with one distribution's block (requirement, hashes, annotations) taken out."""
    blocks = re.split(r"^(?=[a-z])", lock, flags=re.MULTILINE)
    return "".join(block for block in blocks if not block.startswith(f"{name}=="))


def test_the_lock_holds_every_distribution_a_locked_install_needs() -> None:
    # `pip install --require-hashes -r requirements.lock` refuses anything unlisted, and the
    # app is then built with --no-build-isolation by the backend the lock installed: so the
    # lock holds the app's, the extras' and the build backend's whole tree, on every system.
    lock = LOCK.read_text()
    assert lock_problems(lock) == []
    needed = _needed(_roots(), {**default_environment(), **CI_PLATFORMS["windows"]})
    assert {"hatchling", "editables", "pyinstaller", "pydantic-core", "colorama"} <= set(needed)
    # It notices a distribution missing: one the metadata reaches, and one pyproject names.
    assert lock_problems(_without(lock, "pydantic-core")) == [
        f"{system}: pydantic-core (pydantic-core==2.50.4) is not in the lock"
        for system in CI_PLATFORMS
    ]
    no_colorama = lock_problems(_without(lock, "colorama"))  # only Windows needs it
    assert [problem.split(" (")[0] for problem in no_colorama] == ["windows: colorama"]
    assert lock_problems(_without(lock, "editables"))[0].startswith("linux: editables ")
    # and one locked for another platform only.
    only_linux = lock.replace(
        "colorama==0.4.6 ; sys_platform == 'win32'", "colorama==0.4.6 ; sys_platform == 'linux'"
    )
    assert lock_problems(only_linux) == [
        'windows: colorama is locked only where sys_platform == "linux"'
    ]


def test_the_locked_build_backend_has_all_it_asks_for() -> None:
    # The backend's own answer to pip (PEP 517/660 hooks): what building the wheel and the
    # editable install need beyond [build-system]. Installed by the lock (packaging/build.py's
    # venv, CI); README's `pip install -e .` fetches it into an isolated environment instead.
    if importlib.util.find_spec("hatchling") is None:
        pytest.skip("hatchling is not installed here (pip built the app in isolation)")
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import json, hatchling.build as b; "
            "print(json.dumps(b.get_requires_for_build_wheel() "
            "+ b.get_requires_for_build_editable()))",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=True,
    )
    asked = [Requirement(text) for text in json.loads(done.stdout)]
    assert "editables" in {requirement.name for requirement in asked}
    locked = _locked(LOCK.read_text())
    for requirement in asked:
        pin = locked[canonicalize_name(requirement.name)]
        (version,) = (spec.version for spec in pin.specifier)
        assert requirement.specifier.contains(version), pin


def test_the_locked_installs_build_the_app_with_the_locked_backend() -> None:
    build = load_build_script()
    assert build.LOCKED_TREE == ("--require-hashes", "-r", "requirements.lock")
    assert {"--no-build-isolation", "--check-build-dependencies", "--no-deps"} == set(
        build.LOCKED_APP
    )
    assert f"pip install {' '.join(build.LOCKED_APP)} -e ." in WORKFLOW.read_text()
    # Made from pyproject.toml by the one command README gives (uv writes it in the header).
    header = LOCK.read_text().splitlines()[:2]
    assert header[0] == "# This file was autogenerated by uv via the following command:"
    command = header[1].removeprefix("#    ")
    assert command.startswith("uv pip compile pyproject.toml ") and "--universal" in command
    assert f"```sh\n{command}\n```" in (ROOT / "README.md").read_text(encoding="utf-8")


def _checkout_copy(target: Path) -> Path:
    """The parts of the repository that scripts/update_translations.py --check reads."""
    skip = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(ROOT / "desktop_app", target / "desktop_app", ignore=skip)
    shutil.copytree(ROOT / "resources" / "translations", target / "resources" / "translations")
    (target / "scripts").mkdir()
    shutil.copy2(ROOT / "scripts" / "update_translations.py", target / "scripts")
    return target


def test_the_build_stops_before_pyinstaller_when_a_translation_is_stale(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build = load_build_script()
    root = _checkout_copy(tmp_path / "checkout")
    monkeypatch.setattr(build, "ROOT", root)
    build.check_translations()  # the committed .qm matches its .ts: the build may go on
    ts = root / "resources" / "translations" / "embed_or_tune_de.ts"
    ts.write_text(
        ts.read_text(encoding="utf-8").replace(">Kennzahlen<", ">Schlüsselzahlen<"),
        encoding="utf-8",
    )  # a translation edited, its .qm not compiled again
    ran: list[list[str]] = []
    monkeypatch.setattr(build, "run", lambda command, **options: ran.append(command))
    monkeypatch.setattr(build, "make_icons", lambda: pytest.fail("built icons before the check"))
    with pytest.raises(SystemExit, match=r"embed_or_tune_de\.qm is not current"):
        build.build(tmp_path / "dist", unfiltered=False)
    assert ran == []  # PyInstaller never ran


def test_the_bundle_leaves_out_what_is_installed_only_for_tests_and_the_build() -> None:
    # The build venv holds the whole lock; the spec excludes the modules of every distribution
    # the app does not need at run time (mypy came in through pydantic's hook: +13 MB).
    build = load_build_script()
    needed = build.app_distributions()
    assert {"numpy", "pydantic", "pydantic-core", "platformdirs", "shiboken6"} <= needed
    assert {"pyside6-essentials", "pyside6-addons", "typing-extensions"} <= needed
    assert not {"mypy", "pytest", "pyinstaller", "hypothesis", "ruff"} & needed
    left_out = set(build.modules_outside_the_app())
    assert {"mypy", "mypyc", "_pytest", "pytest", "pygments", "rich", "jsonschema"} <= left_out
    assert not {"numpy", "pydantic", "pydantic_core", "PySide6", "shiboken6"} & left_out
    assert not {"platformdirs", "typing_extensions", "annotated_types", "desktop_app"} & left_out
    spec = (PACKAGING / "embed-or-tune.spec").read_text()
    assert "*NOT_THE_APPS," in spec and "modules_outside_the_app()" in spec


WORKFLOW = ROOT / ".github" / "workflows" / "ci.yml"


def test_the_ci_workflow_runs_on_three_systems_what_the_repository_has() -> None:
    import re

    text = WORKFLOW.read_text(encoding="utf-8")
    (matrix,) = re.findall(r"^\s+os: \[(.*)\]$", text, flags=re.MULTILINE)
    systems = [name.strip() for name in matrix.split(",")]
    assert [name.split("-")[0] for name in systems] == ["ubuntu", "windows", "macos"]
    commands = " ".join(re.findall(r"^\s+(?:run: [>|]?|  )(.*)$", text, flags=re.MULTILINE))
    assert "--require-hashes -r requirements.lock" in commands  # the locked tree
    assert "packaging/build.py --in-place" in commands and "packaging/smoke_test.py" in commands
    named = set(re.findall(r"(?<![\w/.-])((?:packaging|tests|scripts|\.ci)/[\w./*-]+)", text))
    named |= {"requirements.lock"} | set(re.findall(r"ruff check ((?:\w+ ?)+)", text)[0].split())
    missing = [path for path in sorted(named) if not list(ROOT.glob(path))]
    assert missing == [] and len(named) > 6, named
