"""Test settings: the real settings, with the data folder in a fresh temporary directory."""

import atexit
import os
import shutil
import tempfile

if "DAGSORDEN_DATA" not in os.environ:
    # Made once, by the first process; test workers inherit it. The maker removes it at exit,
    # so a run leaves nothing behind in /tmp.
    _data = tempfile.mkdtemp(prefix="dagsorden-test-")
    os.environ["DAGSORDEN_DATA"] = _data
    atexit.register(shutil.rmtree, _data, ignore_errors=True)

from dagsorden.settings import *  # noqa: E402, F403
