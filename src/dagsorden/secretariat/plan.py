"""The årshjul's topics for the secretariat: the list, CSV import (all or nothing) and export,
and the heads of department the archive shows the board met, for the dialogue meetings'
topic. Single topics are edited in the admin (Årshjul)."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from dagsorden.meetings.models import Body, RecurringTopic
from dagsorden.meetings.planner import CSVError, heads_met_by_body, heads_onto_topic, import_csv

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
    return render(request, "secretariat/plan.html", {"topics": rows, "met": heads_met_by_body()})


@require_POST
@secretary_required
def heads_from_archive(request: HttpRequest, pk: int) -> HttpResponse:
    """Give the body's dialogue meetings' topic (a new one, or the one chosen) the heads the
    archive shows the board met in its last two years."""
    body = get_object_or_404(Body, pk=pk)
    chosen = request.POST.get("topic", "")
    topic = None
    if chosen.isdigit():
        topic = get_object_or_404(
            RecurringTopic, pk=int(chosen), body=body, rule=RecurringTopic.Rule.PER_HEAD
        )
    done = heads_onto_topic(body, topic)
    if done is None:
        messages.error(request, _("Arkivet har ingen dialogmøder for %s.") % body.name)
        return redirect("secretariat:plan")
    topic, n = done
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
