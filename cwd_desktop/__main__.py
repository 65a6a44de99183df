"""`python -m cwd_desktop` is the same as the `cwd-desktop` command."""

import sys

from cwd_desktop.cli import main

sys.exit(main())
