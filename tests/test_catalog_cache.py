"""The bundled catalog is read once per version of its file, not on every evaluation."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from desktop_app.core.prices import catalog, user_catalog
from desktop_app.core.prices.user_catalog import load_catalog


def test_the_bundled_catalog_is_read_once_and_again_when_it_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = tmp_path / "bundled.json"
    shutil.copyfile(catalog.bundled_path(), copy)
    monkeypatch.setattr(user_catalog, "bundled_path", lambda: copy)
    reads: list[Path] = []
    real = user_catalog.read_catalog

    def counted(path, document=None):
        reads.append(path)
        return real(path, document)

    monkeypatch.setattr(user_catalog, "read_catalog", counted)
    first = load_catalog()
    assert load_catalog() == first and reads == [copy]
    assert [entry.id for entry in first] == [e.id for e in real(catalog.bundled_path()).entries]
    text = copy.read_text(encoding="utf-8")
    copy.write_text(text.replace('"', '"', 1) + "\n", encoding="utf-8")  # one byte longer
    stat = copy.stat()
    os.utime(copy, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1))
    assert load_catalog() == first and reads == [copy, copy]


def test_a_missing_bundled_catalog_is_still_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(user_catalog, "bundled_path", lambda: tmp_path / "gone.json")
    with pytest.raises(catalog.CatalogError):
        load_catalog()
