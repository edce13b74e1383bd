"""Smoke test of the built bundle.

It starts offscreen, writes a screenshot and a sheet: the screenshot is pixel-identical to the
source install's, the sheet's numbers equal its numbers, and on Linux the bundle is at most
210 MB unpacked (README's target).

    .venv/bin/python packaging/smoke_test.py [dist/embed-or-tune] [--platform xcb]
        [--compare-with build/unfiltered/embed-or-tune]

Run after packaging/build.py. With --compare-with, the screenshot must be pixel-identical to
the one another bundle (the unfiltered build) takes. --platform xcb runs it on an X server
(e.g. under xvfb-run) instead of offscreen. Exits non-zero on the first failure.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from pypdf import PdfReader

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "resources" / "examples" / "content-pipeline.eot.json"
LINUX_LIMIT_BYTES = 210_000_000  # unpacked


def run(command: list[str], environment: dict[str, str]) -> str:
    """Run a command; stop the test with its stderr if it fails."""
    done = subprocess.run(command, capture_output=True, text=True, env=environment, timeout=120)
    if done.returncode != 0:
        sys.exit(f"FAILED: {' '.join(command)}\n{done.stderr}")
    return done.stdout


def pdf_text(path: Path) -> str:
    """The text of every page of a PDF."""
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def pixels(path: Path) -> bytes:
    """The picture's pixels as 32-bit ARGB, with its size."""
    from PySide6.QtGui import QImage

    image = QImage(str(path)).convertToFormat(QImage.Format.Format_ARGB32)
    if image.isNull():
        sys.exit(f"FAILED: {path} is not a picture")
    return f"{image.width()}x{image.height()}:".encode() + bytes(image.constBits())


def main() -> None:
    """Run the checks and print what they found."""
    parser = argparse.ArgumentParser(description="Smoke test of the built bundle.")
    parser.add_argument("bundle", nargs="?", type=Path, default=ROOT / "dist" / "embed-or-tune")
    parser.add_argument("--platform", default="offscreen", help="Qt platform plugin to use")
    parser.add_argument("--compare-with", type=Path, metavar="BUNDLE", help="same screenshot?")
    args = parser.parse_args()
    bundle = args.bundle
    program = str(bundle / "embed-or-tune")
    folder = Path(tempfile.mkdtemp(prefix="eot-smoke-"))
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": args.platform,
        "EMBED_OR_TUNE_HOME": str(folder / "home"),
    }
    source = [sys.executable, "-m", "desktop_app"]

    version = run([program, "--version"], environment).strip()
    print(f"version: {version}")
    shot = folder / "shot.png"
    run([program, str(EXAMPLE), "--screenshot", str(shot)], environment)
    print(f"screenshot: {shot} ({shot.stat().st_size:,} bytes)")
    source_shot = folder / "source-shot.png"
    run([*source, str(EXAMPLE), "--screenshot", str(source_shot)], environment)
    if pixels(shot) != pixels(source_shot):
        sys.exit(f"FAILED: {shot} and {source_shot} (the source install's) differ")
    print("the screenshot is pixel-identical to the source install's")
    if args.compare_with is not None:
        other = folder / "other-shot.png"
        run(
            [str(args.compare_with / "embed-or-tune"), str(EXAMPLE), "--screenshot", str(other)],
            environment,
        )
        if pixels(shot) != pixels(other):
            sys.exit(f"FAILED: {shot} and {other} ({args.compare_with}) differ")
        print(f"the screenshot is pixel-identical to {args.compare_with}'s")

    results = []
    for name, command in (("bundle", [program]), ("source", source)):
        sheet = folder / f"{name}.pdf"
        run([*command, "report", str(EXAMPLE), "-o", str(sheet)], environment)
        results.append(pdf_text(sheet))
        document = json.loads(run([*command, "simulate", str(EXAMPLE), "--json"], environment))
        results.append(document["strategies"]["hybrid"]["summary"]["total_cost"])
        print(f"{name} sheet: {sheet} ({sheet.stat().st_size:,} bytes)")
    bundle_text, bundle_total, source_text, source_total = results
    if bundle_text != source_text:
        sys.exit("FAILED: the bundle's sheet differs from the source install's")
    if bundle_total != source_total:
        sys.exit(f"FAILED: hybrid total {bundle_total} (bundle) != {source_total} (source)")
    print(f"the sheets are identical in text; hybrid total {bundle_total:,.2f} in both")
    size = sum(path.lstat().st_size for path in bundle.rglob("*") if path.is_file())
    print(f"bundle: {size / 1e6:.1f} MB unpacked")
    if sys.platform.startswith("linux") and size > LINUX_LIMIT_BYTES:
        sys.exit(f"FAILED: {size:,} bytes unpacked, over {LINUX_LIMIT_BYTES:,}")
    print("smoke test passed")


if __name__ == "__main__":
    main()
