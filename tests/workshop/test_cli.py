"""The `werkplaats` command line, called as main([...]) and once as `python -m workshop`."""

from __future__ import annotations

import subprocess
import sys
import types
from pathlib import Path

import pytest

from workshop.cli import main
from workshop.content import CONTENT

ROOT = Path(__file__).resolve().parents[2]


def _storage_ready() -> bool:
    try:
        from workshop.storage import load, save  # noqa: F401
    except ImportError:
        return False
    return True


needs_storage = pytest.mark.skipif(not _storage_ready(), reason="workshop.storage (save/load) bestaat nog niet")
needs_content = pytest.mark.skipif(
    not (CONTENT / "sociale-basis.toml").exists(), reason="resources/content/sociale-basis.toml ontbreekt nog"
)


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _loaded(path: Path) -> object:
    from workshop.storage import load

    return load(path).trajectory


def test_python_m_workshop_help_equals_main_help(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "--help")
    result = subprocess.run([sys.executable, "-m", "workshop", "--help"], capture_output=True, cwd=ROOT)
    assert code == 0 and result.returncode == 0
    assert result.stdout.decode("utf-8").replace("\r\n", "\n") == out
    assert out.startswith("gebruik: werkplaats")
    for command in ("nieuw", "controleer", "samenvatting", "bijwerken", "demo", "open"):
        assert command in out


def test_usage_errors_are_dutch_and_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, "nieuw")
    assert code == 2
    assert "fout: deze argumenten ontbreken: PAD.xlsx" in err
    code, _, err = _run(capsys, "nieuw", "x.xlsx", "--model", "onbekend")
    assert code == 2 and "ongeldige keuze" in err


def test_controleer_a_missing_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, err = _run(capsys, "controleer", str(tmp_path / "weg.xlsx"))
    assert code == 1 and out == ""
    assert "weg.xlsx" in err and "bestaat niet" in err


def test_nieuw_refuses_a_name_without_xlsx(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = _run(capsys, "nieuw", str(tmp_path / "werkmap.txt"))
    assert code == 1 and "moet eindigen op .xlsx" in err
    assert not (tmp_path / "werkmap.txt").exists()


def test_open_starts_the_gui_lazily(capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str | None] = []
    fake = types.ModuleType("ui.app")
    fake.run = lambda path=None: calls.append(path) or 0  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "ui.app", fake)
    book = tmp_path / "a.xlsx"
    book.write_bytes(b"")
    assert _run(capsys, "open", str(book))[0] == 0
    assert _run(capsys)[0] == 0
    assert _run(capsys, str(book))[0] == 0  # 'werkplaats traject.xlsx' opens it too
    assert calls == [str(book), None, str(book)]


def test_open_a_missing_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = _run(capsys, "open", str(tmp_path / "weg.xlsx"))
    assert code == 1 and "bestaat niet" in err


def test_open_without_gui_module_gives_a_message(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "ui.app", None)
    code, _, err = _run(capsys)
    assert code == 1 and "programmavenster" in err and "Traceback" not in err


@needs_storage
@needs_content
def test_nieuw_creates_a_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    book = tmp_path / "nieuw.xlsx"
    code, out, err = _run(capsys, "nieuw", str(book), "--naam", "Wijk Zuid")
    assert code == 0, err
    assert "nieuw.xlsx" in out
    trajectory = _loaded(book)
    assert trajectory.name == "Wijk Zuid" and len(trajectory.theory.blocks) == 10  # type: ignore[attr-defined]


@needs_storage
@needs_content
def test_nieuw_with_the_empty_model(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    book = tmp_path / "leeg.xlsx"
    assert _run(capsys, "nieuw", str(book), "--model", "leeg")[0] == 0
    assert _loaded(book).theory.blocks == []  # type: ignore[attr-defined]


@needs_storage
@needs_content
def test_nieuw_and_demo_refuse_to_overwrite(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    book = tmp_path / "bestaat.xlsx"
    book.write_bytes(b"niet aankomen")
    for command in ("nieuw", "demo"):
        code, out, err = _run(capsys, command, str(book))
        assert code == 1 and out == ""
        assert "bestaat.xlsx" in err and "bestaat al" in err and "--overschrijven" in err
    assert book.read_bytes() == b"niet aankomen"
    assert _run(capsys, "nieuw", str(book), "--overschrijven")[0] == 0
    assert _loaded(book).name  # type: ignore[attr-defined]


@needs_storage
def test_controleer_a_corrupt_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    book = tmp_path / "kapot.xlsx"
    book.write_bytes(b"dit is geen Excel-bestand")
    code, out, err = _run(capsys, "controleer", str(book))
    assert code == 1 and out == ""
    assert "kapot.xlsx" in err
    assert "Traceback" not in err and "Error" not in err


@needs_storage
@needs_content
def test_demo_controleer_and_samenvatting(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    from workshop.demo import DEMO_NAME, build_demo

    book = tmp_path / "demo.xlsx"
    code, out, err = _run(capsys, "demo", str(book))
    assert code == 0, err
    assert _loaded(book) == build_demo()
    code, out, err = _run(capsys, "controleer", str(book))
    assert code == 0, err
    assert out.startswith(f"Werkmap: {book}\nTraject: {DEMO_NAME}\n\nConsistentiecheck: ")
    assert "Relaties zonder aanname" in out and "Fouten in de gegevens" not in out
    code, out, err = _run(capsys, "samenvatting", str(book))
    assert code == 0, err
    assert out.startswith(f"Traject: {DEMO_NAME}\n") and "STEMRONDES" in out and "[verdeeld]" in out


@needs_storage
@needs_content
def test_bijwerken_twice_gives_the_same_data(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    source, first, second = tmp_path / "in.xlsx", tmp_path / "uit1.xlsx", tmp_path / "uit2.xlsx"
    assert _run(capsys, "demo", str(source))[0] == 0
    code, out, err = _run(capsys, "bijwerken", str(source), "-o", str(first))
    assert code == 0, err
    assert "uit1.xlsx" in out
    assert _run(capsys, "bijwerken", str(first), "-o", str(second))[0] == 0
    assert _loaded(first) == _loaded(second) == _loaded(source)
    code, _, err = _run(capsys, "bijwerken", str(source), "-o", str(first))
    assert code == 1 and "bestaat al" in err
    assert _run(capsys, "bijwerken", str(source), "-o", str(first), "--overschrijven")[0] == 0
    assert _loaded(first) == _loaded(second)


@needs_storage
def test_bijwerken_a_missing_input(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = _run(capsys, "bijwerken", str(tmp_path / "weg.xlsx"), "-o", str(tmp_path / "uit.xlsx"))
    assert code == 1 and "weg.xlsx" in err
    assert not (tmp_path / "uit.xlsx").exists()


@needs_storage
@needs_content
def test_bijwerken_keeps_the_users_own_sheets(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    import openpyxl

    source, target = tmp_path / "in.xlsx", tmp_path / "uit.xlsx"
    assert _run(capsys, "demo", str(source))[0] == 0
    workbook = openpyxl.load_workbook(source)
    workbook.create_sheet("Mijn notities")["A1"] = "Bel de wethouder"
    workbook.save(source)
    code, _, err = _run(capsys, "bijwerken", str(source), "-o", str(target))
    assert code == 0
    assert "opmerking: " in err and "Mijn notities" in err  # a harmless note: the sheet is kept
    assert openpyxl.load_workbook(target)["Mijn notities"]["A1"].value == "Bel de wethouder"
