"""An agenda item: its sections, its points (with decisions, follow-ups and returns), and its
attachments. Order changes are swaps with the neighbour, so they work without JavaScript."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.core.files.storage import default_storage
from django.db import models, transaction
from django.db.models import Max
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from dagsorden.importer.hand_edits import note_item_deleted, note_items_moved
from dagsorden.meetings import hand_edits
from dagsorden.meetings import workflow as w
from dagsorden.meetings.models import (
    Action,
    AgendaItem,
    Attachment,
    Meeting,
    Point,
)
from dagsorden.meetings.planner import move_planned
from dagsorden.meetings.workflow import next_order
from dagsorden.search.file_text import keep_text

from .forms import ActionForm, AttachmentForm, ItemForm, PointForm
from .permissions import as_id, secretary_required
from .uploads import limited_upload
from .views import attempt, meeting_for, refuse_if_locked


def item_for(request: HttpRequest, pk: int) -> AgendaItem:
    item = get_object_or_404(
        AgendaItem.objects.visible_to(request.user).select_related("meeting__body"), pk=pk
    )
    meeting_for(request, item.meeting_id)  # the same rule for its meeting
    return item


def _item_url(item: AgendaItem, anchor: str = "") -> str:
    return reverse("secretariat:item", args=[item.pk]) + (f"#{anchor}" if anchor else "")


@secretary_required
def item_page(request: HttpRequest, pk: int) -> HttpResponse:
    item = item_for(request, pk)
    decision = item.decisions.filter(body=item.meeting.body).first()
    initial = {
        "routing": ", ".join(s.body.code for s in item.routing_steps.select_related("body")),
        "decision": decision.text if decision else "",
    }
    form = ItemForm(instance=item, initial=initial)
    if request.method == "POST":
        if refused := refuse_if_locked(request, item.meeting):
            return refused
        before = hand_edits.item_values(item)  # the form writes on the item as it validates
        form = ItemForm(request.POST, instance=item, initial=initial)
        if form.is_valid():
            _save_item(form, item, before)
            messages.success(request, _("Punktet er gemt."))
            return redirect(_item_url(item))
    # A deadline at a body's next meeting is dated as the portal dates it.
    actions = (
        Action.objects.with_deadline(Meeting.objects.visible_to(request.user))
        .select_related("due_next_body", "item__meeting")
        .prefetch_related("responsible_people")
    )
    points = list(
        item.points.select_related("follows__item__meeting__body").prefetch_related(
            models.Prefetch("actions", queryset=actions), "referrals__body", "follows__actions"
        )
    )
    context: dict[str, Any] = {
        "item": item,
        "meeting": item.meeting,
        "locked": item.meeting.locked,
        "form": form,
        # Each form its own prefix: one page, many forms, no two fields with the same id.
        "points": [
            (p, PointForm(instance=p, prefix=f"p{p.pk}"), ActionForm(prefix=f"a{p.pk}"))
            for p in points
        ],
        "new_point": PointForm(prefix="new"),
        "attachments": item.attachments.all(),
        "attachment_form": AttachmentForm(prefix="bilag", item=item),
        "drafts": Meeting.objects.filter(body=item.meeting.body, state="draft")
        .exclude(pk=item.meeting_id)
        .order_by("date"),
    }
    return render(request, "secretariat/item.html", context)


@transaction.atomic
def _save_item(form: ItemForm, item: AgendaItem, before: dict[str, hand_edits.Value]) -> None:
    form.save()
    w.set_routing(item, form.cleaned_data["routing"])
    w.set_decision(item, form.cleaned_data["decision"].strip())
    hand_edits.note_item_saved(item, before)


@require_POST
@secretary_required
def use_document(request: HttpRequest, pk: int) -> HttpResponse:
    """A field corrected by hand in imported minutes set back to the document's text."""
    item = item_for(request, pk)
    if refused := refuse_if_locked(request, item.meeting):
        return refused
    point_pk = as_id(request.POST.get("point"))
    target = get_object_or_404(Point, pk=point_pk, item=item) if point_pk else item
    field = request.POST.get("field", "")
    if (
        field not in target.hand_edits
        or field in hand_edits.NOT_FIELDS
        or (request.POST.get("point") and point_pk is None)
    ):
        return HttpResponseBadRequest(_("Feltet er ikke rettet i hånden."))
    with transaction.atomic():
        hand_edits.use_document(target, field)
    messages.success(request, _("Feltet har dokumentets tekst igen."))
    return redirect(_item_url(item, f"punkt-{target.pk}" if point_pk else ""))


@require_POST
@secretary_required
def save_point(request: HttpRequest, pk: int, point_pk: int | None = None) -> HttpResponse:
    item = item_for(request, pk)
    if refused := refuse_if_locked(request, item.meeting):
        return refused
    point = get_object_or_404(Point, pk=point_pk, item=item) if point_pk else None
    prefix = f"p{point.pk}" if point else "new"
    before = hand_edits.point_values(point) if point else None
    form = PointForm(request.POST, instance=point, prefix=prefix)
    if not form.is_valid():
        messages.error(
            request,
            _("Punktet blev ikke gemt: ")
            + "; ".join(
                f"{form.fields[f].label if f in form.fields else ''}: {' '.join(e)}"
                for f, e in form.errors.items()
            ),
        )
        return redirect(_item_url(item, f"punkt-{point.pk}" if point else "nyt-punkt"))
    with transaction.atomic():
        if point is None:
            saved = form.save(commit=False)
            saved.item = item
            saved.order = next_order(item.points)
            saved.save()
        else:
            saved = form.save()
        hand_edits.note_point_saved(saved, before)
        when = form.cleaned_data.get("return_date")
        if when:
            w.record_return(saved, when, request.user, body=form.cleaned_data.get("return_body"))
    messages.success(request, _("Underpunktet er gemt."))
    return redirect(_item_url(item, f"punkt-{saved.pk}"))


@require_POST
@secretary_required
def delete_point(request: HttpRequest, pk: int, point_pk: int) -> HttpResponse:
    item = item_for(request, pk)
    if refused := refuse_if_locked(request, item.meeting):
        return refused
    point = get_object_or_404(Point, pk=point_pk, item=item)
    with transaction.atomic():
        hand_edits.note_point_deleted(point)
        point.delete()
    messages.success(request, _("Underpunktet er slettet."))
    return redirect(_item_url(item))


def _swap(queryset: models.QuerySet, obj: Any, direction: str) -> Any:
    """Swap obj's order with its neighbour above ('up') or below; the neighbour, if any."""
    if direction == "up":
        other = queryset.filter(order__lt=obj.order).order_by("-order").first()
    else:
        other = queryset.filter(order__gt=obj.order).order_by("order").first()
    if other is not None:
        with transaction.atomic():
            obj.order, other.order = other.order, obj.order
            obj.save(update_fields=["order"])
            other.save(update_fields=["order"])
    return other


@require_POST
@secretary_required
def move_point(request: HttpRequest, pk: int, point_pk: int) -> HttpResponse:
    item = item_for(request, pk)
    if refused := refuse_if_locked(request, item.meeting):
        return refused
    point = get_object_or_404(Point, pk=point_pk, item=item)
    with transaction.atomic():
        _swap(item.points.all(), point, request.POST.get("direction", ""))
        hand_edits.note_points_moved(item)
    return redirect(_item_url(item, f"punkt-{point.pk}"))


@require_POST
@secretary_required
def move_item(request: HttpRequest, pk: int) -> HttpResponse:
    item = item_for(request, pk)
    if refused := refuse_if_locked(request, item.meeting):
        return refused
    with transaction.atomic():
        other = _swap(item.meeting.items.all(), item, request.POST.get("direction", ""))
        if other is not None and item.origin and other.origin == item.origin:
            note_items_moved(item.meeting, {item.origin})  # (two documents' order: not kept)
    return redirect(reverse("secretariat:meeting", args=[item.meeting_id]) + f"#sag-{item.pk}")


@require_POST
@secretary_required
def delete_item(request: HttpRequest, pk: int) -> HttpResponse:
    item = item_for(request, pk)
    meeting = item.meeting
    if refused := refuse_if_locked(request, meeting):
        return refused
    with transaction.atomic():
        note_item_deleted(item)
        item.delete()
    messages.success(request, _("Punktet er slettet."))
    return redirect("secretariat:meeting", meeting.pk)


@require_POST
@secretary_required
def add_action(request: HttpRequest, pk: int, point_pk: int) -> HttpResponse:
    item = item_for(request, pk)
    point = get_object_or_404(Point, pk=point_pk, item=item)
    form = ActionForm(request.POST, prefix=f"a{point.pk}")
    if form.is_valid():
        action = form.save(commit=False)
        action.item, action.point, action.verb = item, point, "følger op"
        action.added_by_hand = True
        action.save()
        form.save_m2m()
        messages.success(request, _("Opfølgningen er noteret."))
    else:
        messages.error(request, _("Opfølgningen skal have en tekst."))
    return redirect(_item_url(item, f"punkt-{point.pk}"))


@require_POST
@secretary_required
def close_action(request: HttpRequest, pk: int, action_pk: int) -> HttpResponse:
    """Close or reopen a follow-up; closed 'at' a later point (one that takes up the action's
    point again), the tracker links to where it was closed."""
    item = item_for(request, pk)
    at = None
    if request.POST.get("at"):
        at = get_object_or_404(Point, pk=as_id(request.POST["at"]), item=item)
        action = get_object_or_404(Action, pk=action_pk, point=at.follows)
    else:
        action = get_object_or_404(Action, pk=action_pk, item=item)
    if action.status == Action.Status.OPEN:
        action.status, action.closed_at, action.closed_point = (
            Action.Status.DONE,
            timezone.now(),
            at,
        )
    else:
        action.status, action.closed_at, action.closed_point = Action.Status.OPEN, None, None
    action.save(update_fields=["status", "closed_at", "closed_point"])
    anchor = at.pk if at else action.point_id
    return redirect(_item_url(item, f"punkt-{anchor}" if anchor else ""))


@limited_upload
@secretary_required
def upload(request: HttpRequest, pk: int) -> HttpResponse:
    item = item_for(request, pk)
    if request.method != "POST":
        return redirect(_item_url(item, "bilag"))
    if refused := refuse_if_locked(request, item.meeting):
        return refused
    form = AttachmentForm(request.POST, request.FILES, prefix="bilag", item=item)
    if form.is_valid():
        attachment: Attachment = form.save(commit=False)
        attachment.item = item
        attachment.number = (item.attachments.aggregate(n=Max("number"))["n"] or 0) + 1
        attachment.added_by_hand = bool(item.origin)  # kept when its document comes again
        if not attachment.title:
            attachment.title = clean_name(request.FILES["bilag-file"].name, "bilag")
        _save_with_text(attachment)
        messages.success(request, _("Bilaget er lagt op."))
    else:
        messages.error(request, _("Bilaget blev ikke lagt op: vælg en fil."))
    return redirect(_item_url(item, "bilag"))


@limited_upload
@require_POST
@secretary_required
def attachment_file(request: HttpRequest, pk: int, attachment_pk: int) -> HttpResponse:
    """Give a listed attachment its file, or another one: an imported meeting's bilag are
    listed by title only until their files come (by upload here, or found by the import)."""
    item = item_for(request, pk)
    if refused := refuse_if_locked(request, item.meeting):
        return refused
    attachment = get_object_or_404(Attachment, pk=attachment_pk, item=item)
    upload = request.FILES.get(FILE_FIELD)
    if upload is None:
        messages.error(request, _("Filen blev ikke lagt op: vælg en fil."))
        return redirect(_item_url(item, "bilag"))
    old = attachment.file.name if attachment.file else ""
    attachment.file = upload
    _save_with_text(attachment)
    if old:  # once committed: a rolled-back upload keeps the old file
        transaction.on_commit(lambda: default_storage.delete(old))
    messages.success(request, _("Filen er lagt op."))
    return redirect(_item_url(item, "bilag"))


@transaction.atomic  # the search entries are written after the commit, with the text
def _save_with_text(attachment: Attachment) -> None:
    """Save an attachment with its new file, and the file's text for the search."""
    attachment.save()
    attachment.file.seek(0)
    keep_text(attachment.pk, attachment.sha256, attachment.file.read())


FILE_FIELD = "fil"


def clean_name(name: str, default: str) -> str:
    """An uploaded file's name as a readable title: no path, no control or direction marks.
    (It is never used on disk: files get server-made names.)"""
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    keep = "".join(
        c
        for c in name
        if c.isprintable()
        and c not in "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
    )
    return keep.strip()[:200] or default


@require_POST
@secretary_required
def delete_attachment(request: HttpRequest, pk: int, attachment_pk: int) -> HttpResponse:
    item = item_for(request, pk)
    if refused := refuse_if_locked(request, item.meeting):
        return refused
    attachment = get_object_or_404(Attachment, pk=attachment_pk, item=item)
    if attachment.file:
        attachment.file.delete(save=False)
    attachment.delete()
    return redirect(_item_url(item, "bilag"))


@require_POST
@secretary_required
def plan_point(request: HttpRequest, pk: int, point_pk: int) -> HttpResponse:
    """A point the årshjul planned: confirm it here, or move it to another draft meeting."""
    item = item_for(request, pk)
    if refused := refuse_if_locked(request, item.meeting):
        return refused
    point = get_object_or_404(Point, pk=point_pk, item=item, planned=True)
    if request.POST.get("confirm"):
        point.planned = False
        point.save(update_fields=["planned"])
        messages.success(request, _("Punktet er bekræftet."))
        return redirect(_item_url(item, f"punkt-{point.pk}"))
    target = get_object_or_404(
        Meeting.objects.visible_to(request.user),
        pk=as_id(request.POST.get("move")),
        body=item.meeting.body,
    )
    attempt(
        request,
        lambda: move_planned(point, target),
        _("Punktet er flyttet til mødet %s.") % f"{target.date:%d-%m-%Y}",
    )
    return redirect(_item_url(item))


@require_POST
@secretary_required
def toggle_attachment(request: HttpRequest, pk: int, attachment_pk: int) -> HttpResponse:
    """Open a closed attachment or close an open one (until the minutes are approved)."""
    item = item_for(request, pk)
    if refused := refuse_if_locked(request, item.meeting):
        return refused
    attachment = get_object_or_404(Attachment, pk=attachment_pk, item=item)
    attachment.access = "closed" if attachment.access == "open" else "open"
    with transaction.atomic():
        attachment.save(update_fields=["access"])
        hand_edits.note_attachment_access(attachment)
    return redirect(_item_url(item, "bilag"))
