from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from dagsorden.meetings.hand_edits import POINT_FIELDS
from dagsorden.meetings.models import (
    Action,
    AgendaItem,
    Attachment,
    Attendance,
    Body,
    Meeting,
    Point,
    StandardText,
)


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(format="%Y-%m-%d", **kwargs)


class TimeInput(forms.TimeInput):
    input_type = "time"

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(format="%H:%M", **kwargs)


class NewMeetingForm(forms.Form):
    body = forms.ModelChoiceField(Body.objects.all(), label=_("Organ"))
    date = forms.DateField(label=_("Dato"), widget=DateInput())
    start = forms.TimeField(label=_("Start"), required=False, widget=TimeInput())
    place = forms.CharField(label=_("Sted"), required=False, max_length=200)
    kind = forms.ChoiceField(label=_("Mødetype"), choices=Meeting.Kind.choices)
    carry = forms.ModelMultipleChoiceField(
        Point.objects.none(),
        label=_("Genoptag punkter, der skulle være behandlet igen"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    actions = forms.ModelMultipleChoiceField(
        Action.objects.none(),
        label=_("Sæt åbne opfølgninger på dagsordenen"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def offer(self, points: list[Point], actions: list[Action]) -> None:
        self.fields["carry"].queryset = Point.objects.filter(pk__in=[p.pk for p in points])
        self.fields["carry"].label_from_instance = lambda p: (
            f"{p.title} ({p.item.meeting.date:%d-%m-%Y})"
        )
        self.fields["actions"].queryset = Action.objects.filter(pk__in=[a.pk for a in actions])
        self.fields["actions"].label_from_instance = lambda a: (
            f"{a.responsible_role or '–'}: {a.text[:120]} ({a.item.meeting.date:%d-%m-%Y})"
        )


class Text(forms.CharField):
    """A text typed in a textarea: its lines end as the imported texts' do ('\\n'), not as the
    browser sends them ('\\r\\n'), so that a text saved unchanged is the same text."""

    def to_python(self, value: Any) -> str:
        return str(super().to_python(value)).replace("\r\n", "\n").replace("\r", "\n")


class CorrectedForm(forms.ModelForm):
    """A form of an imported item or point: each field corrected by hand says so, and
    `corrections` holds what the document has in them (field, label, value) for the page."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.corrections: list[tuple[str, str, str]] = []
        for name, value in self.instance.hand_edits.items():
            field = self.fields.get(name)
            if field is None:
                continue
            said = _("Rettet i hånden; dokumentets tekst står under formularen.")
            field.help_text = f"{field.help_text} {said}" if field.help_text else said
            shown = ", ".join(value) if isinstance(value, list) else str(value or "—")
            self.corrections.append((name, str(field.label), shown))


class MeetingForm(forms.ModelForm):
    class Meta:
        model = Meeting
        fields = ["date", "start", "end", "place", "kind"]
        widgets = {"date": DateInput(), "start": TimeInput(), "end": TimeInput()}


class ItemForm(CorrectedForm):
    routing = forms.CharField(
        label=_("Sagsgang"),
        required=False,
        help_text=_("Organernes forkortelser i rækkefølge, fx 'DIR, MTU, ØK, KB'."),
    )
    decision = Text(
        label=_("Beslutning (for et punkt uden underpunkter)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    class Meta:
        model = AgendaItem
        fields = ["title", "number", "access", "case_number", "presentation", "recommendation"]
        field_classes = {"presentation": Text, "recommendation": Text}
        widgets = {
            "presentation": forms.Textarea(attrs={"rows": 8}),
            "recommendation": forms.Textarea(attrs={"rows": 2}),
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if not self.instance.access_stated:
            self.fields["access"].help_text = _(
                "Det importerede dokument angav ikke punktets adgang; derfor er det lukket. "
                "Det, der vælges her og gemmes, gælder."
            )

    def save(self, commit: bool = True) -> AgendaItem:
        self.instance.access_stated = True  # a person has now said
        return super().save(commit)

    def clean_routing(self) -> list[Body]:
        codes = [c.strip() for c in self.cleaned_data["routing"].replace("→", ",").split(",")]
        bodies = {b.code.casefold(): b for b in Body.objects.all()}
        unknown = [c for c in codes if c and c.casefold() not in bodies]
        if unknown:
            raise forms.ValidationError(_("Ukendt organ: %s") % ", ".join(unknown))
        return [bodies[c.casefold()] for c in codes if c]


def decision_phrases() -> list[tuple[str, str]]:
    latest: dict[str, str] = {}
    for t in StandardText.objects.filter(section="decision").order_by("key", "-version"):
        latest.setdefault(t.key, t.text)
    return [("", "—"), *((text, text) for text in latest.values())]


class PointForm(CorrectedForm):
    phrase = forms.ChoiceField(label=_("Standardformulering"), required=False)
    return_date = forms.DateField(
        label=_("Behandles igen den"),
        required=False,
        widget=DateInput(),
        help_text=_("Sættes på det mødes dagsorden."),
    )
    return_body = forms.ModelChoiceField(
        Body.objects.all(),
        label=_("… i organ"),
        required=False,
        help_text=_("Tom: samme organ. Et andet organ noteres som videresendt."),
    )

    class Meta:
        model = Point
        fields = list(POINT_FIELDS)  # what a correction of an imported point is noted for
        field_classes = {"presentation": Text, "decision": Text}
        widgets = {
            "presentation": forms.Textarea(attrs={"rows": 4}),
            "decision": forms.Textarea(attrs={"rows": 3}),
            "guest_time": TimeInput(),
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["phrase"].choices = decision_phrases()

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        phrase = data.get("phrase")
        if phrase:
            data["decision"] = " ".join(x for x in (data.get("decision", ""), phrase) if x)
            self.instance.decision = data["decision"]
        return data


class ActionForm(forms.ModelForm):
    class Meta:
        model = Action
        fields = [
            "responsible_role",
            "responsible_people",
            "text",
            "due_date",
            "due_next_body",
            "status",
        ]
        widgets = {"due_date": DateInput(), "text": forms.Textarea(attrs={"rows": 2})}
        help_texts = {
            "responsible_people": _("Vælg flere med Ctrl (⌘ på Mac)."),
            "due_next_body": _(
                "Uden dato: fristen er organets første møde efter dette, når det er planlagt."
            ),
        }


class AttachmentForm(forms.ModelForm):
    class Meta:
        model = Attachment
        fields = [
            "file",
            "title",
            "point",
            "access",
            "document_id",
            "journal_number",
            "main_document",
        ]

    def __init__(self, *args: Any, item: AgendaItem | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["file"].required = True
        self.fields["file"].max_length = None  # the name is never stored: see files.py
        self.fields["title"].required = False
        self.fields["title"].help_text = _("Tom: filens navn.")
        # Only this item's points (a select of every point in the archive would not load).
        point = self.fields["point"]
        assert isinstance(point, forms.ModelChoiceField)
        point.queryset = item.points.all() if item is not None else Point.objects.none()
        point.label = _("Hører til punkt")
        point.required = False


class AttendanceForm(forms.Form):
    name = forms.CharField(label=_("Navn"), max_length=200)
    title = forms.CharField(label=_("Stilling"), max_length=300, required=False)
    status = forms.ChoiceField(label=_("Status"), choices=Attendance.Status.choices)
    remark = forms.CharField(
        label=_("Bemærkning"), max_length=300, required=False, help_text=_("Fx 'formand'.")
    )


class CorrectionForm(forms.Form):
    target = forms.ChoiceField(label=_("Hvad rettes"))
    text = forms.CharField(label=_("Rettelse"), widget=forms.Textarea(attrs={"rows": 3}))
    reason = forms.CharField(label=_("Begrundelse"), widget=forms.Textarea(attrs={"rows": 2}))

    def __init__(self, meeting: Meeting, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        choices = [("", _("Mødet som helhed"))]
        for item in meeting.items.prefetch_related("points"):
            choices.append((f"item-{item.pk}", item.title))
            choices += [(f"point-{p.pk}", f"— {p.title[:100]}") for p in item.points.all()]
        self.fields["target"].choices = choices
        self.fields["target"].required = False


class StandardTextForm(forms.Form):
    title = forms.CharField(label=_("Titel"), max_length=200)
    text = forms.CharField(label=_("Tekst"), widget=forms.Textarea(attrs={"rows": 10}))
