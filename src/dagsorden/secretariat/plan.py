"""The årshjul's topics for the secretariat: the list, CSV import (all or nothing) and export.
Single topics are edited in the admin (Årshjul)."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from dagsorden.meetings.models import RecurringTopic
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
    return render(request, "secretariat/plan.html", {"topics": rows})
