"""Dashboard forms: they validate input and hand clean values to selectors and services."""

from __future__ import annotations

from pathlib import Path

from django import forms
from django.conf import settings
from django.core.validators import URLValidator
from django.utils.translation import gettext_lazy as _

from sources.models import Outlet

from .models import Claim, ClaimCluster, Review, Speaker
from .pipeline import INGESTIBLE_SUFFIXES
from .selectors import ClusterFilters, claim_languages, reviewer_choices, speaker_list

ORDERINGS = [("spread", _("Spread (outlets)")), ("newest", _("Newest")), ("first_seen", _("First seen"))]
YES_NO = [("", _("Any")), ("yes", _("Yes")), ("no", _("No"))]


class DateInput(forms.DateInput):
    input_type = "date"


class InboxFilterForm(forms.Form):
    q = forms.CharField(label=_("Text"), required=False)
    speaker = forms.ModelChoiceField(label=_("Speaker"), queryset=Speaker.objects.none(), required=False,
                                     empty_label=_("Any"))
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
        self.fields["speaker"].queryset = speaker_list()
        self.fields["language"].choices = [("", _("Any"))] + [(code, code) for code in claim_languages()]

    def filters(self) -> ClusterFilters:
        """The filters of a valid form; an invalid one filters nothing (its errors are shown)."""
        if not self.is_valid():
            return ClusterFilters()
        d = self.cleaned_data
        checked = {"yes": True, "no": False}.get(d["previously_checked"])
        return ClusterFilters(
            speaker=d["speaker"].pk if d["speaker"] else None,
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
    target = forms.ModelChoiceField(label=_("Merge this speaker into"), queryset=Speaker.objects.none())

    def __init__(self, *args, speaker: Speaker, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["target"].queryset = speaker_list().exclude(pk=speaker.pk)


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
