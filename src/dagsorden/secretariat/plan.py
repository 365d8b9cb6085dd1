"""The årshjul's topics for the secretariat: the list, CSV import (all or nothing) and export,
and the heads of department the archive shows the board met, for the dialogue meetings'
topic. Single topics are edited in the admin (Årshjul)."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from dagsorden.core.annual_plan import heads_met, recent_heads
from dagsorden.meetings.models import Body, Point, RecurringTopic
from dagsorden.meetings.planner import CSVError, import_csv

from .permissions import secretary_required
from .uploads import limited_upload


@limited_upload
@secretary_required
def topics(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        upload = request.FILES.get("csv")
        if upload is None:
            messages.error(request, _("Vælg en CSV-fil."))
            return redirect("secretariat:plan")
        try:
            text = upload.read().decode("utf-8-sig")
        except UnicodeDecodeError:
            text = ""
            messages.error(request, _("%s er ikke en UTF-8 CSV-fil.") % upload.name)
        if text:
            try:
                created, updated = import_csv(text, source=upload.name)
            except CSVError as exc:
                messages.error(request, _("Intet er indlæst: %s") % exc)
            else:
                messages.success(
                    request,
                    _("%(c)d nye og %(u)d opdaterede emner.") % {"c": created, "u": updated},
                )
        return redirect("secretariat:plan")
    rows = RecurringTopic.objects.select_related("body").order_by("body__name", "month", "title")
    return render(request, "secretariat/plan.html", {"topics": rows, "met": _met()})


RECENT_YEARS = 2  # a head not met in the last two years of the archive has left
NEW_TOPIC = "Dialogmøder"


def _met() -> list[dict[str, Any]]:
    """Each body's heads of department met in dialogue meetings, as the archive shows."""
    dialogues: dict[int, list[tuple[Any, str]]] = {}
    points = Point.objects.filter(kind=Point.Kind.DIALOGUE).exclude(presenter="")
    for body_id, when, presenter in points.values_list(
        "item__meeting__body_id", "item__meeting__date", "presenter"
    ):
        dialogues.setdefault(body_id, []).append((when, presenter))
    out = []
    for body in Body.objects.filter(pk__in=dialogues).order_by("name"):
        met = heads_met(dialogues[body.pk])
        out.append(
            {
                "body": body,
                "heads": met,
                "recent": recent_heads(met, RECENT_YEARS),
                "topics": body.recurring_topics.filter(rule=RecurringTopic.Rule.PER_HEAD),
            }
        )
    return out


@require_POST
@secretary_required
def heads_from_archive(request: HttpRequest, pk: int) -> HttpResponse:
    """Give the body's dialogue meetings' topic (a new one, or the one chosen) the heads the
    archive shows the board met in its last two years."""
    body = get_object_or_404(Body, pk=pk)
    found = next((m for m in _met() if m["body"] == body), None)
    if found is None or not found["recent"]:
        messages.error(request, _("Arkivet har ingen dialogmøder for %s.") % body.name)
        return redirect("secretariat:plan")
    chosen = request.POST.get("topic", "")
    if chosen.isdigit():
        topic = get_object_or_404(
            RecurringTopic, pk=int(chosen), body=body, rule=RecurringTopic.Rule.PER_HEAD
        )
    else:
        # The archive's own language, whichever the secretary reads the screens in.
        topic = RecurringTopic(body=body, title=NEW_TOPIC, rule=RecurringTopic.Rule.PER_HEAD)
    topic.heads = "\n".join(found["recent"])
    topic.save()
    n = len(found["recent"])
    messages.success(
        request,
        ngettext(
            "«%(topic)s» har nu %(n)d afdelingschef fra arkivet.",
            "«%(topic)s» har nu %(n)d afdelingschefer fra arkivet.",
            n,
        )
        % {"topic": topic.title, "n": n},
    )
    return redirect("secretariat:plan")
