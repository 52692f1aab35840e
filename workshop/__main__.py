"""Lets `python -m workshop` run the same command line as `werkplaats`."""

from workshop.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
