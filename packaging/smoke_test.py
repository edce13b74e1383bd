"""Smoke test of the built bundle.

It starts offscreen, writes a screenshot and a sheet, and the sheet's numbers equal those of
the source install.

    .venv/bin/python packaging/smoke_test.py [dist/embed-or-tune]

Run after packaging/build.sh. Exits non-zero on the first failure.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from pypdf import PdfReader

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "resources" / "examples" / "content-pipeline.json"


def run(command: list[str], environment: dict[str, str]) -> str:
    """Run a command; stop the test with its stderr if it fails."""
    done = subprocess.run(command, capture_output=True, text=True, env=environment, timeout=120)
    if done.returncode != 0:
        sys.exit(f"FAILED: {' '.join(command)}\n{done.stderr}")
    return done.stdout


def pdf_text(path: Path) -> str:
    """The text of every page of a PDF."""
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def main() -> None:
    """Run the checks and print what they found."""
    bundle = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "dist" / "embed-or-tune")
    program = str(bundle / "embed-or-tune")
    folder = Path(tempfile.mkdtemp(prefix="eot-smoke-"))
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "EMBED_OR_TUNE_HOME": str(folder / "home"),
    }
    source = [sys.executable, "-m", "desktop_app"]

    version = run([program, "--version"], environment).strip()
    print(f"version: {version}")
    shot = folder / "shot.png"
    run([program, str(EXAMPLE), "--screenshot", str(shot)], environment)
    print(f"screenshot: {shot} ({shot.stat().st_size:,} bytes)")

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
    print("smoke test passed")


if __name__ == "__main__":
    main()
