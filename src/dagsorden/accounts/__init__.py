"""Users, roles, sign-in and sessions: members (directors) read everything, secretaries
prepare meetings, admins run the system. Roles are Django groups, so object checks stay in the
one access rule (meetings/access.py)."""
