"""Speakers as stored: one row per real speaker, found again through any of its aliases."""

from __future__ import annotations

import re
import unicodedata

from django.db import IntegrityError, transaction

from .models import Speaker, SpeakerAlias

_NON_WORD = re.compile(r"[\W_]+")


def normalise_name(name: str) -> str:
    """"Shin Won-sik", "shin wonsik" and "SHIN WON SIK" differ only in case and joiners: one key."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return _NON_WORD.sub(" ", text).strip().casefold()


def speaker_canonical(speaker: Speaker) -> Speaker:
    """Follow merges to the speaker that survives; a chain is short, merges are rare."""
    seen = set()
    while speaker.merged_into_id and speaker.pk not in seen:
        seen.add(speaker.pk)
        speaker = speaker.merged_into
    return speaker


def speaker_resolve(*, name: str, kind: str = Speaker.Kind.UNKNOWN, aliases: tuple[str, ...] = ()) -> Speaker | None:
    """The stored speaker for a canonical name, created with its aliases when new.

    Aliases only ever point at one speaker (the normalised alias is unique), so a name seen in a
    concurrent ingest resolves to the same row: the loser of the race reads the winner's row.
    """
    key = normalise_name(name)
    if not key:
        return None
    alias = SpeakerAlias.objects.select_related("speaker").filter(normalised=key).first()
    if alias is not None:
        speaker = speaker_canonical(alias.speaker)
    else:
        try:
            with transaction.atomic():
                speaker = Speaker.objects.create(name=name.strip(), kind=kind)
                SpeakerAlias.objects.create(speaker=speaker, alias=name.strip(), normalised=key)
        except IntegrityError:
            return speaker_canonical(SpeakerAlias.objects.get(normalised=key).speaker)
    for other in aliases:
        speaker_alias_add(speaker=speaker, alias=other)
    return speaker


def speaker_alias_add(*, speaker: Speaker, alias: str) -> bool:
    """Attach an alias unless it already names a speaker (then the reconciliation decides)."""
    key = normalise_name(alias)
    if not key or SpeakerAlias.objects.filter(normalised=key).exists():
        return False
    try:
        with transaction.atomic():
            SpeakerAlias.objects.create(speaker=speaker, alias=alias.strip(), normalised=key)
    except IntegrityError:
        return False
    return True


def speaker_merge_into(*, source: Speaker, target: Speaker) -> Speaker:
    """`source` becomes `target`: its aliases and claims move, its row keeps resolving to `target`.
    Precondition: inside a transaction; the caller has checked permissions (or is the nightly job)."""
    if source.pk == target.pk:
        return target
    from .models import Claim

    SpeakerAlias.objects.filter(speaker=source).update(speaker=target)
    Claim.objects.filter(speaker=source).update(speaker=target)
    Speaker.objects.filter(merged_into=source).update(merged_into=target)
    source.merged_into = target
    source.save(update_fields=["merged_into"])
    return target
