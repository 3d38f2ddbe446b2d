"""English page furniture and metadata labels."""

import re

I = re.IGNORECASE

DROP_LINE = (
    # "• Read also: ..." links inserted between paragraphs (Quebecor, Postmedia sites).
    re.compile(r"^[•·*-]?\s*(?:read|see|watch)\s+(?:also|more)\s*:.{0,300}$", I),
    re.compile(r"^(?:related|related article|related story|recommended|more on this|also read)\s*:.{0,300}$", I),
    re.compile(r"^(?:sign up|subscribe|click here|follow us|download our app|get the latest)\b.{0,150}$", I),
    re.compile(r"^(?:story continues below(?: advertisement)?|article continues below|continue reading below)\W*$", I),
    # Share and follow widgets (AP, The Jakarta Post, BBC, The Straits Times, PR Newswire).
    re.compile(r"^(?:link copied|change size|news provided by|reuse this content)\W*$", I),
    re.compile(r"^this article is more than \d+ \w+ old\W*$", I),
    re.compile(r"^(?:add as (?:a )?preferred (?:source )?on google|google preferred source(?: badge)?)\W*$", I),
    re.compile(r"^[•·*-]?\s*(?:join|follow)\b.{0,40}\bwhatsapp channel\b.{0,200}$", I),
    # Agency notes under the text: contributors, funding, standards, the fact-check team.
    re.compile(r"^.{0,150}\bcontributed (?:to this (?:report|story)|reporting)\b.{0,40}$", I),
    re.compile(r"^the associated press\b.{0,80}\breceives (?:financial )?support\b.{0,300}$", I),
    re.compile(r"^our standards\s*:.{0,120}$", I),
    re.compile(r"^this article was produced by the \w+ fact check team\b.{0,300}$", I),
    re.compile(r"^purchase licensing rights\W*$", I),
    # A reader-reaction widget prompt.
    re.compile(r"^what (?:are you thinking|do you think)\?\s*$", I),
)

LINK_LABEL = (
    re.compile(r"^[•·*-]?\s*(?:read|see) also\s*:?\s*$", I),
)
# Link annotations inside a paragraph: Reuters' "(HLXA.O), opens new tab".
INLINE_FURNITURE = (
    re.compile(r"[ \u00a0]?\(here,?[ \u00a0]opens new tab\)"),
    re.compile(r",?[ \u00a0]opens new tab\b"),
)

END_OF_ARTICLE = (
    re.compile(r"^(?:more from (?:author|this author|the author)|related (?:articles|stories|news|posts|topics)|read more|recommended for you|you may also like|most popular|latest news|trending now|comments|join the conversation)\W*$", I),
    re.compile(r"^(?:suggested topics|explore more on these topics|more on this story|you may also be interested in|your opinion matters|media contact)\W*$", I),
    re.compile(r"^view original content\b.{0,300}$", I),
    # The Guardian's reader appeal.
    re.compile(r"^(?:i hope you appreciated this article|before you move on)\b", I),
)

HEADER_CAPTION = (
    re.compile(r"\b(?:in this (?:image|photo|picture|handout)|file photo|handout photo)\b", I),
)

WIRE_CUES = (
    re.compile(r"\bciting\b", I),
)

# "Yonhap reported", "according to Reuters", "told Interfax": only wires count here, because
# "according to" or "reported" before an arbitrary outlet is often not the article's source.
WIRE_ONLY_CUES = (
    re.compile(r"\baccording to\b", I),
)
# The agency comes before these: "Yonhap reported", "Interfax news agency reported".
WIRE_ONLY_CUES_BEFORE = (
    re.compile(r"\b(?:reported|reports|said in a report)\b", I),
)

AUTHOR_LABELS = (
    re.compile(r"(?:^|\|)\s*(?i:by|written by|author|reporter|reporting by)\s*:?\s+(?P<value>[A-Z][^|]{1,80}?)\s*(?=\||$)"),
)
EDITOR_LABELS = (
    re.compile(r"(?:^|\|)\s*(?:edited by|editing by|editor)\s*:?\s+(?P<value>[A-Z][^|]{1,60}?)\s*(?=\||$)", I),
)
SOURCE_LABELS = (
    re.compile(r"(?:^|\|)\s*source\s*:\s*(?P<value>[^|]{2,60}?)\s*(?=\||$)", I),
)
