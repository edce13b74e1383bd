"""Settings and recovery files: Qt-free parts of "never lose work"."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from desktop_app.core.appdata import recovery
from desktop_app.core.appdata.paths import config_dir, state_dir
from desktop_app.core.appdata.recovery import RecoveryFile, left_behind
from desktop_app.core.appdata.settings import (
    MAX_RECENT_FILES,
    Settings,
    load_settings,
    save_settings,
)
from desktop_app.core.model.scenario import Scenario


def test_folders_follow_the_home_variable(home: Path) -> None:
    assert config_dir() == home / "config" and state_dir() == home / "state"


def test_settings_round_trip(home: Path) -> None:
    settings = Settings(page_size="Letter", display_currency="EUR", theme="dark").with_recent_file(
        "/a.json"
    )
    save_settings(settings)
    assert load_settings() == settings


def test_recent_files_are_unique_most_recent_first_and_capped() -> None:
    settings = Settings()
    for index in range(15):
        settings = settings.with_recent_file(f"/s{index}.json")
    settings = settings.with_recent_file("/s3.json")
    assert settings.recent_files[0] == "/s3.json"
    assert len(settings.recent_files) == MAX_RECENT_FILES
    assert len(set(settings.recent_files)) == MAX_RECENT_FILES


def test_invalid_settings_fall_back_entry_by_entry(home: Path) -> None:
    path = config_dir() / "settings.json"
    path.parent.mkdir(parents=True)
    path.write_text(
        json.dumps(
            {"page_size": "A5", "display_currency": "EUR", "theme": 3, "recent_files": ["/x.json"]}
        )
    )
    settings = load_settings()
    assert settings.page_size == "A4" and settings.theme == "system"  # defaults for the bad ones
    assert settings.display_currency == "EUR" and settings.recent_files == ("/x.json",)


@pytest.mark.parametrize("content", ["{not json", "[1, 2]", "\x00\x01binary"])
def test_damaged_settings_file_gives_defaults_and_is_kept_aside(
    home: Path, content: str, caplog: pytest.LogCaptureFixture
) -> None:
    path = config_dir() / "settings.json"
    path.parent.mkdir(parents=True)
    path.write_text(content)
    assert load_settings() == Settings()
    assert "kept as settings.json.damaged" in caplog.text
    save_settings(Settings(page_size="Letter"))  # the next save no longer writes over it
    assert path.with_name("settings.json.damaged").read_text() == content
    assert load_settings().page_size == "Letter"


def test_recovery_file_is_offered_back_only_once_its_process_is_gone(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scenario = Scenario(name="Unsaved work")
    mine = RecoveryFile()
    mine.write(scenario, "/work/plan.json")
    assert left_behind() == []  # this process is alive: its file is not a crash's leftover

    crashed = mine.folder / "999999-deadbeef.json"
    os.replace(mine.path, crashed)
    monkeypatch.setattr(recovery, "_process_alive", lambda pid: pid != 999999)
    found = left_behind()
    assert len(found) == 1
    assert found[0].scenario == scenario and found[0].original_file == "/work/plan.json"


def test_discard_removes_the_copy(home: Path) -> None:
    copy = RecoveryFile()
    copy.write(Scenario(), None)
    assert copy.path.exists()
    copy.discard()
    assert not copy.path.exists()


def test_a_damaged_recovery_file_is_skipped(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = state_dir() / "recovery"
    folder.mkdir(parents=True)
    (folder / "999999-x.json").write_text("{broken")
    monkeypatch.setattr(recovery, "_process_alive", lambda pid: False)
    assert left_behind() == []


def test_the_original_file_is_kept_as_an_absolute_path(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    copy = RecoveryFile()
    copy.write(Scenario(), "plans/plan.json")
    os.replace(copy.path, copy.folder / "999999-deadbeef.json")
    monkeypatch.setattr(recovery, "_process_alive", lambda pid: pid != 999999)
    monkeypatch.chdir(home.parent)
    [found] = left_behind()
    assert found.original_file == str(tmp_path / "plans" / "plan.json")


def crashed(name: str, content: bytes) -> Path:
    folder = state_dir() / "recovery"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(content)
    return path


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "is not a readable JSON file"),
        (b"{broken", "is not a readable JSON file"),
        (b"\xff\xfe\x00binary", "is not a readable JSON file"),
        (b'{"format": "embed-or-tune/settings"}', "is not an Embed or Tune recovery file"),
        (
            b'{"format": "embed-or-tune/recovery", "original_file": null, "scenario": '
            b'{"format": "embed-or-tune/scenario", "schema_version": 99}}',
            "written by a newer version of Embed or Tune",
        ),
        (
            b'{"format": "embed-or-tune/recovery", "original_file": 5, "scenario": {}}',
            "is not an Embed or Tune recovery file",
        ),
    ],
)
def test_a_damaged_or_newer_autosave_is_set_aside_and_reported_once(
    home: Path, monkeypatch: pytest.MonkeyPatch, content: bytes, reason: str
) -> None:
    path = crashed("999999-bad.json", content)
    monkeypatch.setattr(recovery, "_process_alive", lambda pid: pid != 999999)
    assert left_behind() == []
    [damaged] = recovery.set_aside_damaged()
    assert reason in damaged.reason
    assert damaged.path == path.with_name("999999-bad.json.damaged")
    assert damaged.path.read_bytes() == content  # kept for the user, never deleted
    assert recovery.set_aside_damaged() == [] and left_behind() == []


def test_a_fifo_in_the_recovery_folder_does_not_hang_start_up(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = state_dir() / "recovery"
    folder.mkdir(parents=True)
    os.mkfifo(folder / "999999-pipe.json")
    monkeypatch.setattr(recovery, "_process_alive", lambda pid: pid != 999999)
    assert left_behind() == []
    [damaged] = recovery.set_aside_damaged()
    assert "named pipe" in damaged.reason


def test_a_live_sessions_file_is_neither_offered_nor_set_aside(home: Path) -> None:
    mine = RecoveryFile()
    mine.folder.mkdir(parents=True)
    mine.path.write_text("{half")
    assert recovery.set_aside_damaged() == [] and mine.path.exists()


def test_tidy_up_removes_what_a_killed_writer_left_in_the_apps_folders(home: Path) -> None:
    from desktop_app.core.appdata.safe_files import TEMP_SUFFIX

    stale = []
    for folder in (config_dir(), state_dir(), state_dir() / "recovery"):
        folder.mkdir(parents=True, exist_ok=True)
        stale.append(folder / f".settings.json.999999999-0123abcd{TEMP_SUFFIX}")
        stale[-1].write_text("half")
    assert sorted(recovery.tidy_up()) == sorted(stale)
    assert not any(path.exists() for path in stale)


def test_settings_that_are_a_fifo_or_too_big_give_the_defaults_at_once(home: Path) -> None:
    path = config_dir() / "settings.json"
    path.parent.mkdir(parents=True)
    os.mkfifo(path)
    assert load_settings() == Settings()
    path.unlink()
    path.write_bytes(b'{"theme": "dark"' + b" " * 1_000_001 + b"}")
    assert load_settings() == Settings()


def test_an_old_window_state_entry_is_read_and_no_longer_written(tmp_path: Path) -> None:
    """`window_state` was never used: older files that hold it still load, and lose it on save."""
    from desktop_app.core.appdata.settings import load_settings, save_settings

    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"window_state": "AAAA", "theme": "dark"}), encoding="utf-8")
    settings = load_settings(path)
    assert settings.theme == "dark" and "window_state" not in type(settings).model_fields
    save_settings(settings, path)
    assert "window_state" not in json.loads(path.read_text(encoding="utf-8"))
