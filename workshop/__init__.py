"""Werkplaats Verandertheorie domain: models, process logic and workbook storage, free of Qt."""

__version__ = "0.1.0"
