"""Minutes → the JSON of ../shared/schema/minutes.schema.json, and a readable outline."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from .danish import MONTH_NAMES_DA
from .periods import period_label
from .records import Action, Item, Minutes
from .text import without_glyphs


def to_dict(minutes: Minutes) -> dict[str, Any]:
    """The schema's JSON object. Fields beyond the schema ('actions', 'referrals',
    'decisions', 'number', 'case_number', 'access_stated', the items' 'absent', the points'
    'kind', 'presenter', 'duration', 'guest', 'guest_time', 'main_document') are what the
    importer also stores; 'warnings', what may have been misread (core/doubts.py)."""
    return {
        "source": minutes.source,
        "body": minutes.body,
        "body_code": minutes.body_code,
        "date": minutes.date.isoformat(),
        "absent": [asdict(a) for a in minutes.absent],
        "items": [_item(item) for item in minutes.items],
        "people": [{"name": p.name, "title": p.title} for p in minutes.people],
        "dates": [d.isoformat() for d in minutes.dates],
        "warnings": list(minutes.warnings),
    }


def _item(item: Item) -> dict[str, Any]:
    return {
        "number": item.number,
        "case_number": item.case_number,
        "title": item.title,
        "access": item.access,
        "access_stated": item.access_stated,
        "routing": list(item.routing),
        "presentation": without_glyphs(item.presentation),
        "recommendation": without_glyphs(item.recommendation),
        "decision_date": item.decision_date.isoformat() if item.decision_date else None,
        "decisions": [
            {
                "body": d.body,
                "date": d.date.isoformat() if d.date else None,
                "text": without_glyphs(d.text),
            }
            for d in item.decisions
        ],
        "decision_lead": item.decision_lead,
        "points": [
            {
                "number": p.number,
                "title": p.title,
                "presentation": p.presentation,
                "decision": p.decision,
                "kind": p.kind,
                "presenter": p.presenter,
                "duration": p.duration,
                "guest": p.guest,
                "guest_time": p.guest_time.strftime("%H:%M") if p.guest_time else None,
            }
            for p in item.points
        ],
        "attachments": [asdict(a) for a in item.attachments],
        "actions": [
            {
                "text": a.text,
                "verb": a.verb,
                "responsible": a.responsible,
                "people": list(a.people),
                "point": a.point_index,
                "due": a.due.isoformat() if a.due else None,
                "due_next": a.due_next,
            }
            for a in item.actions
        ],
        "absent": [asdict(a) for a in item.absent],
        "referrals": [
            {
                "body": r.body,
                "date": r.date.isoformat(),
                "kind": r.kind,
                "text": r.text,
                "point": r.point_index,
                "precision": r.precision,
                "until": r.until.isoformat() if r.until else None,
            }
            for r in item.referrals
        ],
    }


def to_outline(minutes: Minutes) -> str:
    """A plain-text outline for reading in a terminal."""
    out = [
        f"{minutes.body} {minutes.date:%d-%m-%Y}"
        + (f" ({minutes.source})" if minutes.source else "")
    ]
    for a in minutes.absent:
        note = f" ({a.note})" if a.note else ""
        out.append(f"  {a.kind.capitalize()}: {a.title + ' ' if a.title else ''}{a.name}{note}")
    for k, item in enumerate(minutes.items, 1):
        access = "Åben sag" if item.access == "open" else "Lukket sag"
        if not item.access_stated:
            access += " (adgang ikke angivet)"
        out.append(
            f"\n{item.number or k}. {item.title}  [{access}; {' → '.join(item.routing) or '-'}]"
        )
        if item.recommendation:
            out.append(f"   Indstilling: {item.recommendation}")
        if item.decision_lead:
            out.append(f"   Beslutning om punkterne: {item.decision_lead}")
        for j, p in enumerate(item.points, 1):
            out.append(f"   {p.number or j}) {p.title}")
            if p.kind != "ordinary":
                kind = "Dialogmøde" if p.kind == "dialogue" else f"{p.duration} minutters oplæg"
                out.append(f"      {kind}{': ' + p.presenter if p.presenter else ''}")
            if p.guest:
                when = f" kl. {p.guest_time:%H.%M}" if p.guest_time else ""
                out.append(f"      Deltager i punktet: {p.guest}{when}")
            if p.decision:
                out.append(f"      Beslutning: {p.decision}")
        if not item.points and item.decision:
            out.append(f"   Beslutning: {item.decision}")
        for a in item.absent:
            if a not in minutes.absent:  # the item's own: its decision names them
                said = "Inhabil" if a.kind == "inhabil" else "Deltog ikke"
                note = f" ({a.note})" if a.note else ""
                out.append(f"   {said}: {a.title + ' ' if a.title else ''}{a.name}{note}")
        for action in item.actions:
            out.append(
                f"   Opfølgning{_at_point(item, action.point_index)}: "
                f"{action.responsible or '(uden ansvarlig)'} — {action.verb}" + _deadline(action)
            )
        for r in item.referrals:
            when = {
                "next": "næste møde",
                "month": f"{MONTH_NAMES_DA[r.date.month - 1]} {r.date.year}",
                "period": period_label(r.date, r.until or r.date),
            }.get(r.precision, f"{r.date:%d-%m-%Y}")
            if r.kind == "previous":
                out.append(
                    f"   Tidligere behandling{_at_point(item, r.point_index)}: {r.body} {when}"
                )
            else:
                out.append(
                    f"   Videre behandling{_at_point(item, r.point_index)}: {r.body} {when} "
                    f"({_REFERRAL_KINDS[r.kind]})"
                )
        for att in item.attachments:
            access = "Åben" if att.access == "open" else "Lukket"
            journal = f" ({att.journal_number})" if att.journal_number else ""
            out.append(f"   Bilag {att.number}: {access} {att.title}{journal}")
    if minutes.people:
        out.append(
            "\nPersoner: "
            + "; ".join(f"{p.name} ({p.title})" if p.title else p.name for p in minutes.people)
        )
    if minutes.dates:
        out.append("Datoer: " + ", ".join(f"{d:%d-%m-%Y}" for d in minutes.dates))
    if minutes.warnings:
        out.append("")
        out += [f"Advarsel: {warning}" for warning in minutes.warnings]
    return "\n".join(out)


# As the web pages name them (meetings.models.Referral.Kind); an earlier treatment has a line
# of its own ('Tidligere behandling').
_REFERRAL_KINDS = {"referral": "videresendt", "return": "behandles igen"}


def _at_point(item: Item, index: int | None) -> str:
    """' (punkt 2)' for what belongs to a point, as the outline numbers it."""
    if index is None or not 0 <= index < len(item.points):
        return ""
    return f" (punkt {item.points[index].number or index + 1})"


def _deadline(action: Action) -> str:
    if action.due:
        return f" (frist {action.due:%d-%m-%Y})"
    if action.due_next is not None:
        return f" (frist næste møde{' i ' + action.due_next if action.due_next else ''})"
    return ""
