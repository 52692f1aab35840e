"""Workbook storage: the .xlsx file is the document (see docs/werkmap-formaat.md)."""
