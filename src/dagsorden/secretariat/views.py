"""Meetings: the list, a new meeting from the template, the meeting screen with its states,
attendance and corrections. Every read goes through visible_to(), every change through
meetings.workflow or a form; locked (approved) minutes are only ever corrected by addition."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from django.contrib import messages
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from dagsorden.importer.checks import mark_checked, meetings_to_check, to_check
from dagsorden.meetings import workflow as w
from dagsorden.meetings.models import (
    AgendaItem,
    Attendance,
    AuditEntry,
    Body,
    Meeting,
    Person,
    Point,
    RoutingStep,
)
from dagsorden.meetings.models.organisation import danish_slug
from dagsorden.meetings.planner import place_planned
from dagsorden.meetings.workflow import next_order

from .forms import AttendanceForm, CorrectionForm, MeetingForm, NewMeetingForm
from .permissions import as_id, secretary_required

OPEN_STATES = ["draft", "agenda_published", "held", "minutes_approved"]


def meeting_for(request: HttpRequest, pk: int) -> Meeting:
    return get_object_or_404(Meeting.objects.visible_to(request.user).select_related("body"), pk=pk)


def attempt(request: HttpRequest, call: Callable[[], Any], success: str) -> bool:
    """Run a workflow step; its refusal becomes the message the secretary sees."""
    try:
        call()
    except w.WorkflowError as exc:
        messages.error(request, str(exc))
        return False
    messages.success(request, success)
    return True


def refuse_if_locked(request: HttpRequest, meeting: Meeting) -> HttpResponse | None:
    if meeting.locked:
        messages.error(
            request, _("Referatet er godkendt og låst. Ret det ved tilføjelse nedenfor.")
        )
        return redirect("secretariat:meeting", meeting.pk)
    return None


TO_CHECK_SHOWN = 50  # imported meetings to check listed on the front page, newest first


@secretary_required
def dashboard(request: HttpRequest) -> HttpResponse:
    meetings = Meeting.objects.visible_to(request.user).select_related("body")
    context = {
        "preparing": meetings.filter(state__in=OPEN_STATES).order_by("date"),
        "published": meetings.filter(state="published").order_by("-date")[:10],
        "bodies": Body.objects.order_by("name"),
        "to_check": meetings_to_check(meetings).order_by("-date")[:TO_CHECK_SHOWN],
        "to_check_total": meetings_to_check(meetings).count(),
    }
    return render(request, "secretariat/dashboard.html", context)


@secretary_required
def new_meeting(request: HttpRequest) -> HttpResponse:
    body = Body.objects.filter(
        pk=as_id(request.GET.get("organ")) or as_id(request.POST.get("body"))
    ).first()
    when = date.today()
    offer = w.open_points(body, when) if body else {"points": [], "actions": []}
    form = NewMeetingForm(
        request.POST or None,
        initial={"body": body, "kind": Meeting.Kind.ORDINARY, **_template_initial(body)},
    )
    form.offer(offer["points"], offer["actions"])
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            meeting = w.create_meeting(
                data["body"],
                data["date"],
                request.user,
                start=data["start"],
                place=data["place"],
                kind=data["kind"],
                carry=list(data["carry"]),
                actions=list(data["actions"]),
            )
        except w.WorkflowError as exc:
            form.add_error("date", str(exc))
        else:
            messages.success(request, _("Mødet er oprettet som kladde."))
            return redirect("secretariat:meeting", meeting.pk)
    return render(
        request, "secretariat/new_meeting.html", {"form": form, "body": body, "offer": offer}
    )


def _template_initial(body: Body | None) -> dict[str, Any]:
    if body is None:
        return {}
    template = w.template_for(body)
    return {"start": template.start, "place": template.place}


@secretary_required
def meeting_page(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = meeting_for(request, pk)
    form = MeetingForm(instance=meeting) if not meeting.locked else None
    if request.method == "POST" and not meeting.locked:
        form = MeetingForm(request.POST, instance=meeting)
        if form.is_valid():
            form.save()
            messages.success(request, _("Mødet er gemt."))
            return redirect("secretariat:meeting", meeting.pk)
    items = meeting.items.prefetch_related("points", "attachments", "routing_steps__body")
    context = {
        "meeting": meeting,
        "form": form,
        "items": items,
        "next_states": [(s, Meeting.State(s).label) for s in w.next_states(meeting)],
        "attendance": meeting.attendance.select_related("person").order_by("status", "id"),
        "attendance_form": AttendanceForm(),
        "correction_form": CorrectionForm(meeting) if meeting.locked else None,
        "corrections": meeting.corrections.select_related("user", "item", "point"),
        "log": AuditEntry.objects.filter(object_type="meetings.meeting", object_id=str(meeting.pk))
        .select_related("user")
        .order_by("-when", "-id")[:50],
        "public_url": reverse("portal:meeting", args=[meeting.body.slug, meeting.date.isoformat()]),
        # Imported closed because their document did not say (another system's minutes).
        "unstated": list(w.unstated(meeting.items.all())),
        # What the parser may have misread in the documents it was imported from.
        "to_check": to_check(meeting),
        # Imported items deleted here: they stay out when their document comes again.
        "deleted": [
            t
            for titles in meeting.documents.values_list("deleted_items", flat=True)
            for t in titles
        ],
    }
    return render(request, "secretariat/meeting.html", context)


@require_POST
@secretary_required
def open_unstated(request: HttpRequest, pk: int) -> HttpResponse:
    """Open the items closed only because their imported document stated no access: for
    minutes that were published as they are, whose items another system did not mark."""
    meeting = meeting_for(request, pk)
    if refused := refuse_if_locked(request, meeting):
        return refused
    opened = w.open_unstated(meeting.items.all(), request.user)
    messages.success(
        request,
        ngettext("%(n)d punkt er åbnet.", "%(n)d punkter er åbnet.", opened) % {"n": opened},
    )
    return redirect("secretariat:meeting", meeting.pk)


@require_POST
@secretary_required
def doubts_checked(request: HttpRequest, pk: int) -> HttpResponse:
    """The secretary has compared the imported meeting with its documents: what the parser
    may have misread is no longer shown. Changes nothing in the meeting, so locked too."""
    meeting = meeting_for(request, pk)
    with transaction.atomic():
        checked = mark_checked(meeting)
        if checked:
            w.audit(request.user, "import_checked", meeting, {"documents": checked})
    messages.success(request, _("Indlæsningen er markeret som kontrolleret."))
    return redirect("secretariat:meeting", meeting.pk)


@require_POST
@secretary_required
def advance(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = meeting_for(request, pk)
    attempt(
        request,
        lambda: w.advance(meeting, request.POST.get("to", ""), request.user),
        _("Mødets status er ændret."),
    )
    return redirect("secretariat:meeting", meeting.pk)


@require_POST
@secretary_required
def add_item(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = meeting_for(request, pk)
    if refused := refuse_if_locked(request, meeting):
        return refused
    with transaction.atomic():
        item = AgendaItem.objects.create(
            meeting=meeting,
            order=max(1, next_order(meeting.items)),  # items count from 1
            title=request.POST.get("title", "").strip()[:500] or _("Nyt punkt"),
            access="open" if request.POST.get("access") == "open" else "closed",
        )
        RoutingStep.objects.create(item=item, body=meeting.body, order=0)
    return redirect("secretariat:item", item.pk)


@require_POST
@secretary_required
def add_attendance(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = meeting_for(request, pk)
    if refused := refuse_if_locked(request, meeting):
        return refused
    form = AttendanceForm(request.POST)
    if form.is_valid():
        data = form.cleaned_data
        slug = danish_slug(data["name"]) or "person"
        person, _created = Person.objects.get_or_create(slug=slug, defaults={"name": data["name"]})
        Attendance.objects.update_or_create(
            meeting=meeting,
            person=person,
            defaults={"status": data["status"], "title": data["title"], "remark": data["remark"]},
        )
        messages.success(request, _("Fremmødet er noteret."))
    else:
        messages.error(request, _("Udfyld navn og status."))
    return redirect(reverse("secretariat:meeting", args=[meeting.pk]) + "#fremmoede")


@require_POST
@secretary_required
def remove_attendance(request: HttpRequest, pk: int) -> HttpResponse:
    attendance = get_object_or_404(Attendance, pk=pk)
    meeting = meeting_for(request, attendance.meeting_id)
    if refused := refuse_if_locked(request, meeting):
        return refused
    attendance.delete()
    return redirect(reverse("secretariat:meeting", args=[meeting.pk]) + "#fremmoede")


@require_POST
@secretary_required
def correct(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = meeting_for(request, pk)
    form = CorrectionForm(meeting, request.POST)
    if not form.is_valid():
        messages.error(request, _("En rettelse skal have både en tekst og en begrundelse."))
        return redirect("secretariat:meeting", meeting.pk)
    target = form.cleaned_data["target"] or ""
    item = point = None
    if target.startswith("item-"):
        item = get_object_or_404(AgendaItem, pk=int(target[5:]), meeting=meeting)
    elif target.startswith("point-"):
        point = get_object_or_404(Point, pk=int(target[6:]), item__meeting=meeting)
    attempt(
        request,
        lambda: w.correct(
            meeting,
            request.user,
            form.cleaned_data["text"],
            form.cleaned_data["reason"],
            item=item,
            point=point,
        ),
        _("Rettelsen er tilføjet og logget."),
    )
    return redirect("secretariat:meeting", meeting.pk)


@require_POST
@secretary_required
def plan_meeting(request: HttpRequest, pk: int) -> HttpResponse:
    """Put the årshjul's topics due this month on the draft (those added since it was made)."""
    meeting = meeting_for(request, pk)
    if meeting.state != Meeting.State.DRAFT:
        messages.error(request, _("Kun en mødekladde kan få punkter fra årshjulet."))
        return redirect("secretariat:meeting", meeting.pk)
    placed = place_planned(meeting)
    messages.success(request, _("%d punkter fra årshjulet er sat på.") % len(placed))
    return redirect("secretariat:meeting", meeting.pk)


@require_POST
@secretary_required
def delete_meeting(request: HttpRequest, pk: int) -> HttpResponse:
    """A draft that will not be used goes, with its items; the log keeps that it was."""
    meeting = meeting_for(request, pk)
    if meeting.state != Meeting.State.DRAFT:
        messages.error(request, _("Kun en kladde kan slettes."))
        return redirect("secretariat:meeting", meeting.pk)
    with transaction.atomic():
        w.audit(
            request.user,
            "delete_draft",
            meeting,
            {"body": meeting.body.code, "date": meeting.date.isoformat()},
        )
        meeting.delete()
    messages.success(request, _("Kladden er slettet."))
    return redirect("secretariat:dashboard")
