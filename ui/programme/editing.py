"""Editing the programme from the dock: go to, skip, move, add, change or remove a step; save and load templates."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ui.programme import texts
from workshop import programme_edits as pe
from workshop.programme import Step, StepStatus

if TYPE_CHECKING:
    from ui.programme import ProgrammeFeature


def act(feature: ProgrammeFeature, verb: str, step: Step | None) -> None:
    """Do what a dock button asks with the chosen step."""
    c, t = feature.controller, feature.host.document.trajectory
    if verb == "add":
        _add(feature, step)
        return
    if step is None:
        return
    simple = {
        "jump": lambda: c.jump(step.id),
        "skip": lambda: c.skip(step.id, step.status is not StepStatus.SKIPPED),
        "up": lambda: c.push(lambda: pe.move_step(t, step.id, -1)),
        "down": lambda: c.push(lambda: pe.move_step(t, step.id, 1)),
        "remove": lambda: c.push(lambda: pe.remove_step(t, step.id)),
        "edit": lambda: _edit(feature, step),
        "open": lambda: feature.open_activity(step.id),
    }
    simple[verb]()


def _add(feature: ProgrammeFeature, after: Step | None) -> None:
    """A new step after the chosen one (or at the end of the session), with every field of the dialog: one undo."""
    from ui.programme.step_dialog import StepDialog
    from workshop import ids
    from workshop.commands import Macro
    from workshop.edits import SetField, quote

    c, t = feature.controller, feature.host.document.trajectory
    number = after.session_number if after else c.number
    values = StepDialog.ask(feature.host.window, None)
    if values is None or number is None:
        return
    new_id = ids.next_id("step", [s.id for s in t.steps])
    more = [SetField("steps", new_id, f, values[f]) for f in ("room", "guide", "opens") if values[f]]
    add = lambda: pe.add_step(t, number, values["title"], after.id if after else None, values["kind"],  # noqa: E731
                              values["minutes"])
    c.push(lambda: Macro(f"Stap {quote(values['title'])} toevoegen", [add(), *more]))


def _edit(feature: ProgrammeFeature, step: Step) -> None:
    from ui.programme.step_dialog import StepDialog

    values = StepDialog.ask(feature.host.window, step)
    if values is not None:
        _apply(feature, step, values)


def _apply(feature: ProgrammeFeature, step: Step, values: dict[str, Any]) -> None:
    """Set the fields that differ, as one undo step (what it opens checked against the new kind)."""
    t = feature.host.document.trajectory
    changed = {f: v for f, v in values.items() if v != getattr(step, f)}
    if changed:
        feature.controller.push(lambda: pe.edit_step_fields(t, step.id, changed))


def save_template(feature: ProgrammeFeature) -> None:
    """Ask a name and keep the programme (without what happened) as an own template."""
    from ui.dialogs.text_dialog import TextDialog
    from workshop.programme_templates import file_name, template_of, templates_dir, write_template

    t = feature.host.document.trajectory
    name = TextDialog.ask(feature.host.window, texts.SAVE_TEMPLATE.replace("&", "").rstrip("…"), texts.TEMPLATE_NAME,
                          t.name)
    if not name:
        return
    path = templates_dir() / file_name(name)
    try:
        write_template(template_of(name, t.steps, t.sessions), path)
    except OSError as exc:
        feature.host.status(texts.TEMPLATE_FAILED.format(path=path, reason=exc.strerror or exc))
        return
    feature.host.status(texts.TEMPLATE_SAVED.format(name=name, path=path))


def load_template(feature: ProgrammeFeature) -> None:
    """Choose the built-in programme or an own template; the steps still to do are replaced (one undo step)."""
    from ui.dialogs.choice_dialog import ChoiceDialog
    from workshop.content import ContentError
    from workshop.programme_templates import default_template, own_templates, read_template

    paths = own_templates()
    names = ["Standaardprogramma: vier sessies"] + [p.stem for p in paths]
    index = ChoiceDialog.ask(feature.host.window, texts.LOAD_TEMPLATE.replace("&", "").rstrip("…"),
                             texts.TEMPLATE_NAME, names)
    if index is None:
        return
    try:
        template = default_template() if index == 0 else read_template(paths[index - 1])
    except ContentError as exc:
        feature.host.status(str(exc))
        return
    t = feature.host.document.trajectory
    if feature.controller.push(lambda: pe.use_template(t, template.steps, template.titles)):
        feature.host.status(texts.TEMPLATE_LOADED.format(name=template.name, count=len(template.steps)))
