"""CWD Desktop: offline workshops, SWOT, goals and signed minutes for municipal partnerships."""

__version__ = "0.1.0"
