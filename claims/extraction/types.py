"""What the extraction layer finds in an article body. Pure Python: no Django."""

from __future__ import annotations

from dataclasses import dataclass


class Kind:
    DIRECT = "direct"
    INDIRECT = "indirect"


class Stance:
    ASSERT = "assert"
    DENY = "deny"
    ACCUSE = "accuse"


@dataclass(frozen=True)
class Statement:
    """An attributed statement. Invariant: body[start:end] == text."""

    speaker: str | None  # canonical name, e.g. "Budi Hartono"
    speaker_mention: str | None  # as written, e.g. "Budi" or "imbuhnya"
    speaker_kind: str  # person | organisation | country | group | document | unknown
    text: str
    kind: str  # Kind.DIRECT | Kind.INDIRECT
    cue: str | None  # the speech verb as written
    stance: str  # Stance.*
    via: str | None  # the medium the speaker spoke to ("Antara")
    start: int
    end: int
    resolved_content: str | None = None  # what a back-pointing denial denies

    def as_dict(self) -> dict:
        return {
            "speaker": self.speaker,
            "speaker_mention": self.speaker_mention,
            "speaker_kind": self.speaker_kind,
            "text": self.text,
            "kind": self.kind,
            "cue": self.cue,
            "stance": self.stance,
            "via": self.via,
            "start": self.start,
            "end": self.end,
            "resolved_content": self.resolved_content,
        }
