from .browser_support import browser  # noqa: F401 (a fixture shared by the browser tests)
