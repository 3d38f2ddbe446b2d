"""Dashboard forms: they validate input and hand clean values to selectors and services."""

from __future__ import annotations

from pathlib import Path

from django import forms
from django.conf import settings
from django.core.validators import URLValidator
from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _

from sources.models import Outlet

from .models import Claim, ClaimCluster, Review, Speaker
from .pipeline import INGESTIBLE_SUFFIXES
from .selectors import ClusterFilters, claim_languages, reviewer_choices, speaker_list, speaker_named

ORDERINGS = [("spread", _("Spread (outlets)")), ("newest", _("Newest")), ("first_seen", _("First seen"))]
YES_NO = [("", _("Any")), ("yes", _("Yes")), ("no", _("No"))]


class DateInput(forms.DateInput):
    input_type = "date"


class SpeakerNameInput(forms.TextInput):
    """A text box that offers speakers while one types: htmx fills its <datalist> from
    `claims:speaker_suggest` (rendered by dashboard/_field.html), and kutip.js copies the id of a
    picked suggestion into the hidden field named by `data-id-field`. Without JavaScript it is a
    plain text box, and the form reads the typed name. A <select> of every speaker cost 0.4 s a
    page at 2 000 speakers."""

    def __init__(self, *, datalist: str, id_field: str):
        super().__init__(attrs={
            "list": datalist, "autocomplete": "off", "data-id-field": id_field,
            "hx-get": reverse_lazy("claims:speaker_suggest"), "hx-trigger": "input changed delay:200ms, focus once",
            "hx-target": f"#{datalist}", "hx-swap": "innerHTML", "hx-sync": "this:replace",
        })


def _speaker_picked(data, name_field: str, speaker: Speaker | None) -> bool:
    """Whether the hidden id still names what the text box shows. A link with only the id (no
    text box in it) counts; a page re-sent without JavaScript after the name was retyped does not."""
    if speaker is None:
        return False
    if name_field not in data:
        return True
    typed = data.get(name_field, "").strip().casefold()
    return typed == speaker.name.casefold() or speaker.aliases.filter(alias__iexact=typed).exists()


class InboxFilterForm(forms.Form):
    q = forms.CharField(label=_("Text"), required=False)
    speaker_name = forms.CharField(
        label=_("Speaker"), required=False, max_length=300,
        widget=SpeakerNameInput(datalist="speaker-options", id_field="id_speaker"),
        help_text=_("Type a name and pick a suggestion, or search by the text typed."),
    )
    speaker = forms.IntegerField(required=False, min_value=1, widget=forms.HiddenInput)
    outlet = forms.ModelChoiceField(label=_("Outlet"), queryset=Outlet.objects.all(), required=False,
                                    empty_label=_("Any"))
    language = forms.ChoiceField(label=_("Language"), required=False)
    stance = forms.ChoiceField(label=_("Stance"), required=False,
                               choices=[("", _("Any")), *Claim.Stance.choices])
    status = forms.ChoiceField(label=_("Status"), required=False,
                               choices=[("", _("Any")), *ClaimCluster.Status.choices])
    previously_checked = forms.ChoiceField(label=_("Previously fact-checked"), required=False, choices=YES_NO)
    date_from = forms.DateField(label=_("First seen from"), required=False, widget=DateInput)
    date_to = forms.DateField(label=_("First seen to"), required=False, widget=DateInput)
    sort = forms.ChoiceField(label=_("Sort by"), required=False, choices=ORDERINGS)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = [("", _("Any"))] + [(code, code) for code in claim_languages()]

    def clean(self):
        data = super().clean()
        pk = data.get("speaker")
        speaker = speaker_list().prefetch_related(None).filter(pk=pk).first() if pk else None
        if _speaker_picked(self.data, "speaker_name", speaker):
            data["speaker_name"] = ""
            # The box shows the picked speaker's name, also when the link held only the id.
            self.data = self.data.copy()
            self.data["speaker_name"] = speaker.name
        else:
            # Typed without picking (or without JavaScript): a name that is exactly one speaker's
            # is that speaker; any other text searches the names.
            named = speaker_named(name=data.get("speaker_name", ""))
            data["speaker"] = named.pk if named else None
            if named:
                data["speaker_name"] = ""
            if pk or named:
                self.data = self.data.copy()
                self.data["speaker"] = named.pk if named else ""
        return data

    def filters(self) -> ClusterFilters:
        """The filters of a valid form; an invalid one filters nothing (its errors are shown)."""
        if not self.is_valid():
            return ClusterFilters()
        d = self.cleaned_data
        checked = {"yes": True, "no": False}.get(d["previously_checked"])
        return ClusterFilters(
            speaker=d["speaker"],
            speaker_name=d["speaker_name"].strip() or None,
            outlet=d["outlet"].pk if d["outlet"] else None,
            language=d["language"] or None,
            stance=d["stance"] or None,
            status=d["status"] or None,
            date_from=d["date_from"],
            date_to=d["date_to"],
            previously_checked=checked,
            q=d["q"].strip() or None,
        )

    def ordering(self) -> str:
        return (self.is_valid() and self.cleaned_data["sort"]) or "spread"


class ClusterSearchForm(forms.Form):
    q = forms.CharField(label=_("Find a cluster to merge into this one"), min_length=2)


class MergeForm(forms.Form):
    other = forms.ModelChoiceField(queryset=ClaimCluster.objects.all(), widget=forms.HiddenInput)


def _evidence_lines(text: str) -> list[str]:
    validate = URLValidator(schemes=["http", "https"])
    links = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        try:
            validate(line)
        except forms.ValidationError:
            raise forms.ValidationError(_("Not a web address: %(line)s"), params={"line": line}) from None
        links.append(line)
    return links


class ReviewForm(forms.Form):
    verdict = forms.ChoiceField(label=_("Verdict"), required=False, choices=[("", "—"), *Review.Verdict.choices])
    summary = forms.CharField(label=_("Summary"), required=False, widget=forms.Textarea(attrs={"rows": 6}))
    evidence_links = forms.CharField(
        label=_("Evidence links"), required=False, help_text=_("One web address per line."),
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    reviewer = forms.ModelChoiceField(label=_("Reviewer"), queryset=None, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reviewer"].queryset = reviewer_choices()

    @classmethod
    def for_review(cls, review: Review) -> ReviewForm:
        return cls(initial={
            "verdict": review.verdict, "summary": review.summary,
            "evidence_links": "\n".join(review.evidence_links or []), "reviewer": review.reviewer_id,
        })

    def clean_evidence_links(self) -> list[str]:
        return _evidence_lines(self.cleaned_data["evidence_links"])


class SpeakerMergeForm(forms.Form):
    target_name = forms.CharField(
        label=_("Merge this speaker into"), required=False, max_length=300,
        widget=SpeakerNameInput(datalist="merge-target-options", id_field="id_target"),
        help_text=_("Type a name and pick a suggestion."),
    )
    target = forms.ModelChoiceField(queryset=Speaker.objects.none(), required=False, widget=forms.HiddenInput)

    def __init__(self, *args, speaker: Speaker, **kwargs):
        super().__init__(*args, **kwargs)
        self.speaker = speaker
        self.fields["target"].queryset = speaker_list().prefetch_related(None).exclude(pk=speaker.pk)

    def clean(self):
        data = super().clean()
        if "target" in self.errors:
            return data
        if _speaker_picked(self.data, "target_name", data.get("target")):
            return data
        name = data.get("target_name", "").strip()
        if not name:
            raise forms.ValidationError(_("Choose the speaker to merge into."))
        target = speaker_named(name=name)
        if target is None or target.pk == self.speaker.pk:
            self.add_error("target_name", _("No other speaker is called “%(name)s”: pick one of the suggestions."
                                            ) % {"name": name})
        else:
            data["target"] = target
        return data


class AliasForm(forms.Form):
    alias = forms.CharField(label=_("New alias"), max_length=300)


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Search claims"), required=False)


class SaidBeforeForm(forms.Form):
    text = forms.CharField(label=_("Claim text"), widget=forms.Textarea(attrs={"rows": 3}),
                           max_length=5000)
    speaker = forms.CharField(label=_("Speaker (optional)"), required=False, max_length=300)
    language = forms.ChoiceField(label=_("Language"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = [("", _("Any"))] + [(code, code) for code in claim_languages()]


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": ",".join(sorted(INGESTIBLE_SUFFIXES))}))
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        files = data if isinstance(data, (list, tuple)) else [data] if data else []
        return [super(MultipleFileField, self).clean(f, initial) for f in files]


class IngestForm(forms.Form):
    text = forms.CharField(label=_("Paste article text"), required=False, widget=forms.Textarea(attrs={"rows": 8}))
    files = MultipleFileField(label=_("Upload .txt or .html files"), required=False)
    urls = forms.CharField(label=_("Article web addresses, one per line"), required=False,
                           widget=forms.Textarea(attrs={"rows": 3}))

    def clean_files(self):
        files = self.cleaned_data["files"] or []
        for f in files:
            if Path(f.name).suffix.lower() not in INGESTIBLE_SUFFIXES:
                raise forms.ValidationError(_("%(name)s is not a .txt or .html file."), params={"name": f.name})
            if f.size > settings.KUTIP_MAX_INPUT_BYTES:
                raise forms.ValidationError(
                    _("%(name)s is larger than %(limit)s bytes."),
                    params={"name": f.name, "limit": settings.KUTIP_MAX_INPUT_BYTES},
                )
        return files

    def clean_urls(self) -> list[str]:
        return _evidence_lines(self.cleaned_data["urls"])

    def clean(self):
        data = super().clean()
        if not self.errors and not (data.get("text", "").strip() or data.get("files") or data.get("urls")):
            raise forms.ValidationError(_("Paste some text, choose a file or give a web address."))
        return data

    def inputs(self) -> list[tuple[str, bytes]]:
        """Pasted text and uploaded files as (name, bytes); web addresses are fetched by the view."""
        inputs = []
        if self.cleaned_data["text"].strip():
            inputs.append(("pasted text", self.cleaned_data["text"].encode("utf-8")))
        for f in self.cleaned_data["files"]:
            inputs.append((f.name, f.read()))
        return inputs
