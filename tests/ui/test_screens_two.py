"""Two-screen cases (laptop + projector); test_screens.py runs them in a subprocess with two_screens.json."""

from __future__ import annotations

import ctypes
import os
import platform
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import PySide6
import shiboken6
from PySide6.QtCore import QByteArray, QJsonDocument, QRect, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QLabel, QWidget

from tests.ui.test_presentation import is_black, stand_in
from ui.document import Document
from ui.presentation import TEXT, PresentationController
from ui.preview import ProjectorPreview
from ui.screens import covers
from workshop.trajectory import Trajectory

if "two_screens" not in os.environ.get("QT_QPA_PLATFORM", ""):
    pytest.skip("runs in a subprocess with tests/two_screens.json (see test_screens.py)", allow_module_level=True)

TESTS = Path(__file__).resolve().parents[1]
LAPTOP = QRect(0, 0, 1280, 800)
PROJECTOR = QRect(1280, 0, 1920, 1080)


def screen(name: str) -> QScreen:
    return next(s for s in QGuiApplication.screens() if s.name() == name)


@pytest.fixture(autouse=True)
def _two_screens(qapp) -> None:
    """These cases need the laptop + projector layout from tests/two_screens.json."""
    if [s.name() for s in QGuiApplication.screens()] != ["laptop", "projector"]:
        pytest.skip("needs the laptop + projector layout of tests/two_screens.json")


@pytest.fixture
def document() -> Document:
    return Document(Trajectory(name="Sociale basis Oost"))


@pytest.fixture
def facilitator(qtbot) -> QWidget:
    """Stand-in for the main window, on the laptop."""
    window = QWidget()
    window.setWindowTitle("Werkplaats Verandertheorie")
    qtbot.addWidget(window)
    window.setGeometry(100, 100, 1000, 600)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def controller(qtbot, document, facilitator) -> Iterator[PresentationController]:
    controller = PresentationController(lambda: stand_in(document.trajectory.name))
    qtbot.addWidget(controller.window)
    yield controller
    controller.close()


def on_projector(window: QWidget) -> bool:
    return (window.isVisible() and window.isFullScreen() and window.geometry() == PROJECTOR
            and window.windowHandle().screen().name() == "projector")


def hidden_off_laptop(window: QWidget) -> bool:
    return (not window.isVisible() and not window.windowState() & Qt.WindowState.WindowFullScreen
            and not covers(window, screen("laptop")))


def test_start_opens_full_screen_on_the_projector_not_the_laptop(qtbot, controller, facilitator):
    with qtbot.waitSignal(controller.activeChanged):
        controller.start()
    assert on_projector(controller.window)
    assert not covers(controller.window, screen("laptop"))
    assert facilitator.windowHandle().screen().name() == "laptop"
    assert LAPTOP.contains(facilitator.geometry())


@pytest.mark.parametrize("preferred", ["laptop", "bestaat-niet", None])
def test_a_missing_or_laptop_preference_falls_back_to_the_projector(qtbot, document, preferred):
    controller = PresentationController(QWidget, projector_screen_name=preferred)
    qtbot.addWidget(controller.window)
    controller.start()
    assert controller.screen_name() == "projector"


def test_unplug_hides_without_covering_the_laptop_and_keeps_the_document(qtbot, controller, document):
    controller.start()
    before = document.trajectory.model_dump()
    with qtbot.waitSignal(controller.activeChanged), qtbot.waitSignal(controller.status) as blocker:
        controller._on_screen_removed(screen("projector"))
    assert blocker.args == [TEXT["unplugged"]]
    assert hidden_off_laptop(controller.window)
    assert document.trajectory.model_dump() == before and not document.is_modified()
    assert controller.window.content().text() == "Sociale basis Oost"


def test_replug_returns_full_screen_on_the_projector(qtbot, controller):
    controller.start()
    controller._on_screen_removed(screen("projector"))
    with qtbot.waitSignal(controller.status) as blocker:
        controller._on_screen_added(screen("projector"))
    assert "weer aangesloten" in blocker.args[0]
    assert on_projector(controller.window)


def test_unplugging_another_screen_changes_nothing(qtbot, controller):
    controller.start()
    with qtbot.assertNotEmitted(controller.activeChanged):
        controller._on_screen_removed(screen("laptop"))
    assert on_projector(controller.window)


def test_stopping_after_unplug_does_not_come_back(qtbot, controller):
    controller.start()
    controller._on_screen_removed(screen("projector"))
    controller.stop()
    with qtbot.waitSignal(controller.status) as blocker:
        controller._on_screen_added(screen("projector"))
    assert "druk op F5" in blocker.args[0]
    assert not controller.window.isVisible()


def test_blank_on_the_projector_is_pure_black_and_the_preview_says_so(qtbot, controller, facilitator):
    controller.start()
    preview = ProjectorPreview(controller, facilitator)
    preview.show()
    controller.set_blank(True)
    assert is_black(controller.window.grab().toImage())
    qtbot.waitUntil(lambda: preview.caption() == "Scherm zwart (B)" and is_black(preview.pixmap().toImage()))


def test_black_set_before_presenting_stays_on_the_projector_and_the_status_says_so(qtbot, controller):
    controller.set_blank(True)  # B while nothing is presented: the facilitator wants to start on black
    with qtbot.assertNotEmitted(controller.blankChanged), qtbot.waitSignal(controller.status) as blocker:
        controller.toggle()
    assert on_projector(controller.window) and controller.is_blank()
    assert is_black(controller.window.grab().toImage())
    assert blocker.args == ["Presentatie staat op projector. Projector staat op zwart — B toont het weer."]


def test_black_set_while_unplugged_stays_when_the_projector_comes_back_and_the_status_says_so(qtbot, controller):
    controller.start()
    controller._on_screen_removed(screen("projector"))
    controller.set_blank(True)
    with qtbot.waitSignal(controller.status) as blocker:
        controller._on_screen_added(screen("projector"))
    assert on_projector(controller.window) and controller.is_blank()
    assert blocker.args[0].endswith("weer aangesloten — presentatie staat weer op projector. " + TEXT["starts_blank"])


def test_preview_shows_the_projector_image(qtbot, controller, facilitator):
    controller.start()
    preview = ProjectorPreview(controller, facilitator)
    preview.resize(320, 240)
    preview.show()
    qtbot.waitUntil(lambda: not preview.pixmap().isNull())
    assert preview.caption() == "Live op projector"
    assert abs(preview.pixmap().width() / preview.pixmap().height() - 16 / 9) < 0.05


# --- really unplugging: the offscreen platform's setConfiguration, reached through ctypes ----------

def _offscreen_set_configuration() -> Callable[[Path], None] | None:
    """A function that applies a screen-layout JSON to the running offscreen platform, or None."""
    if platform.system() != "Linux" or platform.machine() != "x86_64":
        return None
    lib = Path(PySide6.__file__).parent / "Qt" / "lib"
    try:
        gui, core = ctypes.CDLL(str(lib / "libQt6Gui.so.6")), ctypes.CDLL(str(lib / "libQt6Core.so.6"))
        iface = _native_interface(gui)
        setter = _resource(gui, iface, b"setConfiguration")
    except (OSError, AttributeError, StopIteration):
        return None
    if not setter:
        return None
    apply = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p)(setter)
    return lambda path: _apply_json(core, apply, iface, path)


def _native_interface(gui: ctypes.CDLL) -> int:
    getter = gui._ZN15QGuiApplication23platformNativeInterfaceEv
    getter.restype = ctypes.c_void_p
    return getter()


def _resource(gui: ctypes.CDLL, iface: int, name: bytes) -> int:
    """Call the virtual nativeResourceForIntegration(name), finding its slot in the base class's vtable."""
    base = _address(gui._ZN24QPlatformNativeInterface28nativeResourceForIntegrationERK10QByteArray)
    base_table = _slots(_address(gui._ZTV24QPlatformNativeInterface) + 16)  # Itanium ABI: skip offset + RTTI
    slot = next(i for i, entry in enumerate(base_table) if entry == base)
    table = _slots(ctypes.c_void_p.from_address(iface).value)
    call = ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p)(table[slot])
    resource = QByteArray(name)  # kept alive for the call
    return call(iface, shiboken6.getCppPointer(resource)[0])


def _address(symbol: object) -> int:
    return ctypes.cast(symbol, ctypes.c_void_p).value


def _slots(address: int) -> ctypes.Array:
    return (ctypes.c_void_p * 32).from_address(address)


def _apply_json(core: ctypes.CDLL, apply: Callable[..., None], iface: int, path: Path) -> None:
    document = QJsonDocument.fromJson(QByteArray(path.read_bytes()))
    to_object = core._ZNK13QJsonDocument6objectEv
    to_object.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
    json_object = ctypes.create_string_buffer(64)
    to_object(json_object, shiboken6.getCppPointer(document)[0])
    apply(ctypes.addressof(json_object), iface)
    core._ZN11QJsonObjectD1Ev.argtypes = [ctypes.c_void_p]
    core._ZN11QJsonObjectD1Ev(json_object)


@pytest.fixture
def layout() -> Iterator[Callable[[str], None]]:
    """Switch the offscreen screen layout to tests/<name>.json; two screens come back afterwards."""
    apply = _offscreen_set_configuration()
    if apply is None:
        pytest.skip("the offscreen platform can't be reconfigured here")
    yield lambda name: apply(TESTS / f"{name}.json")
    apply(TESTS / "two_screens.json")


def test_real_unplug_and_replug(qtbot, controller, facilitator, document, layout):
    controller.start()
    with qtbot.waitSignal(controller.activeChanged):
        layout("one_screen")
    assert hidden_off_laptop(controller.window)
    assert facilitator.isVisible() and document.trajectory.name == "Sociale basis Oost"
    with qtbot.waitSignal(controller.activeChanged):
        layout("two_screens")
    assert on_projector(controller.window)


def test_plugging_in_moves_a_laptop_presentation_to_the_projector(qtbot, controller, layout):
    layout("one_screen")
    controller.toggle()
    assert controller.screen_name() == "laptop" and controller.window.geometry() == LAPTOP
    with qtbot.waitSignal(controller.screenChanged):
        layout("two_screens")
    assert on_projector(controller.window)


def test_preview_keeps_running_after_unplug(qtbot, controller, facilitator, layout):
    controller.start()
    preview = ProjectorPreview(controller, facilitator)
    preview.show()
    layout("one_screen")
    qtbot.waitUntil(lambda: preview.caption() == "Projector staat uit")
    preview.refresh()
    assert not preview.pixmap().isNull() and isinstance(controller.window.content(), QLabel)
