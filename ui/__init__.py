"""Qt user interface of Werkplaats Verandertheorie; depends on workshop, never the reverse."""
