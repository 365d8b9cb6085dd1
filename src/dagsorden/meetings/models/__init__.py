from .audit import AuditEntry
from .followup import Action, Referral
from .item import AgendaItem, Attachment, Decision, Point, RoutingStep
from .meeting import Attendance, Meeting
from .organisation import Body, Organisation, Person, Role
from .sdg import SDGGoal, SDGTag
from .standard_text import StandardText

__all__ = [
    "Action",
    "AgendaItem",
    "Attachment",
    "Attendance",
    "AuditEntry",
    "Body",
    "Decision",
    "Meeting",
    "Organisation",
    "Person",
    "Point",
    "Referral",
    "Role",
    "RoutingStep",
    "SDGGoal",
    "SDGTag",
    "StandardText",
]
