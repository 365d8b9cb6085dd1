"""Standard texts: one place to keep them; an edit adds a version."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from dagsorden.meetings import workflow as w
from dagsorden.meetings.models import StandardText

from .forms import StandardTextForm
from .permissions import secretary_required


@secretary_required
def text_list(request: HttpRequest) -> HttpResponse:
    latest: dict[str, StandardText] = {}
    counts: dict[str, int] = {}
    for t in StandardText.objects.order_by("key", "-version"):
        latest.setdefault(t.key, t)
        counts[t.key] = counts.get(t.key, 0) + 1
    rows = [(t, counts[t.key]) for t in latest.values()]
    return render(request, "secretariat/texts.html", {"rows": rows})


@secretary_required
def text_edit(request: HttpRequest, key: str) -> HttpResponse:
    current = w.standard_text(key)
    if current is None:
        raise Http404("ingen sådan standardtekst")
    form = StandardTextForm(
        request.POST or None, initial={"title": current.title, "text": current.text}
    )
    if request.method == "POST" and form.is_valid():
        new = w.save_standard_text(
            key, form.cleaned_data["text"].strip(), request.user, title=form.cleaned_data["title"]
        )
        messages.success(request, _("Gemt som version %d.") % new.version)
        return redirect("secretariat:texts")
    versions = StandardText.objects.filter(key=key).order_by("-version")
    return render(
        request,
        "secretariat/text_edit.html",
        {"form": form, "current": current, "versions": versions},
    )
