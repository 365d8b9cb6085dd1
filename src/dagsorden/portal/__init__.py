"""Public pages: meetings, items and decisions, with closed content kept from the public."""
