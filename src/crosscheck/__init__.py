"""crosscheck: cross-examine partisan coverage of one conflict, offline, with every output traceable."""

__version__ = "0.1.0"
