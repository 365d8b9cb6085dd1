"""Test settings: the real settings, with the data folder in a fresh temporary directory."""

import os
import tempfile

os.environ.setdefault("DAGSORDEN_DATA", tempfile.mkdtemp(prefix="dagsorden-test-"))

from dagsorden.settings import *  # noqa: E402, F403
