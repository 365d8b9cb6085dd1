"""`python -m dagsorden`: the dagsorden command (how the server starts an import job)."""

import sys

from dagsorden.cli import main

sys.exit(main())
