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


def _counting_user_reads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    reads: list[int] = []
    real = user_catalog.read_user_catalog

    def counted() -> user_catalog.UserCatalog:
        reads.append(1)
        return real()

    monkeypatch.setattr(user_catalog, "read_user_catalog", counted)
    return reads


def _an_entry(entry_id: str) -> catalog.CatalogEntry:
    bundled = catalog.read_catalog(catalog.bundled_path()).entries[0]
    return bundled.model_copy(update={"id": entry_id, "name": entry_id})


def test_the_user_catalog_is_read_once_per_version_and_each_change_is_seen(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Every evaluation asks (a 2,500-entry user catalog took 80 ms each time); each save,
    from this process or another, and each edit in place is seen at the next ask."""
    user_catalog.save_user_entries([_an_entry("me/one")])
    reads = _counting_user_reads(monkeypatch)
    ids = lambda: [entry.id for entry in load_catalog() if entry.user]  # noqa: E731
    assert ids() == ["me/one"] and ids() == ["me/one"] and len(reads) == 1
    user_catalog.put_user_entry(_an_entry("me/two"))  # a save: a new file renamed over it
    assert ids() == ["me/one", "me/two"]
    path = catalog.user_path()
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("me/two", "me/2wo"), encoding="utf-8")  # in place, same size
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1))  # a clock tick later
    assert ids() == ["me/one", "me/2wo"]
    path.write_text(text[:-40], encoding="utf-8")  # cut short: unusable, its entries left out
    assert ids() == []
    path.unlink()
    assert ids() == []


def test_the_cached_entries_are_not_the_callers_to_change(monkeypatch: pytest.MonkeyPatch) -> None:
    user_catalog.save_user_entries([_an_entry("me/one")])
    first = load_catalog()
    first.clear()
    assert [entry.id for entry in load_catalog() if entry.user] == ["me/one"]
