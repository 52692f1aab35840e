"""Small modal dialogs; each has an `ask(...)` classmethod that tests monkeypatch."""
