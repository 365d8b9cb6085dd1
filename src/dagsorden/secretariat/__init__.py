"""The secretariat's screens: prepare a meeting from its template, edit items and points,
upload attachments, record the meeting, move it through its states, correct approved minutes
by addition, and keep the standard texts. Plain forms, no JavaScript needed."""
