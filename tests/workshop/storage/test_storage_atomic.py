"""Atomic saves: a failed save leaves the old file byte for byte and no temp file; a backup is kept."""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import IO

import pytest

from workshop import storage
from workshop.storage import atomic
from workshop.trajectory import Trajectory


def _listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_locked_file_gives_a_dutch_save_error(saved: Path, rich: Trajectory, monkeypatch: pytest.MonkeyPatch) -> None:
    before, listing = saved.read_bytes(), _listing(saved.parent)

    def locked(src: object, dst: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")
    monkeypatch.setattr(atomic.os, "replace", locked)
    rich.name = "gewijzigd"
    with pytest.raises(storage.SaveError) as caught:
        storage.save(rich, saved)
    assert str(caught.value) == ("Kan 'werkmap.xlsx' niet opslaan: het bestand is in gebruik of alleen-lezen "
                                 "(misschien open in Excel).")
    assert saved.read_bytes() == before and _listing(saved.parent) == listing


def test_full_disk_mid_write_gives_a_dutch_save_error(saved: Path, rich: Trajectory, monkeypatch: pytest.MonkeyPatch) -> None:
    before, listing = saved.read_bytes(), _listing(saved.parent)

    def full(descriptor: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(atomic.os, "fsync", full)
    with pytest.raises(storage.SaveError, match="de schijf is vol"):
        storage.save(rich, saved)
    assert saved.read_bytes() == before and _listing(saved.parent) == listing


def test_failure_halfway_through_writing_leaves_no_temp_file(saved: Path) -> None:
    before, listing = saved.read_bytes(), _listing(saved.parent)

    def half(handle: IO[bytes]) -> None:
        handle.write(b"PK\x03\x04 half geschreven")
        raise OSError(errno.ENOSPC, "No space left on device")
    with pytest.raises(storage.SaveError) as caught:
        atomic.atomic_write(saved, half)
    assert "werkmap.xlsx" in str(caught.value) and "vol" in str(caught.value)
    assert saved.read_bytes() == before and _listing(saved.parent) == listing


def test_unexpected_error_still_cleans_up(saved: Path) -> None:
    listing = _listing(saved.parent)

    def broken(handle: IO[bytes]) -> None:
        handle.write(b"x")
        raise RuntimeError("kapot")
    with pytest.raises(RuntimeError):
        atomic.atomic_write(saved, broken)
    assert _listing(saved.parent) == listing


def test_read_only_folder(tmp_path: Path, rich: Trajectory, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> int:
        raise PermissionError(errno.EACCES, "Permission denied")
    monkeypatch.setattr(atomic.os, "open", refuse)
    with pytest.raises(storage.SaveError, match="'nieuw.xlsx' niet opslaan: de map is alleen-lezen"):
        storage.save(rich, tmp_path / "nieuw.xlsx")
    assert _listing(tmp_path) == []


def test_missing_folder(tmp_path: Path, rich: Trajectory) -> None:
    with pytest.raises(storage.SaveError, match="de map bestaat niet"):
        storage.save(rich, tmp_path / "weg" / "nieuw.xlsx")


def test_second_save_keeps_the_previous_version_as_backup(tmp_path: Path, rich: Trajectory) -> None:
    path = tmp_path / "werkmap.xlsx"
    storage.save(rich, path)
    first = path.read_bytes()
    assert not storage.backup_path(path).exists()
    rich.name = "Tweede versie"
    storage.save(rich, path)
    backup = storage.backup_path(path)
    assert backup.name == "werkmap.xlsx.bak" and backup.read_bytes() == first
    assert storage.load(backup).trajectory.name == "Traject Zwolle 2025"
    assert storage.load(path).trajectory.name == "Tweede versie"
    assert _listing(tmp_path) == ["werkmap.xlsx", "werkmap.xlsx.bak"]


def test_backup_falls_back_to_a_copy_without_hard_links(saved: Path, rich: Trajectory, monkeypatch: pytest.MonkeyPatch) -> None:
    first = saved.read_bytes()

    def no_links(src: object, dst: object) -> None:
        raise OSError(errno.EPERM, "Operation not permitted")
    monkeypatch.setattr(atomic.os, "link", no_links)
    storage.save(rich, saved)
    assert storage.backup_path(saved).read_bytes() == first


def test_new_file_respects_the_umask(tmp_path: Path, rich: Trajectory) -> None:
    old = os.umask(0o022)
    try:
        storage.save(rich, tmp_path / "rechten.xlsx")
    finally:
        os.umask(old)
    assert (tmp_path / "rechten.xlsx").stat().st_mode & 0o777 == 0o644


def test_existing_file_keeps_its_mode(saved: Path, rich: Trajectory) -> None:
    saved.chmod(0o640)
    storage.save(rich, saved)
    assert saved.stat().st_mode & 0o777 == 0o640


def test_write_text_replaces_at_once_and_leaves_nothing_behind_when_it_fails(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from workshop.storage.atomic import write_text

    target = tmp_path / "programma.toml"
    target.write_text("oud", encoding="utf-8")
    write_text(target, "nieuw – met een streepje\n")
    assert target.read_text(encoding="utf-8") == "nieuw – met een streepje\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["programma.toml"]  # no backup, no temporary file

    def full(_fd: int) -> None:
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(atomic.os, "fsync", full)
    with pytest.raises(OSError):
        write_text(target, "half")
    assert target.read_text(encoding="utf-8") == "nieuw – met een streepje\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["programma.toml"]
