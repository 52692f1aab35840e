"""The `werkplaats` command line: make, check, summarise, upgrade, tell and open workbooks, or start the GUI."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

if TYPE_CHECKING:
    from workshop.storage import Extras, LoadResult
    from workshop.trajectory import Trajectory

PROG = "werkplaats"
HELP_WIDTH = 88
"""Fixed help width, so `werkplaats --help` reads the same in every terminal."""

ARGPARSE_WORDS = (
    ("the following arguments are required", "deze argumenten ontbreken"),
    ("unrecognized arguments", "onbekende argumenten"),
    ("invalid choice", "ongeldige keuze"),
    ("choose from", "kies uit"),
    ("expected one argument", "verwacht één waarde"),
    ("ambiguous option", "dubbelzinnige optie"),
    ("could match", "kan passen bij"),
)


class CliError(Exception):
    """A failure to report to the user: the Dutch message goes to stderr and the exit code is 1."""


class DutchHelpFormatter(argparse.HelpFormatter):
    """Help text in Dutch, at a fixed width."""

    def __init__(self, prog: str) -> None:
        super().__init__(prog, width=HELP_WIDTH, max_help_position=32)

    def add_usage(self, usage: str | None, actions: object, groups: object, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, "gebruik: " if prefix is None else prefix)  # type: ignore[arg-type]


class DutchParser(argparse.ArgumentParser):
    """An ArgumentParser with Dutch headings, help option and error messages."""

    def __init__(self, **kwargs: object) -> None:
        super().__init__(formatter_class=DutchHelpFormatter, add_help=False, **kwargs)  # type: ignore[arg-type]
        self._positionals.title = "argumenten"
        self._optionals.title = "opties"
        self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS, help="toon deze hulp en stop")

    def error(self, message: str) -> NoReturn:
        for english, dutch in ARGPARSE_WORDS:
            message = message.replace(english, dutch)
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: fout: {message}\n")


def _utf8_streams() -> None:
    """Make sure Dutch text (ë, é, →) can be printed, also on consoles with an old code page."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        if encoding != "utf8" and hasattr(stream, "reconfigure"):
            try:
                stream.reconfigure(encoding="utf-8", errors="replace")
            except (OSError, ValueError):
                pass


def _workbook_path(value: str) -> Path:
    """A path that must name an .xlsx workbook to write."""
    path = Path(value)
    if path.suffix.lower() != ".xlsx":
        raise CliError(f"'{path}' is geen Excel-werkmap: de naam moet eindigen op .xlsx.")
    return path


def _check_target(path: Path, overwrite: bool) -> None:
    if path.exists() and not overwrite:
        raise CliError(f"Het bestand '{path}' bestaat al. Gebruik --overschrijven om het te vervangen.")
    if path.exists() and path.is_dir():
        raise CliError(f"'{path}' is een map, geen bestand.")


def _name_file(path: Path, message: str) -> str:
    """The message, prefixed with the file name unless it already names the file."""
    return message if path.name in message else f"{path}: {message}"


def _load(path: Path) -> LoadResult:
    """Load a workbook; every failure becomes a CliError naming the file, warnings and notes go to stderr."""
    if not path.exists():
        raise CliError(f"Het bestand '{path}' bestaat niet.")
    if path.is_dir():
        raise CliError(f"'{path}' is een map, geen werkmap.")
    from workshop.storage import WorkbookError, load

    try:
        result = load(path)
    except WorkbookError as exc:
        raise CliError(_name_file(path, str(exc.args[0]) if exc.args else "onbekende fout")) from exc
    except OSError as exc:
        raise CliError(f"Kan '{path}' niet lezen: {exc.strerror or exc}") from exc
    for warning in result.warnings:
        print(f"waarschuwing: {_name_file(path, warning)}", file=sys.stderr)
    for note in result.notes:
        print(f"opmerking: {_name_file(path, note)}", file=sys.stderr)
    return result


def _save(t: Trajectory, path: Path, extras: Extras | None = None) -> None:
    """Save atomically; extras are the user's own sheets and columns carried over from a load."""
    from workshop.storage import SaveError, save

    try:
        save(t, path, extras)
    except SaveError as exc:
        raise CliError(_name_file(path, str(exc.args[0]) if exc.args else "opslaan mislukt")) from exc
    except OSError as exc:
        raise CliError(f"Kan '{path}' niet schrijven: {exc.strerror or exc}") from exc


def cmd_new(args: argparse.Namespace) -> int:
    """`werkplaats nieuw`: a new workbook on a built-in model."""
    from workshop.content import ContentError, new_trajectory

    path = _workbook_path(args.pad)
    _check_target(path, args.overschrijven)
    try:
        trajectory = new_trajectory(args.model, args.naam or "")
    except ContentError as exc:
        raise CliError(f"Kan '{path}' niet maken: {exc}") from exc
    _save(trajectory, path)
    print(f"Nieuwe werkmap gemaakt: {path} (model {args.model}, traject '{trajectory.name}').")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    """`werkplaats controleer`: the consistency report."""
    from workshop.consistency import check, report_text

    path = Path(args.pad)
    result = _load(path)
    print(f"Werkmap: {path}")
    print(f"Traject: {result.trajectory.name or '(naamloos)'}")
    print()
    print(report_text(check(result.trajectory)))
    return 0


def cmd_summary(args: argparse.Namespace) -> int:
    """`werkplaats samenvatting`: the plain-text summary."""
    from workshop.summary import summarize

    print(summarize(_load(Path(args.pad)).trajectory), end="")
    return 0


def cmd_upgrade(args: argparse.Namespace) -> int:
    """`werkplaats bijwerken`: read (migrating if needed) and write a fresh current-format workbook."""
    source, target = Path(args.pad), _workbook_path(args.uit)
    _check_target(target, args.overschrijven)
    result = _load(source)
    _save(result.trajectory, target, result.extras)
    origin = f" (was formaatversie {result.migrated_from})" if result.migrated_from is not None else ""
    print(f"Bijgewerkt: {source}{origin} → {target}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    """`werkplaats demo`: write the demo trajectory."""
    from workshop.content import ContentError
    from workshop.demo import build_demo

    path = _workbook_path(args.pad)
    _check_target(path, args.overschrijven)
    try:
        trajectory = build_demo()
    except ContentError as exc:
        raise CliError(f"Kan de demo niet maken: {exc}") from exc
    _save(trajectory, path)
    print(f"Demowerkmap gemaakt: {path} ('{trajectory.name}').")
    return 0


STORY_SUFFIXES = (".html", ".htm", ".pdf", ".odt")
"""What `werkplaats verhaal` writes, by the suffix of the output file."""


def _input_workbook(path: Path) -> Path:
    """A workbook to read: it must exist and be an .xlsx file."""
    if path.exists() and not path.is_dir() and path.suffix.lower() != ".xlsx":
        raise CliError(f"'{path}' is geen Excel-werkmap: de naam moet eindigen op .xlsx.")
    return path


def _story_target(value: str) -> Path:
    path = Path(value)
    if path.suffix.lower() not in STORY_SUFFIXES:
        raise CliError(f"Kan '{path}' niet schrijven: de naam moet eindigen op .html, .pdf of .odt.")
    return path


def _write_text(path: Path, text: str) -> None:
    """Write a text file atomically (a temporary file next to it, then one rename), without Qt."""
    from workshop.storage.atomic import write_text

    try:
        write_text(path, text)
    except OSError as exc:
        raise CliError(f"Kan '{path}' niet schrijven: {exc.strerror or exc}") from exc


def _headless() -> None:
    """No screen (a server, a terminal over ssh): let Qt draw offscreen, as it needs no window to lay out text."""
    on_x11 = sys.platform.startswith(("linux", "freebsd", "openbsd"))
    if on_x11 and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _write_document(html: str, path: Path) -> None:
    """HTML as a file as it is; PDF and ODT through Qt's text engine, imported only now."""
    if path.suffix.lower() in (".html", ".htm"):
        _write_text(path, html)
        return
    _headless()
    try:
        documents = importlib.import_module("ui.documents")  # by name: the domain package never imports ui statically
    except ImportError as exc:
        raise CliError(f"Kan '{path}' niet maken: Qt ontbreekt of start niet ({exc}). Kies .html, of installeer de app "
                       "opnieuw.") from exc
    try:
        documents.write_document(html, path)
    except OSError as exc:
        raise CliError(str(exc) if path.name in str(exc) else f"Kan '{path}' niet schrijven: {exc}") from exc


def cmd_story(args: argparse.Namespace) -> int:
    """`werkplaats verhaal`: the veranderverhaal as HTML, PDF or ODT; the saved one, else written from the schema."""
    from workshop.story_text import story_html

    source, target = _input_workbook(Path(args.pad)), _story_target(args.uit)
    _check_target(target, args.overschrijven)
    trajectory = _load(source).trajectory
    if not trajectory.story:
        print(f"opmerking: {source} heeft nog geen verhaal; dit verhaal is nu uit het schema geschreven.", file=sys.stderr)
    _write_document(story_html(trajectory), target)
    print(f"Verhaal geschreven: {target}")
    return 0


def cmd_open(args: argparse.Namespace) -> int:
    """`werkplaats open` or no command: start the GUI, imported only now so the CLI needs no Qt."""
    path: str | None = getattr(args, "pad", None)
    if path is not None and not Path(path).is_file():
        raise CliError(f"Het bestand '{path}' bestaat niet.")
    try:
        app = importlib.import_module("ui.app")  # by name: the domain package never imports ui statically
    except ImportError as exc:
        raise CliError(f"Het programmavenster kan niet starten: {exc}. Installeer de app opnieuw.") from exc
    return int(app.run(path) or 0)


def _subparser(commands: argparse._SubParsersAction, name: str, text: str, handler: Callable[[argparse.Namespace], int]) -> DutchParser:  # type: ignore[type-arg]
    parser: DutchParser = commands.add_parser(name, help=text, description=text)
    parser.set_defaults(handler=handler)
    return parser


def _overwrite(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--overschrijven", action="store_true", help="vervang het bestand als het al bestaat")


def build_parser() -> DutchParser:
    """The argument parser with all subcommands."""
    parser = DutchParser(
        prog=PROG, description="Werkplaats Verandertheorie: bouw met een groep een verandertheorie voor de sociale basis.",
        epilog="Zonder opdracht start het programmavenster.",
    )
    parser.set_defaults(handler=cmd_open)
    commands = parser.add_subparsers(title="opdrachten", metavar="OPDRACHT", parser_class=DutchParser)
    new = _subparser(commands, "nieuw", "maak een nieuwe werkmap", cmd_new)
    new.add_argument("pad", metavar="PAD.xlsx", help="de nieuwe werkmap")
    new.add_argument("--model", choices=("sociale-basis", "leeg"), default="sociale-basis",
                     help="het model om mee te beginnen (standaard: sociale-basis)")
    new.add_argument("--naam", default="", help="de naam van het traject")
    _overwrite(new)
    check = _subparser(commands, "controleer", "controleer de consistentie van een werkmap", cmd_check)
    check.add_argument("pad", metavar="PAD.xlsx", help="de werkmap om te controleren")
    summary = _subparser(commands, "samenvatting", "toon een samenvatting van een werkmap", cmd_summary)
    summary.add_argument("pad", metavar="PAD.xlsx", help="de werkmap om samen te vatten")
    upgrade = _subparser(commands, "bijwerken", "zet een werkmap om naar het huidige formaat", cmd_upgrade)
    upgrade.add_argument("pad", metavar="IN.xlsx", help="de bestaande werkmap")
    upgrade.add_argument("-o", "--uit", metavar="UIT.xlsx", required=True, help="de nieuwe werkmap")
    _overwrite(upgrade)
    story = _subparser(commands, "verhaal", "schrijf het veranderverhaal van een werkmap als HTML, PDF of ODT", cmd_story)
    story.add_argument("pad", metavar="PAD.xlsx", help="de werkmap met het verhaal")
    story.add_argument("-o", "--uit", metavar="VERHAAL.pdf", required=True,
                       help="het document; de soort volgt uit de naam: .html, .pdf of .odt")
    _overwrite(story)
    demo = _subparser(commands, "demo", "maak een werkmap met een voorbeeldtraject", cmd_demo)
    demo.add_argument("pad", metavar="PAD.xlsx", help="de demowerkmap")
    _overwrite(demo)
    gui = _subparser(commands, "open", "open een werkmap in het programmavenster", cmd_open)
    gui.add_argument("pad", metavar="PAD.xlsx", help="de werkmap om te openen")
    return parser


def _with_open(argv: Sequence[str]) -> list[str]:
    """'werkplaats traject.xlsx' means 'werkplaats open traject.xlsx' (as a file manager starts a program)."""
    args = list(argv)
    return ["open", *args] if args and args[0].lower().endswith(".xlsx") else args


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (0 good, 1 error, 2 wrong use)."""
    _utf8_streams()
    parser = build_parser()
    try:
        args = parser.parse_args(_with_open(sys.argv[1:] if argv is None else argv))
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else 0 if exc.code is None else 2
    try:
        return int(args.handler(args))
    except CliError as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
    except KeyboardInterrupt:
        print(f"{PROG}: afgebroken.", file=sys.stderr)
    except Exception as exc:  # noqa: BLE001 - the user gets a message, never a traceback
        print(f"{PROG}: onverwachte fout ({type(exc).__name__}): {exc}", file=sys.stderr)
    return 1
