"""Build the one-folder bundle of Embed or Tune and its archive, on Linux, Windows or macOS.

    python3 packaging/build.py               # a fresh build/venv from requirements.lock, then build
    python3 packaging/build.py --in-place    # with this Python's packages (CI has installed them)
    python3 packaging/build.py --unfiltered --dist build/unfiltered   # PySide6's hooks unfiltered

It writes dist/embed-or-tune/ (on macOS also "dist/Embed or Tune.app"), the archive
dist/embed-or-tune-VERSION-OS-ARCH.tar.gz (.zip on Windows and macOS), and the .ico and .icns
icons in build/icons/ (resources/icons/*.png as they are, in both formats). It prints the
bundle's size and, on Linux, the newest glibc any of its files needs. It stops first when a
compiled translation is stale (scripts/update_translations.py --check). Nothing but the package
index is used. Then: `python packaging/smoke_test.py`.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import os
import platform
import re
import shutil
import struct
import subprocess
import sys
import tarfile
import time
import venv
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICON_SOURCES = ROOT / "resources" / "icons"
ICON_FOLDER = ROOT / "build" / "icons"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# PNG-holding .icns entry types by pixel size, and those that take a size as @2x of half of it.
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09"}
ICNS_RETINA_TYPES = {32: b"ic11", 64: b"ic12", 256: b"ic13", 512: b"ic14"}
NAME = "embed-or-tune"
# pip's options for the locked install (here and in .github/workflows/ci.yml): every
# distribution from the lock with its hashes, then the app alone, built by what the lock
# installed (tests/test_packaging.py checks the lock holds all that this needs).
LOCKED_TREE = ("--require-hashes", "-r", "requirements.lock")
LOCKED_APP = ("--no-build-isolation", "--check-build-dependencies", "--no-deps")


def run(command: list[str], **options: object) -> None:
    """Run a command from the repository's root; stop the build if it fails."""
    print("+", " ".join(command), flush=True)
    subprocess.run(command, check=True, cwd=ROOT, **options)


def venv_python(folder: Path) -> Path:
    """The interpreter of a virtual environment."""
    if os.name == "nt":
        return folder / "Scripts" / "python.exe"
    return folder / "bin" / "python"


def make_venv(folder: Path) -> Path:
    """A fresh virtual environment with the locked tree and the app installed; its Python.

    The app is built by the locked build backend (hatchling, in the `build` extra) installed
    with the rest, not by one pip would fetch unpinned into an isolated build environment;
    pip checks that it is the version [build-system] names.
    """
    if folder.exists():
        shutil.rmtree(folder)
    venv.create(folder, with_pip=True)
    python = str(venv_python(folder))
    pip = [python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    run([*pip, *LOCKED_TREE])
    run([*pip, *LOCKED_APP, "."])
    return Path(python)


def _normalized(name: str) -> str:
    """A distribution name as pip compares it: `PySide6_Essentials` is `pyside6-essentials`."""
    return re.sub(r"[-_.]+", "-", name).lower()


def app_distributions(app: str = NAME) -> set[str]:
    """The app's distribution and every one it needs at run time (its extras' needs left out).

    A requirement under a platform marker counts, whatever this platform: keeping too much is
    harmless, leaving out what the app imports is not.
    """
    needed: set[str] = set()
    pending = [app]
    while pending:
        name = _normalized(pending.pop())
        if name in needed:
            continue
        needed.add(name)
        try:
            requires = importlib.metadata.distribution(name).requires or []
        except importlib.metadata.PackageNotFoundError:
            continue
        for requirement in requires:
            if "extra" not in requirement.partition(";")[2]:
                pending.append(re.split(r"[\s\[<>=!~;(]", requirement, maxsplit=1)[0])
    return needed


def modules_outside_the_app() -> list[str]:
    """Top-level modules installed here by distributions the app does not need at run time.

    The build venv holds the whole lock (the test and build extras too), and hooks reach into
    it: PyInstaller's pydantic hook collects `pydantic.mypy`, which imports mypy, which brings
    rich and pygments. The spec excludes these modules, so the bundle is the same however many
    tools are installed beside the app.
    """
    needed = app_distributions()
    return sorted(
        module
        for module, distributions in importlib.metadata.packages_distributions().items()
        if not any(_normalized(name) in needed for name in distributions)
    )


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding each PNG as it is (PNG entries: Windows Vista and later)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    entries, payload, offset = b"", b"", 6 + 16 * len(pngs)
    for size, png in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256
        where = offset + len(payload)
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), where)
        payload += png
    return header + entries + payload


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns holding each PNG as it is, at its size and as the @2x of half its size."""
    chunks = b""
    for size, png in sorted(pngs.items()):
        for kind in (ICNS_TYPES.get(size), ICNS_RETINA_TYPES.get(size)):
            if kind is not None:
                chunks += kind + struct.pack(">I", 8 + len(png)) + png
    return b"icns" + struct.pack(">I", 8 + len(chunks)) + chunks


def make_icons(folder: Path = ICON_FOLDER) -> tuple[Path, Path]:
    """embed-or-tune.ico and .icns in `folder`, from the PNGs drawn at each size."""
    folder.mkdir(parents=True, exist_ok=True)
    pngs = {size: (ICON_SOURCES / f"{NAME}-{size}.png").read_bytes() for size in ICON_SIZES}
    ico, icns = folder / f"{NAME}.ico", folder / f"{NAME}.icns"
    ico.write_bytes(ico_bytes({size: pngs[size] for size in ICO_SIZES}))
    icns.write_bytes(icns_bytes(pngs))
    return ico, icns


def system_name() -> str:
    """linux, windows or macos."""
    names = {"win32": "windows", "darwin": "macos"}
    return names.get(sys.platform, sys.platform.rstrip("0123456789"))


def folder_size(folder: Path) -> int:
    """Bytes of every file below `folder` (links not followed)."""
    return sum(path.lstat().st_size for path in folder.rglob("*") if path.is_file())


def glibc_floor(folder: Path) -> tuple[str, list[str]] | None:
    """The newest GLIBC_ symbol version any ELF file below `folder` needs, and which files."""
    objdump = shutil.which("objdump")
    if objdump is None or not sys.platform.startswith("linux"):
        return None
    needs: dict[tuple[int, ...], list[str]] = {}
    for path in folder.rglob("*"):
        if path.is_symlink() or not path.is_file():
            continue
        with path.open("rb") as stream:
            if stream.read(4) != b"\x7fELF":
                continue
        dump = subprocess.run([objdump, "-T", str(path)], capture_output=True, text=True).stdout
        versions = [tuple(map(int, v.split("."))) for v in re.findall(r"GLIBC_([\d.]+\d)", dump)]
        if versions:
            needs.setdefault(max(versions), []).append(str(path.relative_to(folder)))
    newest = max(needs)
    return ".".join(map(str, newest)), sorted(needs[newest])


def archive(dist: Path, version: str) -> Path:
    """The bundle packed for download: .tar.gz on Linux, .zip on Windows and macOS."""
    stem = f"{NAME}-{version}-{system_name()}-{platform.machine().lower()}"
    if sys.platform.startswith("linux"):
        target = dist / f"{stem}.tar.gz"
        with tarfile.open(target, "w:gz") as tar:
            tar.add(dist / NAME, arcname=NAME)
        return target
    target = dist / f"{stem}.zip"
    top = dist / "Embed or Tune.app" if sys.platform == "darwin" else dist / NAME
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as packed:
        for path in sorted(top.rglob("*")):
            if path.is_file():
                packed.write(path, path.relative_to(dist))
    return target


def check_translations() -> None:
    """Stop the build when a compiled translation (.qm) does not match its .ts source.

    The bundle ships the committed .qm files as they are, so a stale one would show the window
    in a German older than the source (scripts/update_translations.py --check).
    """
    check = [sys.executable, str(ROOT / "scripts" / "update_translations.py"), "--check"]
    done = subprocess.run(check, capture_output=True, text=True, check=False, cwd=ROOT)
    if done.returncode != 0:
        raise SystemExit(f"translations are not current:\n{done.stdout}{done.stderr}".rstrip())


def build(dist: Path, unfiltered: bool) -> None:
    """Translations checked, icons, PyInstaller, the archive and the figures."""
    from desktop_app import __version__

    start = time.monotonic()
    check_translations()
    ico, icns = make_icons()
    print(
        f"icons: {ico.relative_to(ROOT)} ({ico.stat().st_size:,} bytes), "
        f"{icns.relative_to(ROOT)} ({icns.stat().st_size:,} bytes)"
    )
    environment = {**os.environ, "EMBED_OR_TUNE_UNFILTERED": "1" if unfiltered else "0"}
    work = ROOT / "build" / ("pyinstaller-unfiltered" if unfiltered else "pyinstaller")
    run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(work),
            "packaging/embed-or-tune.spec",
        ],
        env=environment,
    )
    packed = archive(dist, __version__)
    bundle = dist / NAME
    print(
        f"bundle: {bundle} ({folder_size(bundle) / 1e6:.1f} MB unpacked), "
        f"archive: {packed} ({packed.stat().st_size / 1e6:.1f} MB), "
        f"{time.monotonic() - start:.0f} s"
    )
    floor = glibc_floor(bundle)
    if floor is not None:
        version, files = floor
        print(f"glibc needed: {version} or newer (by {', '.join(files[:4])})")


def main() -> None:
    """Parse the options; build in a fresh venv unless --in-place."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--in-place", action="store_true", help="use this Python, no new venv")
    parser.add_argument("--unfiltered", action="store_true", help="keep all that PySide6 pulls")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    args = parser.parse_args()
    dist = args.dist.resolve()
    if args.in_place:
        build(dist, args.unfiltered)
        return
    python = make_venv(ROOT / "build" / "venv")
    command = [str(python), str(Path(__file__).resolve()), "--in-place", "--dist", str(dist)]
    run(command + (["--unfiltered"] if args.unfiltered else []))


if __name__ == "__main__":
    main()
