"""Dates as each language of the site writes them (settings.FORMAT_MODULE_PATH): Django's own
formats but where a Danish site's English wants the day first, as the Danish does."""
