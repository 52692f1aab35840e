"""Tests of workshop.storage: the workbook format, reading, writing, safety and migrations."""
