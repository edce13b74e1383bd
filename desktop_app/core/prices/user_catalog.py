"""The user's own price entries: read entry by entry, changed under a lock, written safely.

A damaged entry is kept as found and shown, never dropped; writers take turns through a lock
file, so two windows (or a window and the command line) never lose each other's change.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from desktop_app.core.appdata.safe_files import cannot_write
from desktop_app.core.appdata.scenario_files import atomic_write_text
from desktop_app.core.model.problems import Problem, problem_list
from desktop_app.core.prices.catalog import (
    CATALOG_FORMAT,
    CATALOG_VERSION,
    LOCK_WAIT_SECONDS,
    MAX_CATALOG_BYTES,
    CatalogEntry,
    CatalogError,
    bundled_path,
    check_catalog_header,
    duplicate_keys,
    read_catalog,
    read_json,
    user_path,
)


@dataclass(frozen=True)
class Refusal:
    """Why an entry is refused: its problems, each about one of its fields, after its label.

    `str()` is the one English line ("entries[3].kind: …; entries[3].id: …"); `problems` have
    kinds for the window to word them itself.
    """

    label: str
    problems: tuple[Problem, ...]
    joint: str = "."

    def __str__(self) -> str:
        return "; ".join(
            f"{self.label}{self.joint if problem.path else ': '}{problem}"
            for problem in self.problems
        )


@dataclass(frozen=True)
class DamagedEntry:
    """An entry of the user's file that does not validate: kept as found, shown, deletable."""

    raw: object
    label: str
    reason: str
    refusal: Refusal | None = field(default=None, compare=False)
    """The reason's problems, with their kinds (None: only the English reason)."""


@dataclass
class UserCatalog:
    """The user's own entries, and those in the file that are damaged (kept as they are)."""

    entries: list[CatalogEntry] = field(default_factory=list)
    damaged: list[DamagedEntry] = field(default_factory=list)


def check_entry(
    raw: object, label: str, seen: set[str], joint: str = "."
) -> CatalogEntry | Refusal:
    """The entry, validated like a scenario field; or why it is refused (`str()`: one line).

    `label` names the entry in the line ("entries[3]" and joint "." give "entries[3].kind: …").
    """
    twice = duplicate_keys(raw)
    if twice:
        said = f"the key {twice[0]!r} appears twice"
        return Refusal(label, (Problem("", said, "key_twice", {"key": twice[0]}),), joint)
    try:
        entry = CatalogEntry.model_validate(raw)
    except ValidationError as error:
        return Refusal(label, tuple(problem_list(error)), joint)
    if entry.id in seen:
        said = f"the id {entry.id} appears twice in the file"
        return Refusal(label, (Problem("", said, "id_twice", {"id": entry.id}),), joint)
    seen.add(entry.id)
    return entry


def read_user_catalog() -> UserCatalog:
    """The user's catalog, entry by entry (CatalogError when the file as a whole is unusable)."""
    path = user_path()
    try:
        document = read_json(path)
    except CatalogError as error:
        if error.lines == ["no such file"]:
            return UserCatalog()
        raise
    catalog = UserCatalog()
    seen: set[str] = set()
    for index, raw in enumerate(check_catalog_header(path, document)):
        checked = check_entry(raw, "", seen, joint="")
        if isinstance(checked, Refusal):
            entry_id = raw.get("id") if isinstance(raw, dict) else None
            shown = entry_id if isinstance(entry_id, str) else f"entries[{index}]"
            reason = str(checked).removeprefix(": ")
            catalog.damaged.append(DamagedEntry(raw, shown, reason, checked))
        else:
            catalog.entries.append(checked.model_copy(update={"user": True}))
    return catalog


def user_catalog_problems() -> list[str]:
    """What is wrong with the user's catalog file, one line each ([] when nothing is)."""
    try:
        catalog = read_user_catalog()
    except CatalogError as error:
        return [f"{user_path()}: {line}; its entries are left out" for line in error.lines]
    return [
        f"{user_path()}: entry {item.label}: {item.reason}; it is left out"
        for item in catalog.damaged
    ]


def load_catalog() -> list[CatalogEntry]:
    """The bundled entries, then the user's own that validate.

    Each file is read once per version (`_entries_of`): the advice asks on every evaluation.
    """
    return [
        *_entries_of(bundled_path(), _bundled_entries),
        *_entries_of(user_path(), _user_entries),
    ]


def _bundled_entries(path: Path) -> list[CatalogEntry]:
    return read_catalog(path).entries  # an unusable bundled file is an error to show


def _user_entries(path: Path) -> list[CatalogEntry]:
    with contextlib.suppress(CatalogError):  # unusable: its entries are left out, and said so
        return read_user_catalog().entries  # by `user_catalog_problems`
    return []


FileVersion = tuple[int, int, int, int, int]
_read: dict[Path, tuple[FileVersion, tuple[CatalogEntry, ...]]] = {}


def _entries_of(path: Path, read: Callable[[Path], list[CatalogEntry]]) -> tuple[CatalogEntry, ...]:
    """`read(path)`, read again only when the file has changed.

    The advice reads the catalog on every evaluation, that is on every keystroke: 5 ms for the
    bundled file, 80 ms for a user catalog of 2,500 LiteLLM entries. The entries are frozen, so
    they can be shared. A file's version is its inode, size and times: a save (a new file
    renamed over the old one) makes a new inode, an edit in place a new modification time.
    """
    try:
        stat = path.stat()
    except OSError:
        return tuple(read(path))  # no such file, or its own error
    version = (stat.st_dev, stat.st_ino, stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns)
    known = _read.get(path)
    if known is not None and known[0] == version:
        return known[1]
    entries = tuple(read(path))
    if len(_read) > 8:  # a folder per test, or per EMBED_OR_TUNE_HOME: keep a few
        _read.clear()
    _read[path] = (version, entries)  # read after the stat: a change between is seen next time
    return entries


@contextlib.contextmanager
def user_catalog_lock() -> Iterator[None]:
    """Hold the user catalog's lock file: writers take turns, so none loses another's change."""
    path = user_path().with_name(user_path().name + ".lock")
    try:  # a failure names the catalog's folder, not the file being imported
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise cannot_write(path.parent, error) from None
    try:  # and here the lock file: a folder in its place is not the catalog's fault
        handle = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o666)
    except OSError as error:
        raise cannot_write(path, error) from None
    try:
        _lock(handle, path)
        yield
    finally:
        os.close(handle)  # closing releases the lock


def _lock(handle: int, path: Path) -> None:
    if sys.platform == "win32":  # (a platform test, which mypy reads, not ImportError)
        import msvcrt

        locker = lambda: msvcrt.locking(handle, msvcrt.LK_NBLCK, 1)  # noqa: E731
    else:
        import fcntl

        locker = lambda: fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)  # noqa: E731
    deadline = time.monotonic() + LOCK_WAIT_SECONDS
    while True:
        try:
            locker()
            return
        except OSError:
            if time.monotonic() > deadline:
                raise CatalogError(
                    str(user_path()),
                    [f"is being changed by another Embed or Tune ({path.name}); try again"],
                ) from None
            time.sleep(0.05)


def _write_user_catalog(catalog: UserCatalog) -> None:
    """Write the catalog (under `user_catalog_lock`, which has made its folder)."""
    path = user_path()
    document = {
        "format": CATALOG_FORMAT,
        "schema_version": CATALOG_VERSION,
        "entries": [
            *(
                entry.model_copy(update={"user": True}).model_dump(mode="json")
                for entry in catalog.entries
            ),
            *(item.raw for item in catalog.damaged),  # kept as they were, for the user to repair
        ],
    }
    text = json.dumps(document, indent=2) + "\n"
    size = len(text.encode("utf-8"))
    if size > MAX_CATALOG_BYTES:  # the app could not read it back: keep the old one
        most = MAX_CATALOG_BYTES
        said = (
            f"would be {size:,} bytes; a price file may be at most {most:,} bytes, so it was "
            "left as it was"
        )
        values = {"size": size, "what": "a price file", "most": most}
        raise CatalogError(str(path), [said], [Problem("", said, "would_be_too_large", values)])
    atomic_write_text(path, text, writes=CATALOG_FORMAT)


def change_user_catalog(change: Callable[[UserCatalog], UserCatalog]) -> UserCatalog:
    """Read, change and write the user's catalog under its lock; the catalog written.

    A damaged or newer-version file is never written over (CatalogError names the problem).
    """
    with user_catalog_lock():
        changed = change(read_user_catalog())
        _write_user_catalog(changed)
        return changed


def save_user_entries(entries: list[CatalogEntry]) -> None:
    """Make these the user's own entries (damaged ones in the file are kept)."""
    change_user_catalog(lambda catalog: UserCatalog(list(entries), catalog.damaged))


def put_user_entry(entry: CatalogEntry, replacing: str | None = None) -> None:
    """Add an entry to the user's own, or put it in the place of the entry `replacing`."""

    def change(catalog: UserCatalog) -> UserCatalog:
        entries = list(catalog.entries)
        index = next((i for i, each in enumerate(entries) if each.id == replacing), None)
        if index is None:
            entries.append(entry)
        else:
            entries[index] = entry
        return UserCatalog(entries, catalog.damaged)

    change_user_catalog(change)


def delete_user_entry(entry_id: str) -> None:
    """Delete the user's entry with this id."""
    change_user_catalog(
        lambda catalog: UserCatalog(
            [entry for entry in catalog.entries if entry.id != entry_id], catalog.damaged
        )
    )


def delete_damaged_entry(raw: object) -> None:
    """Delete a damaged entry of the user's file (found by its content, NaN and all)."""
    gone = _as_text(raw)
    change_user_catalog(
        lambda catalog: UserCatalog(
            catalog.entries, [item for item in catalog.damaged if _as_text(item.raw) != gone]
        )
    )


def _as_text(raw: object) -> str:
    return json.dumps(raw, sort_keys=True)
