"""The one read path and the one write path: hostile files, failures, permissions, crashes."""

from __future__ import annotations

import errno
import json
import os
import signal
import stat
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.appdata import safe_files
from desktop_app.core.appdata.safe_files import (
    TEMP_SUFFIX,
    FileError,
    read_file,
    remove_stale_temporaries,
    write_file,
)
from desktop_app.core.model.scenario import SCENARIO_FORMAT, SCHEMA_VERSION

SCENARIO = b'{"format": "embed-or-tune/scenario", "schema_version": 1}\n'
CATALOG = b'{"format": "embed-or-tune/catalog", "schema_version": 1, "entries": []}\n'


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(TEMP_SUFFIX))


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


# reading --------------------------------------------------------------------------------


def test_a_fifo_is_refused_at_once_without_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    with pytest.raises(FileError) as caught:
        read_file(fifo, 1000)
    assert (
        str(caught.value)
        == f"{fifo}: is a named pipe (FIFO), not a regular file; only files are read"
    )


def test_devices_and_folders_are_refused_before_reading(tmp_path: Path) -> None:
    with pytest.raises(FileError, match="is a device, not a regular file"):
        read_file("/dev/zero", 1000)
    with pytest.raises(FileError, match="is a folder, not a regular file"):
        read_file(tmp_path, 1000)


def test_never_more_than_the_limit_is_read(tmp_path: Path) -> None:
    path = tmp_path / "big"
    path.write_bytes(b"x" * 101)
    with pytest.raises(FileError, match="is 101 bytes; a file may be at most 100 bytes"):
        read_file(path, 100)
    assert read_file(path, 101) == b"x" * 101


def test_a_missing_file_names_the_reason(tmp_path: Path) -> None:
    with pytest.raises(FileError) as caught:
        read_file(tmp_path / "gone", 10)
    assert str(caught.value) == f"{tmp_path / 'gone'}: cannot be read: No such file or directory"


def test_a_read_that_fails_midway_is_one_line(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "a"
    path.write_bytes(b"abc")

    def broken(handle: int, size: int) -> bytes:
        raise OSError(errno.EIO, os.strerror(errno.EIO))

    monkeypatch.setattr(safe_files.os, "read", broken)
    with pytest.raises(FileError, match=r"a: cannot be read: Input/output error$"):
        read_file(path, 10)


# writing ----------------------------------------------------------------------------------


@given(st.binary(max_size=5000))
def test_what_is_written_is_what_is_read_back(data: bytes) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "out.bin"
        write_file(target, data)
        write_file(target, data[::-1])
        assert target.read_bytes() == data[::-1]
        assert os.listdir(folder) == ["out.bin"]


def test_new_files_get_the_usual_permissions(tmp_path: Path, umask_022) -> None:
    target = tmp_path / "new.csv"
    write_file(target, b"a,b\n")
    assert target.stat().st_mode & 0o777 == 0o644


def test_an_existing_file_keeps_its_mode(tmp_path: Path, umask_022) -> None:
    target = tmp_path / "old.csv"
    target.write_bytes(b"old")
    target.chmod(0o600)
    write_file(target, b"new")
    assert target.stat().st_mode & 0o777 == 0o600 and target.read_bytes() == b"new"


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX mode bits")
@pytest.mark.parametrize("mode", [0o600, 0o640, 0o400])
def test_a_private_file_is_never_readable_by_others_while_it_is_saved(
    tmp_path: Path, umask_022, monkeypatch, mode: int
) -> None:
    """The copy being written has the old file's mode before the first byte of data."""
    target = tmp_path / "private.csv"
    target.write_bytes(b"old")
    target.chmod(mode)
    modes_while_writing: list[int] = []
    write = os.write

    def watched(handle: int, data) -> int:
        modes_while_writing.append(stat.S_IMODE(os.fstat(handle).st_mode))
        return write(handle, data)

    monkeypatch.setattr(safe_files.os, "write", watched)
    write_file(target, b"secret")
    assert modes_while_writing and set(modes_while_writing) == {mode}
    assert stat.S_IMODE(target.stat().st_mode) == mode and target.read_bytes() == b"secret"


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX mode bits")
def test_a_replaced_file_keeps_its_permissions_but_not_set_uid_or_sticky(tmp_path: Path) -> None:
    target = tmp_path / "old.pdf"
    target.write_bytes(b"old")
    target.chmod(0o4755 | 0o2000 | 0o1000)  # set-uid, set-gid, sticky
    write_file(target, b"new")
    assert stat.S_IMODE(target.stat().st_mode) == 0o755  # a PDF never runs as its owner


def test_a_symlink_is_written_through_and_kept(tmp_path: Path) -> None:
    real = tmp_path / "real" / "data.csv"
    real.parent.mkdir()
    real.write_bytes(b"old")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    write_file(link, b"new")
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_bytes() == b"new"
    assert leftovers(tmp_path) == [] and leftovers(real.parent) == []


def test_the_file_being_read_is_never_written_over(tmp_path: Path) -> None:
    source = tmp_path / "in.json"
    source.write_bytes(SCENARIO)
    hard = tmp_path / "hard.json"
    os.link(source, hard)
    soft = tmp_path / "soft.json"
    soft.symlink_to(source)
    for target in (source, hard, soft, tmp_path / "." / "in.json"):
        with pytest.raises(FileError, match="is a file being read; it was left as it is"):
            write_file(target, SCENARIO, reading=[source], writes=SCENARIO_FORMAT)
    assert source.read_bytes() == SCENARIO


@pytest.mark.parametrize(
    ("writes", "existing"),
    [
        (None, SCENARIO),
        ("embed-or-tune/catalog", SCENARIO),
        (None, CATALOG),
        (SCENARIO_FORMAT, CATALOG),
    ],
)
def test_a_scenario_or_catalog_is_only_replaced_by_its_own_kind(
    tmp_path: Path, writes: str | None, existing: bytes
) -> None:
    target = tmp_path / "mine.json"
    target.write_bytes(existing)
    with pytest.raises(FileError, match="it was left as it is"):
        write_file(target, b"month,queries\n", writes=writes)
    assert target.read_bytes() == existing


@pytest.mark.parametrize("writes", [None, SCENARIO_FORMAT, "embed-or-tune/catalog"])
@pytest.mark.parametrize("format_", [SCENARIO_FORMAT, "embed-or-tune/catalog"])
def test_no_writer_replaces_a_file_from_a_newer_version(
    tmp_path: Path, writes: str | None, format_: str
) -> None:
    target = tmp_path / "future.json"
    future = json.dumps({"format": format_, "schema_version": 99, "x": 1}).encode()
    target.write_bytes(b"\xef\xbb\xbf" + future)
    with pytest.raises(FileError, match="of version 99, written by a newer Embed or Tune"):
        write_file(target, SCENARIO, writes=writes)
    assert target.read_bytes() == b"\xef\xbb\xbf" + future


def late_marked(format_: str, version: int, size: int) -> bytes:
    """A JSON file of ours whose format and version come after `size` bytes of entries."""
    entries = [{"id": f"x/{n}", "note": "y" * 90} for n in range(size // 100 + 1)]
    document = {"entries": entries, "format": format_, "schema_version": version}
    return json.dumps(document).encode()


@pytest.mark.parametrize("version", [1, 99])
def test_a_file_of_ours_is_known_by_markers_after_its_first_megabyte(
    tmp_path: Path, version: int
) -> None:
    # a 1.9 MB catalog with its entries first (a script wrote it) was taken for someone
    # else's file: a CSV replaced it, and an export replaced one of a newer version
    target = tmp_path / "catalog.json"
    catalog = late_marked("embed-or-tune/catalog", version, 2 * safe_files.FORMAT_PEEK_BYTES)
    target.write_bytes(catalog)
    with pytest.raises(FileError, match="it was left as it is"):
        write_file(target, b"month,queries\n")
    if version == 99:
        with pytest.raises(FileError, match="of version 99, written by a newer Embed or Tune"):
            write_file(target, CATALOG, writes="embed-or-tune/catalog")
    else:
        write_file(target, CATALOG, writes="embed-or-tune/catalog")  # an export over an export
    assert target.read_bytes() == (catalog if version == 99 else CATALOG)


def test_a_file_larger_than_any_of_ours_is_still_known_by_its_head(
    tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setattr(safe_files, "OWN_FILE_MOST_BYTES", 2 * safe_files.FORMAT_PEEK_BYTES)
    target = tmp_path / "huge.json"
    head = b'{"format": "embed-or-tune/scenario", "schema_version": 99, "notes": "'
    target.write_bytes(head + b"z" * 3 * safe_files.FORMAT_PEEK_BYTES + b'"}')
    with pytest.raises(FileError, match="of version 99"):
        write_file(target, SCENARIO, writes=SCENARIO_FORMAT)
    plain = tmp_path / "plain.txt"  # a large file that is no JSON is read no further
    plain.write_bytes(b"x" * 3 * safe_files.FORMAT_PEEK_BYTES)
    write_file(plain, b"new")
    assert plain.read_bytes() == b"new"


def test_a_same_version_file_of_the_same_kind_is_replaced(tmp_path: Path) -> None:
    target = tmp_path / "s.json"
    target.write_bytes(SCENARIO.replace(b"1}", f"{SCHEMA_VERSION}}}".encode()))
    write_file(target, b"{}", writes=SCENARIO_FORMAT)
    assert target.read_bytes() == b"{}"


@pytest.mark.parametrize("links", [True, False])
def test_a_new_only_write_never_replaces_a_file_made_meanwhile(
    tmp_path: Path, monkeypatch, links: bool
) -> None:
    # `example -o` checked that the name was free, then renamed over it: a file another
    # process made in between was replaced (1-4 of 10 racing pairs)
    target = tmp_path / "new.json"
    checked = safe_files.read_file

    def someone_else_writes_first(path, limit, what="a file"):
        if str(path).endswith(TEMP_SUFFIX) and not target.exists():
            target.write_bytes(b"theirs")  # while ours is being verified
        return checked(path, limit, what)

    if not links:  # a file system without hard links (FAT, some network shares)
        monkeypatch.setattr(os, "link", lambda *_: (_ for _ in ()).throw(PermissionError(1, "")))
    monkeypatch.setattr(safe_files, "read_file", someone_else_writes_first)
    with pytest.raises(FileError, match="already exists; it was left as it is"):
        write_file(target, b"ours", new_only=True)
    assert target.read_bytes() == b"theirs" and leftovers(tmp_path) == []
    fresh = tmp_path / "fresh.json"
    monkeypatch.setattr(safe_files, "read_file", checked)
    write_file(fresh, b"ours", new_only=True)
    assert fresh.read_bytes() == b"ours" and leftovers(tmp_path) == []
    with pytest.raises(FileError, match="already exists"):
        write_file(fresh, b"again", new_only=True)


def test_devices_are_never_replaced(tmp_path: Path) -> None:
    with pytest.raises(FileError, match="is a device; only files are written"):
        write_file("/dev/null", b"x")
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    with pytest.raises(FileError, match="is a named pipe"):
        write_file(fifo, b"x")


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc/self/fd")
def test_standard_output_into_a_pipe_is_refused_as_a_pipe(tmp_path: Path) -> None:
    """`catalog export /dev/stdout | cat`: /dev/stdout is then a link to "pipe:[123]", which
    names no file; the write said "No such file or directory" about a file that opens."""
    read_end, write_end = os.pipe()
    try:
        with pytest.raises(FileError) as caught:
            write_file(f"/proc/self/fd/{write_end}", b"x")
    finally:
        os.close(read_end)
        os.close(write_end)
    assert caught.value.kind == "not_regular_target"
    assert str(caught.value).endswith(": is a named pipe (FIFO); only files are written")


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc/self/fd")
def test_standard_output_into_a_file_is_written(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    with target.open("wb") as handle:
        write_file(f"/proc/self/fd/{handle.fileno()}", b"written")
    assert target.read_bytes() == b"written"


@pytest.mark.parametrize(
    ("function", "code"),
    [("write", errno.ENOSPC), ("fsync", errno.EIO), ("replace", errno.EROFS)],
)
def test_a_failing_write_keeps_the_old_file_and_leaves_nothing(
    tmp_path: Path, monkeypatch, function: str, code: int
) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"%PDF-1.4 the good one %%EOF")

    def fail(*args: object, **kwargs: object) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(safe_files.os, function, fail)
    with pytest.raises(FileError) as caught:
        write_file(target, b"%PDF-1.4 a new one %%EOF", kind="pdf")
    assert str(caught.value) == f"{target}: cannot be written: {os.strerror(code)}"
    monkeypatch.undo()
    assert target.read_bytes() == b"%PDF-1.4 the good one %%EOF"
    assert leftovers(tmp_path) == []


def test_a_write_the_disk_takes_only_in_part_is_finished(tmp_path: Path, monkeypatch) -> None:
    real_write = os.write
    monkeypatch.setattr(safe_files.os, "write", lambda fd, data: real_write(fd, bytes(data[:7])))
    write_file(tmp_path / "a", b"x" * 100)
    assert (tmp_path / "a").read_bytes() == b"x" * 100


def test_a_folder_that_refuses_new_files_is_one_line(tmp_path: Path, monkeypatch) -> None:
    real_open = os.open

    def refuse(path, flags, *rest):
        if flags & os.O_CREAT:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))
        return real_open(path, flags, *rest)

    monkeypatch.setattr(safe_files.os, "open", refuse)
    with pytest.raises(FileError, match=r"out\.csv: cannot be written: Permission denied$"):
        write_file(tmp_path / "out.csv", b"x")


@pytest.mark.parametrize(
    ("kind", "data"),
    [("pdf", b""), ("pdf", b"%PDF-1.4\n1 0 obj"), ("png", b"\x89PNG\r\n\x1a\n"), ("svg", b"<?xml")],
)
def test_an_incomplete_document_is_never_written(tmp_path: Path, kind: str, data: bytes) -> None:
    target = tmp_path / f"old.{kind}"
    target.write_bytes(b"the old one")
    with pytest.raises(FileError, match=f"the {kind.upper()} came out incomplete"):
        write_file(target, data, kind=kind)
    assert target.read_bytes() == b"the old one"


def test_a_missing_folder_is_one_line(tmp_path: Path) -> None:
    with pytest.raises(FileError, match="cannot be written: No such file or directory"):
        write_file(tmp_path / "no" / "such.csv", b"x")


# crashes ------------------------------------------------------------------------------------


WRITER = textwrap.dedent(
    """
    import sys
    from desktop_app.core.appdata.safe_files import write_file
    target, ready = sys.argv[1], sys.argv[2]
    open(ready, "w").close()
    n = 0
    while True:
        n += 1
        write_file(target, (str(n % 10) * 2_000_000).encode())
    """
)


def test_kill_9_in_the_middle_of_saves_leaves_one_whole_file(tmp_path: Path) -> None:
    target = tmp_path / "big.json"
    target.write_bytes(b"0" * 2_000_000)
    ready = tmp_path / "ready"
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(target), str(ready)])
    try:
        while not ready.exists():
            assert writer.poll() is None
        time.sleep(0.5)  # let it get well into a few saves
    finally:
        writer.send_signal(signal.SIGKILL)
        writer.wait()
    data = target.read_bytes()
    assert len(data) == 2_000_000 and len(set(data)) == 1
    removed = remove_stale_temporaries(tmp_path)  # what the killed writer left, if anything
    assert leftovers(tmp_path) == []
    assert all(path.name.endswith(TEMP_SUFFIX) for path in removed)


def test_stale_temporaries_of_live_processes_are_kept(tmp_path: Path) -> None:
    ours = tmp_path / f".a.json.{os.getpid()}-0123abcd{TEMP_SUFFIX}"
    gone = tmp_path / f".a.json.999999999-0123abcd{TEMP_SUFFIX}"
    someone_elses = tmp_path / ".a.json.999999999-0123abcd.tmp"
    for path in (ours, gone, someone_elses):
        path.write_bytes(b"x")
    assert remove_stale_temporaries(tmp_path) == [gone]
    assert ours.exists() and someone_elses.exists() and not gone.exists()
    assert remove_stale_temporaries(tmp_path / "missing") == []


def test_the_next_write_of_a_file_sweeps_what_a_killed_write_of_it_left(tmp_path: Path) -> None:
    # a report killed between its write and its rename left .good.pdf.PID-RAND.eot-partial
    # next to good.pdf for good: only the app's own folders were swept, at start
    target = tmp_path / "good.pdf"
    dead = tmp_path / f".good.pdf.999999999-0123abcd{TEMP_SUFFIX}"
    live = tmp_path / f".good.pdf.{os.getpid()}-0123abcd{TEMP_SUFFIX}"  # a write under way
    other = tmp_path / f".other.pdf.999999999-0123abcd{TEMP_SUFFIX}"  # another file's
    for path in (dead, live, other):
        path.write_bytes(b"%PDF half")
    write_file(target, b"%PDF whole")
    assert target.read_bytes() == b"%PDF whole"
    assert not dead.exists() and live.exists() and other.exists()


EXISTING = {
    "none": None,
    "bytes": b"month,queries\n1,2\n",
    "scenario": SCENARIO,
    "newer scenario": b'{"format": "embed-or-tune/scenario", "schema_version": 99}',
    "catalog": CATALOG,
    "newer catalog": b'{"format": "embed-or-tune/catalog", "schema_version": 99}',
}
OURS = {"scenario": SCENARIO_FORMAT, "catalog": "embed-or-tune/catalog"}


@given(
    existing=st.sampled_from(sorted(EXISTING)),
    writes=st.sampled_from([None, SCENARIO_FORMAT, "embed-or-tune/catalog"]),
    through_link=st.booleans(),
    being_read=st.booleans(),
    failure=st.sampled_from([None, "write", "fsync", "replace"]),
    data=st.binary(max_size=300),
)
def test_every_writer_replaces_only_what_it_may_and_only_whole(
    existing: str, writes: str | None, through_link: bool, being_read: bool, failure, data: bytes
) -> None:
    import tempfile
    from unittest import mock

    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        real = folder / "target.json"
        old = EXISTING[existing]
        if old is not None:
            real.write_bytes(old)
        target = real
        if through_link:
            target = folder / "link.json"
            target.symlink_to(real)
        reading = [real] if being_read else []
        allowed = old is None or (
            not being_read and "newer" not in existing and OURS.get(existing, writes) == writes
        )
        if failure == "write" and not data:
            failure = None  # nothing to write: os.write is never called
        patches = []
        if failure is not None:
            error = OSError(errno.EIO, os.strerror(errno.EIO))
            patches.append(mock.patch.object(safe_files.os, failure, side_effect=error))
        try:
            for patch in patches:
                patch.start()
            if allowed and failure is None:
                write_file(target, data, reading=reading, writes=writes)
            else:
                with pytest.raises(FileError):
                    write_file(target, data, reading=reading, writes=writes)
        finally:
            for patch in patches:
                patch.stop()
        expected = data if allowed and failure is None else old
        if expected is None:
            assert not real.exists()
        else:
            assert real.read_bytes() == expected
        assert target.is_symlink() == through_link
        assert leftovers(folder) == []
