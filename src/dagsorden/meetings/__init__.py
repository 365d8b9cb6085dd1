"""The data model of meetings: bodies, people, meetings, items, points, decisions,
attachments, attendance, follow-ups, referrals, verdensmål tags, standard texts, audit log."""
