"""Use cases shared by the CLI and the GUI: imports, the demo data, the integrity check."""
