"""Collect the window's texts into the .ts catalogues and compile them to .qm.

    .venv/bin/python scripts/update_translations.py          # lupdate, then lrelease
    .venv/bin/python scripts/update_translations.py --check  # is every .qm current? (exit 1 if not)

`pyside6-lupdate` reads the Python sources for `translate("Context", "text")` and
`QT_TRANSLATE_NOOP("Context", "text")` and updates resources/translations/embed_or_tune_LANG.ts
(no line numbers, so a moved line changes nothing; texts no longer used are dropped). Translate
new texts with Qt Linguist (`pyside6-linguist FILE.ts`) or in the XML, then run this again:
`pyside6-lrelease` writes the .qm beside it, which is committed (docs/translations.md).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("de",)
FIELD_TEXTS = ROOT / "desktop_app" / "present" / "field_texts.py"


def field_texts_source() -> str:
    """desktop_app/present/field_texts.py: the field catalogue's texts, marked for lupdate.

    The labels, descriptions, sections, units, policy names, checklist questions and effort
    profiles come from the scenario model at run time, where lupdate cannot see them; this list
    shows them to it.
    """
    sys.path.insert(0, str(ROOT))
    from desktop_app.core.model.fields import (
        GROUP_PATHS,
        RETRAIN_POLICY_NAMES,
        SECTIONS,
        numeric_field,
        numeric_fields,
    )
    from desktop_app.core.model.scenario import Checklist, FineTuning, Scenario

    fields = [*numeric_fields(), *map(numeric_field, GROUP_PATHS)]  # a group names its own
    texts = [title for title, _ in SECTIONS]
    texts += [field.label for field in fields]
    texts += [field.unit for field in fields if field.unit]
    texts += [field.description for field in fields]
    texts += list(RETRAIN_POLICY_NAMES.values())
    described = [*Checklist.model_fields.values(), FineTuning.model_fields["retrain_policy"]]
    described += [Scenario.model_fields[name] for name in ("currency", "strategies")]
    texts += [info.description for info in described if info.description]
    from desktop_app.core.model.effort_profiles import CUSTOM_TITLE, PROFILES

    texts += [text for item in PROFILES.values() for text in (item.title, item.description)]
    texts.append(CUSTOM_TITLE)
    texts = sorted(set(texts), key=lambda text: (text.lower(), text))
    lines = [
        '"""The field catalogue\'s texts, for translators (written by a script).',
        "",
        "Never imported: pyside6-lupdate reads it. Run scripts/update_translations.py again",
        "when a field changes.",
        '"""',
        "",
        "# ruff: noqa: E501 - one text a line, as long as it is",
        "",
        "from desktop_app.core.i18n import QT_TRANSLATE_NOOP",
        "",
        "FIELD_TEXTS = (",
        *(f'    QT_TRANSLATE_NOOP("Field", {json.dumps(text)}),' for text in texts),
        ")",
        "",
    ]
    return "\n".join(lines)


def tool(name: str, *arguments: str) -> None:
    """Run one of PySide6's Qt tools (lupdate, lrelease) quietly; stop if it fails."""
    program = f"import sys; from PySide6.scripts.pyside_tool import {name}; sys.exit({name}())"
    done = subprocess.run(
        [sys.executable, "-c", program, *arguments],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    if done.returncode != 0:
        raise SystemExit(f"{name} failed: {done.stdout}{done.stderr}")


def sources() -> list[str]:
    """Every Python file of the package, relative to the repository (stable in the .ts)."""
    return sorted(str(path.relative_to(ROOT)) for path in (ROOT / "desktop_app").rglob("*.py"))


def catalogue(language: str) -> Path:
    """The .ts source of one language."""
    return FOLDER / f"embed_or_tune_{language}.ts"


def compile_to(source: Path, target: Path) -> None:
    """Compile one .ts into a .qm (lrelease)."""
    tool("lrelease", "-silent", str(source), "-qm", str(target))


def stale() -> list[str]:
    """The .qm files that do not match their .ts (compiled again into a scratch folder)."""
    found = []
    if not FIELD_TEXTS.exists() or FIELD_TEXTS.read_text(encoding="utf-8") != field_texts_source():
        found.append(str(FIELD_TEXTS.relative_to(ROOT)))
    with tempfile.TemporaryDirectory() as scratch:
        for language in LANGUAGES:
            source = catalogue(language)
            fresh = Path(scratch) / source.with_suffix(".qm").name
            compile_to(source, fresh)
            committed = source.with_suffix(".qm")
            if not committed.exists() or committed.read_bytes() != fresh.read_bytes():
                found.append(str(committed.relative_to(ROOT)))
    return found


def update() -> None:
    """Extract the texts into every .ts, then compile each one."""
    FOLDER.mkdir(parents=True, exist_ok=True)
    FIELD_TEXTS.write_text(field_texts_source(), encoding="utf-8")
    for language in LANGUAGES:
        source = catalogue(language)
        tool(
            "lupdate", "-silent", "-no-obsolete", "-locations", "none",
            "-source-language", "en", "-target-language", language,
            *sources(), "-ts", str(source.relative_to(ROOT)),
        )  # fmt: skip
        compile_to(source, source.with_suffix(".qm"))


def main() -> int:
    """Update (or, with --check, verify) the translations."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check that each .qm is current")
    if parser.parse_args().check:
        behind = stale()
        for name in behind:
            print(f"{name} is not current: run scripts/update_translations.py")
        return 1 if behind else 0
    update()
    return 0


if __name__ == "__main__":
    sys.exit(main())
