from .audit import AuditEntry
from .correction import Correction
from .followup import Action, Referral
from .item import AgendaItem, Attachment, Decision, ItemAbsence, Point, RoutingStep
from .meeting import Attendance, Meeting
from .organisation import Body, Organisation, Person, Role
from .plan import RecurringTopic
from .sdg import SDGGoal, SDGTag
from .standard_text import MeetingTemplate, StandardText

__all__ = [
    "Action",
    "AgendaItem",
    "Attachment",
    "Attendance",
    "AuditEntry",
    "Body",
    "Correction",
    "Decision",
    "ItemAbsence",
    "Meeting",
    "MeetingTemplate",
    "Organisation",
    "Person",
    "Point",
    "RecurringTopic",
    "Referral",
    "Role",
    "RoutingStep",
    "SDGGoal",
    "SDGTag",
    "StandardText",
]
