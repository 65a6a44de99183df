"""Entry point of the built application: the same `cwd-desktop` command as the installed package."""

import sys

from cwd_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
