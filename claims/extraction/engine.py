"""Attribution rules: direct quotes, reported speech, speakers, coreference, stance, channel.

Language-neutral: every word it looks for comes from a lexicon module (`lexicons/<code>.py`).
The rules run per sentence, in document order, keeping a little state for coreference
(the last speaker, the full names seen so far).
"""

from __future__ import annotations

import re
import dataclasses
from dataclasses import dataclass, field
from functools import lru_cache
from types import ModuleType

from rapidfuzz.distance import Levenshtein

from .gazetteer import LEGAL_FORMS, LOCATED_MODIFIER, SpeakerGazetteer, is_acronym
from .lexicons import get_lexicon
from .segment import Sentence, sentences
from .types import Kind, Stance, Statement

MASK = "\x00"
# A speaker phrase longer than this is a clause, not a name with its title (measured: the
# longest real one in the dev corpora, a police rank + unit + name, has 11 words).
MAX_NP_WORDS = 12
# ... except a chain of official titles before a name, which can run to twice that.
MAX_TITLE_NP_WORDS = 24
# Content shorter than this is not a statement ("kata dia", a bare "ya").
MIN_CONTENT_WORDS = 3
# ... unless it is a whole quotation with its own cue (`"Why?" asked Ann`, `"No deal," Lee
# said`): the marks and the cue make even one word the speaker's.
MIN_QUOTED_WORDS = 1
# A quotation of at most this many words inside a sentence is a scare quote / a phrase.
MAX_SCARE_WORDS = 3
_WORD_RE = re.compile(r"[\w'’-]+", re.UNICODE)
_CAP_TOKEN_RE = re.compile(r"^[A-Z\u00c0-\u00de][\w'’.-]*$")
# A full name, then the body the person belongs to (English)
_MEMBER_OF_RE = re.compile(r"^(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3}) of (?:the )?[A-Z]")
# The last clause boundary before a speech verb (comma, semicolon, colon, and/but).
_CLAUSE_SEP_RE = re.compile(r"(?:[,;:]\s+(?:(?:while|whereas|because|although)\s+)?|\s(?:and|but|while|whereas|because|although|dan|namun|tetapi|tapi)\s+)(?!.*(?:[,;:]\s|\s(?:and|but|while|whereas|because|although|dan|namun|tetapi|tapi)\s))", re.S)
# `X praised the deal and said ...`: a sentence-opening name phrase (titles, `of`, initials)
_LEAD_NAME_RE = re.compile(r"((?:[A-Z][\w.'’-]*\s+(?:of\s+)?)*[A-Z][\w.'’-]*)\s+[a-z]")
# the words after a post-quote cue, up to punctuation; a period inside `Rep. Jim` or `Dr. Ann` stays
# (an acronym in brackets inside a role, `Ketua Komite X (KX) Ana Lee`, does not end the phrase)
_NP_AFTER_RE = re.compile(r"\s*((?:[^,;.!?\x00(]|\.(?=\s?[A-Z])|\([A-Z][\w-]{1,14}\)(?=\s+[A-Z]))*)")
# where a trailing attribution can start: a comma/semicolon, or a closing quote mark
_TAIL_SEP_RE = re.compile(r"[,;]\s+|(?<=\x00)[\"”’»]\s+")
_QUOTE_TRIM_RE = re.compile(r"^[\"“”'‘’\s]+|[\"“”'‘’\s]+$")
_DASH_SPLIT_RE = re.compile(r"\s[—–]\s|\s-\s(?=[A-Z])")
_DASH_NP_RE = re.compile(r"^[\s,.!?;:]*[—–]\s*([^,;.!?\x00(]+)")
_FIRST_WORD_RE = re.compile(r"^[\s,.!?;:]*(\w+)\b")
_POSSESSIVE_RE = re.compile(r"['’]s\b")
# A social-media handle (`@jajanan.aman.id`), not an e-mail address.
_HANDLE_RE = re.compile(r"(?<![\w.])@[A-Za-z0-9_][A-Za-z0-9_.]{1,29}")
# A clause of the reporter's after a promise's infinitive (`promised to pay, but the tally ...`).
# A figure opening what follows a phrase (not an age, `Ann Lee, 52, said`).
_FIGURE_OPENING_RE = re.compile(r"\s*,\s*(?:Rp\s?|US\$|\$)?\d(?!\d{0,2}\s*,)")
# `At least four band members were killed, X said`: a quantity, not a fronted adverbial
_QUANTITY_OPENERS = frozenset(("at least", "at most", "up to", "more than", "less than"))
# A speaker's label opening a transcript's line: `PENCE: Well, ...`, `MR. LEE: ...`.
_TRANSCRIPT_LABEL_RE = re.compile(r"((?:[A-Z]{2,4}\.\s)?[A-Z][A-Z'’-]{2,}(?:\s[A-Z][A-Z'’-]{2,}){0,2}):\s")
_NICKNAME_CONTEXT_RE = re.compile(r"\b[A-Z][\w'’-]+ $")
_CAP_AFTER_RE = re.compile(r" [A-Z]")
# An account's name in quotation marks inside a speaker phrase.
# A name in quotation marks (an account, a group, a programme): up to four capitalised words.
_QUOTED_NAME_RE = re.compile(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}")
_ACCOUNT_NAME_RE = re.compile(rf"[\"“]({_QUOTED_NAME_RE.pattern})[\"”]")
# The common noun right after a closing quotation mark (`"Green Wave" group`).
_NOUN_AFTER_RE = re.compile(r" ([a-z]{3,})\b(?![’'-])")
_JOINERS = frozenset(("and", "but", "nor", "dan", "atau", "tetapi", "namun", "serta"))
_CONTRAST_CLAUSE_RE = re.compile(r",\s+(?:but|yet|while|although|though)\s")
# Where a person works, after the name: `of the South Sumatra Natural Resources Conservation Agency
# (BKSDA)`, `at Gadjah Mada University`: capitalised words joined by `of`/`and`/`for`, an acronym.
_AFFILIATION_RE = re.compile(r"(?:of|from|at|with)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of|and|for|on|the|[A-Z][\w'’.-]*))*"
                             r"(?:\s+\([A-Z][\w-]+\))?")
# A body's full name, capitalised words joined by `of`/`and`/`for`, its acronym in brackets.
_LONG_BODY_NAME_RE = re.compile(r"(?:[Tt]he\s+)?[A-Z][\w'’.-]*(?:\s+(?:of|and|for|on|[A-Z][\w'’.-]*))*\s+\([A-Z][\w-]+\)")
# An auxiliary opening a clause (`the victim, Darmansyah, had been killed`).
_AUXILIARY_RE = re.compile(r"(?:is|are|was|were|will|would|can|could|should|may|might|must|has|have|had)\s", re.I)
_TO_VERB_RE = re.compile(r"^\s*(?:\S+\s+){1,3}?to\s+[a-z]")  # (`told residents to leave`: an instruction)
# `, who ...` / `, a spokesman for ...` after a speaker: an apposition or a relative clause
_RELATIVE_TAIL_RE = re.compile(r",\s+(?:who|which|whose|a|an|the|yang|selaku)\s")
_ROLE_WORD_RE = re.compile(r"[A-Za-z][a-z-]+")
_LEAD_PAREN_RE = re.compile(r"^\([^)]{0,80}\)\s*")
_PAREN_RE = re.compile(r"\s*\([^)]*\)")
# two or three capitalised words: a person's full name (checked further against the body's words)
_FULL_NAME_RE = re.compile(r"(?<![\w.'’-])[A-Z][a-z][\w'’-]*(?: [A-Z][a-z][\w'’-]*){1,2}(?![\w'’-]| [A-Z])")
_WORD_BEFORE_RE = re.compile(r"(?<![\w'’-])([A-Z][a-z]+)\.?$")
# the hearer after `told`: a capitalised name (`Global News`) or a word or two (`reporters`, `the media`)
_HEARER_RE = re.compile(r"\s*((?:the\s+)?(?:[A-Z][\w.&'’-]*\s+){1,4}|(?:the\s+)?[a-z]+\s+)(?=\S)")
# ... with a modifier before it (`told local media`, `told the local paper`)
_MODIFIED_HEARER_RE = re.compile(r"\s*((?:the\s+)?[a-z]+\s+[a-z]+\s+)(?=\S)")
# ... and a hearer that ends its clause, with where or when: `told Reuters,`, `told reporters.`,
# `told a news conference in Jakarta.`
_CLOSING_HEARER_RE = re.compile(
    r"\s*((?:(?:[A-Z][\w.&'’-]*)(?:\s+[A-Z][\w.&'’-]*){0,3}|reporters|journalists|lawmakers|parliament"
    r"|(?:a|the)\s+(?:(?:news|press)\s+)?(?:conference|briefing))"
    r"(?:\s+(?:in|at|on)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})?)(?=\s*[,.!?]|\s*$)")
_COMMA_CAP_RE = re.compile(r", (?=[A-Z])")
# An age after a name: `Andi Baso (29)`, `Ann Lee, 41`.
_AGE_PAREN_RE = re.compile(r"\s*\(\d{1,3}\)\s*$")
_COMMA_RE = re.compile(r",(?!\d)")
_BRACKETED_RE = re.compile(r"\(([^)]+)\)")
# `South Korea's National Intelligence Service`: what follows a possessor
_POSSESSOR_RE = re.compile(r"^[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}['’]s\s+(.+)$")
# `al-Shabaab`, `bin-Laden`: a name behind a lower-case particle
_PARTICLE_NAME_RE = re.compile(r"^(?:al|el|ad|ar|as|at|an|ash|bin|ibn|abu)-[A-Z]")
# the closing mark of a quotation followed by more words: `"... comprehensive," he has ...`
_CLOSING_COMMA_QUOTE_RE = re.compile(r"(?<=\x00)[\"”’'](?= )")
# `Calgary-based`, `Toronto-born`: a capitalised modifier, not a name
# Endings of abstract nouns, which name no speaker (`an Ontario Provincial Police investigation`).
_ABSTRACT_NOUN_RE = re.compile(r"(?:tion|sion|ment|ness|ity|ism|ance|ence|ship)$")
_WORD_CHAR_RE = re.compile(r"[\w'’-]")
# What follows an institution's name written on its own: a lower-case word (`Bapanas memastikan`)
# or the end of a sentence.
_BEFORE_LOWER_RE = re.compile(r"[\s,]+[a-z]|\s*[.!?](?:\s|$)")
_CLAUSE_PUNCT_RE = re.compile(r"\s*[,;)]")
_UNIT_THEN_WORD_RE = re.compile(r"\b([A-Z][a-z]+\.?)\s+([A-Z][\w-]+)")
# `the country's`, `the nation's`: the country the story is from (gazetteer.for_country)
_HOME_POSSESSOR_RE = re.compile(r"^the\s+(?:country|nation)['’]s\s+", re.I)
# `the ministry's statement`: a document and whose it is
_DOCUMENT_OWNER_RE = re.compile(r"^(?P<owner>[^,'’]+?)['’]s\s+(?:(?:new|latest|written|official|joint|annual)\s+)?(?P<head>\w+)$")
# `He's`, `they've`, `she'd`: a pronoun with its auxiliary (not `'ll`: speech foretold).
_AUX_CONTRACTION_RE = re.compile(r"['’](?:s|ve|d)$")
_PLACE_ADJ_RE = re.compile(r"^[A-Z][\w.'’]*-(?:based|born|area|led|owned|run|funded|headquartered|backed|raised|made|bound)$")
# `Export Development Canada (EDC)`: capitalised words (and short function words) then an acronym
# (the small words between capitalised ones may be of any language: `Samahan ng mga Tsuper (STLP)`)
_ACRONYM_DEF_RE = re.compile(r"((?:[A-Z][\w'’&-]*\s+(?:(?:[a-z]{1,4}\s+){1,2})?){1,8})\(([A-Z]{2,8})\)")
# `..., kata Manager Operasi X, Widya Astuti.`: a name after the role closes the sentence.
# A discourse adverb set apart between a subject and its verb: `X, however, said`, `X, sementara
# itu, mengatakan`.
_DISCOURSE_ASIDE_RE = re.compile(r",\s*(?:however|meanwhile|though|in turn|instead|for (?:its|his|her|their) part"
                                 r"|sementara itu|di sisi lain|namun)\s*,?\s*$", re.I)
# A relative clause opening right after `, according to X,`
_RELATIVE_AFTER_SOURCE_RE = re.compile(
    r"\s*,?\s*(?:(?:many|most|some|all|none|several|half|one)\s+of\s+(?:whom|which)|who|whom|which|whose)\b", re.I)
# Where a company sits, before its name, capitalised as a place is (`Singapore-based`).
_BASED_RE = re.compile(rf"(?=[A-Z]){LOCATED_MODIFIER}")
# A name's last part after a joiner (`Climatology and Geophysics Agency`), and one of its parts
# set apart by commas before it (`, the Meteorology`)
_LISTED_PART_RE = re.compile(r"\s(?:and|dan)\s+[A-Z]")
_LIST_ITEM_BEFORE_RE = re.compile(r",\s+(the\s+)?[A-Z][\w-]*\s*$")
# Words joining the last item of a list: `A, B, dan C`, `A, B and C`.
_LIST_JOINERS = frozenset(("dan", "serta", "atau", "and", "or", "&"))
_PREDICATE_OPENERS = frozenset(("was", "were", "is", "are", "has", "have", "had", "will", "would"))


def _opens_predicate(segment: str) -> bool:
    """`was suspected of losing control`, `will halt coal exports`: a stretch between commas that is
    a predicate, not an apposition (an auxiliary alone, `had`, is the speech verb's own)."""
    words = segment.split()
    return len(words) >= 3 and words[0].lower() in _PREDICATE_OPENERS


# Courtesy titles and ranks before a name in an apposition: the name stays the name (`Mr Rahmat
# Siregar`, `Komisaris Sujarwo`, `Kombes Pol Dedi Kurniawan`).
_HONORIFICS = frozenset((
    "mr", "mrs", "ms", "dr", "drg", "drh", "prof", "madam", "sir", "pak", "bu", "bapak", "ibu", "h", "hj",
    "kombes", "komisaris", "pol", "akbp", "kompol", "akp", "iptu", "ipda", "aiptu", "brigjen", "irjen",
    "komjen", "jenderal", "kolonel", "letkol", "mayjen", "laksamana", "marsekal",
))
# (a relative clause about the person may close the sentence: `kata Ketua X, Yusuf Hamid, yang memimpin aksi itu.`)
_CLOSING_APPOSITION_RE = re.compile(r",\s*(?P<name>(?:[A-Za-z]{1,4}\.\s*)*[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+){1,3})"
                                    r"(?:\s*,\s*(?:yang|who)\s[^\x00]{1,120}?)?\s*[.!?]?\s*$")
# `..., kata kantor berita Korea Utara, KCNA.`: a description, then a known speaker's name ending the sentence
_CLOSING_KNOWN_RE = re.compile(r",\s*(?P<name>[A-Z][\w'’\-]*(?:\s[A-Z][\w'’\-]+){0,3})\s*[.!?]?\s*$")
# `kata Kepala Pusat Data, Informasi dan Komunikasi Kebencanaan BNPB Dedi Kurniawan dalam ...`: an
# office whose name holds a comma goes on after it, up to its body's acronym and the person's name.
_OFFICE_GOES_ON_RE = re.compile(r",\s*(?P<rest>[A-Z][\w-]*(?:\s+(?:[A-Z][\w'’-]*|dan|&)){1,9}?\s+(?P<acr>[A-Z]{2,8})"
                               r"(?P<name>(?:\s+[A-Z][\w'’-]+){2,3}))(?=[\s,.;!?]|$)")
# `Seluruh pasien, lanjutnya, telah sembuh ...`: a subject, a `-nya` cue between commas, the predicate.
_NYA_PARENTHETICAL_RE = re.compile(r"^(?P<subj>[^,\x00]{3,80}),\s*(?P<cue>\w+nya),\s+(?P<pred>[^\x00]+)$")
# A speaker phrase that spells out its acronym: `The Samahan ng mga Tsuper Laban sa Phaseout (STLP)`.
_NAME_WITH_ACRONYM_RE = re.compile(r"^(?:[Tt]he\s+)?(?P<name>[A-Z].*?)\s*\((?P<acr>[A-Z]{2,8})\)$")
# a di- verb, an adverb or none, `oleh` or none, then a noun phrase closing the sentence (Indonesian)
_PASSIVE_AGENT_RE = re.compile(r"\b(?P<verb>di[a-z]{3,})(?:\s+(?!oleh\b)[a-z]+)?\s+(?P<by>oleh\s+)?(?P<np>[A-Za-z][^.;:!?\x00]{2,100}?)\s*[.!?]?\s*$")
_CAP_WORD_RE = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]+")
_AGE_RE = re.compile(r",\s*\d{1,3}\s*(?:,|$)")
# Academic and professional degrees after a name: `Hartono Saputra, Sp.A(K)`, `Ani, S.H., M.H.`, `Lee, PhD`.
_DEGREE_RE = re.compile(r"(?:,\s*(?:(?:[A-Z][a-z]{0,4}\.\s?)+[A-Za-z]{0,5}\.?(?:\([A-Z]\))?|Ph\.?\s?D\.?|MBA|MPH|MSc))+\s*$")
_AGE_WORD_RE = re.compile(r"\b\d{1,3}-year-old\b")
# `Ana Lestari, Ketua ...`: a name of two to four capitalised words, a comma and the next word
_NAME_COMMA_RE = re.compile(r"([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3})(?: \(\d{1,3}\))?, ([A-Za-z]+)\b")
# a name, then `, <role>` to the end of the sentence
_APPOSITION_TAIL_RE = re.compile(r"\s*[A-Z][^,;]{1,60},\s+([^,;]+?(?:,\s+[^,;]+?)?)[\s.!?]*$")


_SEP_WORDS = ("and", "but", "while", "whereas", "because", "although", "dan", "namun", "tetapi", "tapi")


def _clause_sep_re(openers) -> re.Pattern | None:
    """`_CLAUSE_SEP_RE` with a language's subordinators added (`after`, `when`, `that`): the
    last boundary before a verb whose subject opens a subordinate clause."""
    if not openers:
        return None
    w = _alt((*_SEP_WORDS, *openers))
    return re.compile(rf"(?:[,;:]\s+(?:(?:while|whereas|because|although)\s+)?|\s(?:{w})\s+)(?!.*(?:[,;:]\s|\s(?:{w})\s))", re.S)


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@dataclass
class Lex:
    """A lexicon module compiled once into regexes."""

    mod: ModuleType
    verbs: dict
    trailing: dict
    verb_re: re.Pattern
    trail_cue_re: re.Pattern
    trail_np_cue_re: re.Pattern
    trail_appos_cue_re: re.Pattern
    according_start_re: re.Pattern
    according_end_re: re.Pattern
    according_mid_re: re.Pattern
    according_comma_re: re.Pattern | None
    according_after_re: re.Pattern
    leading_conn_re: re.Pattern
    backref_re: re.Pattern
    passive_agent_re: re.Pattern
    passive_lead_re: re.Pattern
    complementizer_re: re.Pattern
    np_stop_re: re.Pattern
    trailing_adv_re: re.Pattern
    channel_re: re.Pattern
    accusation_re: re.Pattern
    nya_cues: list = field(default_factory=list)
    titles: frozenset = frozenset()
    rank_words: frozenset = frozenset()
    pronouns: frozenset = frozenset()
    abbreviations: frozenset = frozenset()
    day_names: frozenset = frozenset()
    generic_channels: frozenset = frozenset()
    channel_modifiers: frozenset = frozenset()
    fronted_heads: frozenset = frozenset()
    coord_re: re.Pattern | None = None
    coord_word_re: re.Pattern | None = None
    alternative_re: re.Pattern | None = None
    document_heads: frozenset = frozenset()
    org_heads: frozenset = frozenset()
    fillers: frozenset = frozenset()
    as_passive_re: re.Pattern | None = None
    doc_source_re: re.Pattern | None = None
    clause_word_re: re.Pattern | None = None
    name_stops: frozenset = frozenset()
    given_names: frozenset = frozenset()
    titles_in_names: frozenset = frozenset()
    royal_titles: frozenset = frozenset()
    comparison_heads: frozenset = frozenset()
    office_noun_re: re.Pattern | None = None
    relative_words: frozenset = frozenset()
    person_nouns: frozenset = frozenset()
    clause_subjects: frozenset = frozenset()
    credit_re: re.Pattern | None = None
    clause_sep_re: re.Pattern | None = None
    core_verbs: frozenset = frozenset()
    second_sep_re: re.Pattern | None = None
    reporter_tail_re: re.Pattern | None = None
    possessives: dict = field(default_factory=dict)
    address_tail_re: re.Pattern | None = None
    account_owners: frozenset = frozenset()
    infinitive_verbs: frozenset = frozenset()
    subject_pronoun_re: re.Pattern | None = None
    passive_aux: frozenset = frozenset()
    quantity_verbs: frozenset = frozenset()
    quantity_words: frozenset = frozenset()
    clause_only_verbs: frozenset = frozenset()
    np_object_verbs: frozenset = frozenset()
    object_starts: frozenset = frozenset()
    finite_re: re.Pattern | None = None
    kicker_re: re.Pattern | None = None
    participles: frozenset = frozenset()
    inversion_adjuncts: frozenset = frozenset()
    named_re: re.Pattern | None = None
    determiners: frozenset = frozenset()
    thing_pronouns: frozenset = frozenset()
    plural_pronouns: frozenset = frozenset()
    deny_content_re: re.Pattern | None = None
    stance_first: frozenset = frozenset()
    accuse_content_re: re.Pattern | None = None
    according_lead_re: re.Pattern | None = None
    gate_words: frozenset = frozenset()
    clause_cache: dict = field(default_factory=dict)
    verb_first: dict = field(default_factory=dict)
    quote_verb_first: dict = field(default_factory=dict)
    verb_gate: frozenset = frozenset()  # a word every verb holds (`_cue_words`)
    quote_verb_gate: frozenset = frozenset()
    qverbs: dict = field(default_factory=dict)
    honorifics: frozenset = frozenset()
    prepositions: frozenset = frozenset()
    before_lower_stops: frozenset = frozenset()
    role_name_stops: frozenset = frozenset()
    verb_shape_re: re.Pattern | None = None
    gendered: dict = field(default_factory=dict)
    naming_re: re.Pattern | None = None
    naming_words: frozenset = frozenset()
    mixed_tail_re: re.Pattern | None = None
    complement_tail_re: re.Pattern | None = None
    gender_pronoun_re: re.Pattern | None = None
    participle_re: re.Pattern | None = None
    joined_verb_re: re.Pattern | None = None
    lead_opener_re: re.Pattern | None = None
    role_openers: tuple = ("the ", "a ", "an ")
    duration_preps: frozenset = frozenset()
    role_head_stops: frozenset = frozenset()
    carrier_verbs: frozenset = frozenset()
    aside_participle_re: re.Pattern | None = None
    identified_as_re: re.Pattern | None = None
    with_participle_re: re.Pattern | None = None
    kata_parenthetical_re: re.Pattern | None = None
    parenthetical_connectives: frozenset = frozenset()
    appeal_verbs: frozenset = frozenset()
    # verbs that report only when their content passes a check (appeals, figures): verb -> check
    verb_gates: dict = field(default_factory=dict)
    reporter_clause_openers: frozenset = frozenset()
    carrier_claim_re: re.Pattern | None = None
    carrier_openers: frozenset = frozenset()
    plural_subject_verbs: frozenset = frozenset()
    plural_subject_links: frozenset = frozenset()
    active_denial_re: re.Pattern | None = None
    role_openers_words: frozenset = frozenset()
    new_person_pronouns: frozenset = frozenset()
    similar_backrefs: frozenset = frozenset()
    time_adjunct_re: re.Pattern | None = None
    adjunct_only_re: re.Pattern | None = None
    backref_objects: frozenset = frozenset()
    that_only_verbs: frozenset = frozenset()
    institution_word_re: re.Pattern | None = None
    adjunct_openers: frozenset = frozenset()
    body_role_preps: frozenset = frozenset()
    body_roles: frozenset = frozenset()
    places: frozenset = frozenset()
    place_units: frozenset = frozenset()
    place_modifiers: frozenset = frozenset()
    toponym_heads: frozenset = frozenset()
    compass_words: frozenset = frozenset()
    calls_by_first_name: bool = False
    company_forms: frozenset = frozenset()
    company_name_re: re.Pattern | None = None
    company_nouns: frozenset = frozenset()
    account_heads: frozenset = frozenset()
    # a body's name ends with its head word (`the Surabaya Fire and Rescue Service`), so a person
    # named right after it starts after the head
    head_final_bodies: bool = False
    source_frame_re: re.Pattern | None = None
    name_openers: tuple = ()
    according_pronoun_re: re.Pattern | None = None
    carrier_heads: frozenset = frozenset()
    carrier_subject_links: frozenset = frozenset()
    gapped_cue_re: re.Pattern | None = None
    active_quoted_re: re.Pattern | None = None
    carrier_cue_words: frozenset = frozenset()
    postposed_demonstratives: frozenset = frozenset()
    demonstrative_person_heads: frozenset = frozenset()
    demonstrative_body_heads: frozenset = frozenset()
    demonstrative_non_speakers: frozenset = frozenset()
    plural_subject_pronouns: frozenset = frozenset()
    fresh_role_openers: frozenset = frozenset()
    role_preps: frozenset = frozenset()
    gap_relative_re: re.Pattern | None = None
    object_agent_re: re.Pattern | None = None
    elliptical_subordinators: frozenset = frozenset()
    first_person: frozenset = frozenset()
    topic_preps: frozenset = frozenset()
    object_pronouns: dict = field(default_factory=dict)
    gap_auxiliaries: frozenset = frozenset()
    participle_tail_re: re.Pattern | None = None
    participle_clause_re: re.Pattern | None = None
    appeal_tail_re: re.Pattern | None = None
    adverbs: frozenset = frozenset()
    object_verbs: frozenset = frozenset()
    conditional_complementizers: frozenset = frozenset()
    role_modifiers: frozenset = frozenset()
    measure_verbs: frozenset = frozenset()
    measure_nouns: frozenset = frozenset()
    particles: frozenset = frozenset()
    plural_head_re: re.Pattern | None = None
    plural_agent_re: re.Pattern | None = None
    idiom_objects_re: re.Pattern | None = None
    anonymous_source_re: re.Pattern | None = None
    object_relative_re: re.Pattern | None = None
    modals: frozenset = frozenset()
    contrast_heads: frozenset = frozenset()
    title_small_words: frozenset = frozenset()
    expressing_verbs: frozenset = frozenset()
    media_start_re: re.Pattern | None = None
    np_after_prep_re: re.Pattern | None = None
    deny_np_verbs: frozenset = frozenset()
    claim_nouns: frozenset = frozenset()
    negations: frozenset = frozenset()
    aside_openers: frozenset = frozenset()
    noun_verbs: frozenset = frozenset()
    noun_before: frozenset = frozenset()
    subordinators: frozenset = frozenset()
    apposition_break_re: re.Pattern | None = None
    gendered_honorifics: dict = field(default_factory=dict)
    given_name_gender: dict = field(default_factory=dict)


def _np_stop_re(m: ModuleType) -> re.Pattern:
    """Words that end a speaker phrase; some only before a lower-case word."""
    # `people familiar with the talks`: a stop word that belongs to the phrase after some words
    keep = getattr(m, "NP_STOPS_KEPT_AFTER", {})
    guarded = ["".join(f"(?<!{re.escape(p)}\\s)" for p in keep[w]) + re.escape(w) for w in m.NP_STOPS if w in keep]
    plain = _alt(w for w in m.NP_STOPS if w not in keep)
    if getattr(m, "STOPS_LOWER_CASE", False):
        # where prepositions are never capitalised inside a sentence, a capitalised one belongs to
        # a name (`Kementerian Dalam Negeri`) and ends nothing
        alts = [rf"(?:{'|'.join([plain, *(f'(?i:{g})' for g in guarded)])})(?![\w-])"]
    else:
        alts = [rf"(?i:{'|'.join([plain, *guarded])})(?![\w-])"]
    before_lower = getattr(m, "NP_STOPS_BEFORE_LOWER", ())
    if before_lower:
        alts.append(rf"(?i:{_alt(before_lower)})\s+(?=[a-z])")
    alts.extend(getattr(m, "NP_STOP_PATTERNS", ()))
    # a stop word in capitals is an acronym (`the WHO said`, `according to the WHO`)
    return re.compile(rf"(?:\s|^)(?![A-Z]{{2,}}(?![\w-]))(?:{'|'.join(alts)})")


def _gate_words(m: ModuleType, verbs: dict, trailing: dict) -> frozenset:
    """A word of every cue some reported-speech rule needs (`_cue_words`). A sentence holding
    none of them (and no dash, no `-nya` cue) is skipped: a set lookup per word instead of a scan
    with every pattern."""
    words = set(verbs) | set(trailing) | set(m.ACCORDING_TO) | set(m.PASSIVE_CUES)
    words |= set(getattr(m, "MEDIA_CUES", ())) | set(getattr(m, "SAYING_PARTICIPLES", ()))
    words |= set(getattr(m, "GATE_EXTRA", ())) | set(getattr(m, "CARRIER_CUES", ()))
    words |= set(getattr(m, "ACCORDING_TO_PRONOUNS", ())) | set(getattr(m, "ACTIVE_DENIAL_VERBS", ()))
    if m.NYA:
        words |= {c + m.NYA for c in trailing}
    return _cue_words(words)


def _cue_words(cues) -> frozenset:
    """One word of each cue, the longest of a cue of several words: a text holding none of them
    holds no cue, and `is saying` or `continues to deny` do not let every `is` or `to` through."""
    return frozenset(max(c.lower().split(), key=len) for c in cues)


def _verb_gates(m: ModuleType) -> dict[str, re.Pattern]:
    """Each appeal verb and data verb of the lexicon with the check its content must pass."""
    gates: dict[str, re.Pattern] = {}
    for verbs, check in (("APPEAL_VERBS", "APPEAL_CLAUSE_RE"), ("DATA_VERBS", "DATA_CLAUSE_RE"),
                         ("NARROW_APPEAL_VERBS", "NARROW_APPEAL_CLAUSE_RE"), ("THREAT_VERBS", "THREAT_CLAUSE_RE"),
                         ("RATING_VERBS", "RATING_CLAUSE_RE")):
        if getattr(m, check, None):
            gates.update(dict.fromkeys(getattr(m, verbs, ()), re.compile(getattr(m, check))))
    return gates


def _carrier_openers(m: ModuleType) -> tuple:
    return (*getattr(m, "ROLE_DETERMINERS", ()), *getattr(m, "FRESH_ROLE_DETERMINERS", ()),
            *getattr(m, "CARRIER_QUANTIFIERS", ()))


def _carrier_claim_re(m: ModuleType) -> re.Pattern:
    """`a post claiming that C`, `unggahan di Facebook yang menyebut C`, `video dengan narasi C`:
    a post, a video or a message (the speaker), a link word and what may come before it where
    the language has one, the cue, then C."""
    links = getattr(m, "CARRIER_LINKS", ())
    # (where a link word is needed, a short place phrase may come first: `unggahan di Facebook yang`)
    place = r"(?:\s+[^\s,;:\x00]+){0,4}?" if links else ""
    link = rf"\s+(?:{_alt(links)})" if links else ""
    return re.compile(
        rf"(?:^|\s)(?P<np>(?:(?:{_alt(_carrier_openers(m))})\s+)?(?:[^\s,;:\x00]+\s+){{0,3}}?"
        rf"(?P<head>{_alt(m.CARRIER_HEADS)}){place}){link}\s+(?P<cue>{_alt(m.CARRIER_CUES)})\s+"
        rf"(?:(?:{_alt(m.COMPLEMENTIZERS)})\s+)?(?P<content>\S)", re.I)


def _given_name_gender(m: ModuleType) -> dict:
    """First name -> `m`/`f`, from the lexicon's two lists (a name on both is left out)."""
    male = set(getattr(m, "MALE_GIVEN_NAMES", ()))
    female = set(getattr(m, "FEMALE_GIVEN_NAMES", ()))
    return {**{n: "m" for n in male - female}, **{n: "f" for n in female - male}}


def _verb_first(verbs: dict) -> dict:
    """First word of a speech verb -> the verbs (as word tuples) it opens, longest first."""
    out: dict = {}
    for v in verbs:
        ws = tuple(v.lower().split())
        out.setdefault(ws[0], []).append(ws)
    return {k: sorted(v, key=len, reverse=True) for k, v in out.items()}


# `Brazil's COP30 presidency`, `the bank's board`: a capitalised owner, then at most two words and
# the head (a language with possessive 's: `BODY_ROLE_PREPOSITIONS` in its lexicon).
_POSSESSIVE_HEAD_RE = re.compile(r"^(?:[Tt]he\s+)?[A-Z][\w.\-]*(?:\s[A-Z][\w.\-]*){0,3}['’]s(?:\s[\w\-]+){0,2}?\s(?P<head>[a-z]+)$")


def carrier_head_end(low: list[str], lex: Lex, modifiers: int) -> int | None:
    """Where the head of a post-or-video phrase ends in the lower-cased words `low` (`a video`,
    `sebuah unggahan di Facebook`, `viral videos`): after an optional opener and at most
    `modifiers` words, a carrier head, then nothing or a word placing it. None for any other phrase
    (`the video footage of the storm`: another noun is the head)."""
    if not lex.carrier_heads:
        return None
    first = 1 if low and low[0] in lex.carrier_openers else 0
    for k in range(first, min(first + 1 + modifiers, len(low))):
        n = 2 if len(low) >= k + 2 and " ".join(low[k:k + 2]) in lex.carrier_heads else int(low[k] in lex.carrier_heads)
        if n:
            end = k + n
            return end if end == len(low) or low[end] in lex.carrier_subject_links else None
        if lex.clause_word_re.match(low[k]) or low[k] in lex.determiners:
            return None
    return None


class _Hit:
    """A verb found by `Extractor.verbs_in`, with the bits of `re.Match` the rules use."""

    __slots__ = ("_s", "_e", "_t")

    def __init__(self, s: int, e: int, t: str) -> None:
        self._s, self._e, self._t = s, e, t

    def start(self) -> int:
        return self._s

    def end(self) -> int:
        return self._e

    def group(self, _=0) -> str:
        return self._t


_TOKEN_RE = re.compile(r"[\w-]+")


def _possessive_at(text: str, start: int, end: int) -> bool:
    """The token `text[start:end]` is a possessive `'s` (`_TOKEN_RE` splits `Suncor’s` into
    `Suncor` and `s`), or ends in one."""
    tok = text[start:end]
    return (tok == "s" and start > 0 and text[start - 1] in "'’") or tok.endswith(("'s", "’s"))


@lru_cache(maxsize=None)
def compile_lexicon(code: str) -> Lex:
    m = get_lexicon(code)
    verbs = dict(m.SPEECH_VERBS)
    # verbs read only before their content (`researchers report that ...`): after a quote or a
    # clause the same word is a noun (`..., the report said`)
    leading_only = set(getattr(m, "LEADING_ONLY_VERBS", ()))
    qverbs = {k: v for k, v in {**verbs, **getattr(m, "QUOTE_VERBS", {})}.items() if k not in leading_only}
    trailing = {k: v for k, v in m.TRAILING_CUES.items() if k not in leading_only}
    trailing.update({k: v for k, v in getattr(m, "QUOTE_VERBS", {}).items() if " " not in k})
    nya = m.NYA
    va = _alt(verbs)
    qa = _alt(qverbs)
    ta = _alt(trailing)
    nya_part = f"(?:{re.escape(nya)})?" if nya else ""
    return Lex(
        mod=m,
        verbs=verbs,
        qverbs=qverbs,
        trailing=trailing,
        verb_re=re.compile(rf"(?<![\w-])(?:{va})(?![\w-])", re.I),
        # `"...," kata X` / `..., ujarnya` / `"...," said X`
        trail_cue_re=re.compile(rf"^[\s,.!?;:]*[—–-]?\s*(?P<cue>(?:{ta}){nya_part})(?![\w-])(?P<rest>.*)$", re.I | re.S),
        # `"...," X said` (the name first)
        trail_np_cue_re=re.compile(rf"^[\s,.!?;:]*(?P<np>(?:[^,;.!?\x00]|\.(?=\s?[A-Z])){{1,120}}?)\s+(?P<cue>{qa})(?![\w-])(?P<rest>.*)$", re.I | re.S),
        # `"...," Ann Lee, the group's founder, said ...`: a name, an apposition, then the verb
        trail_appos_cue_re=re.compile(rf"^[\s,.!?;:]*(?P<np>(?:[^,;.!?\x00]|\.(?=\s?[A-Z])){{1,60}}?),\s+[^;\x00]{{1,160}}?,\s+(?P<cue>{qa})(?![\w-])(?P<rest>.*)$", re.I | re.S),
        according_start_re=re.compile(rf"^(?P<pre>[^,\x00]{{0,40}}?)\b(?P<cue>{_alt(m.ACCORDING_TO)})\s+(?P<np>[^,\x00]{{1,120}}?)\s*,\s*(?P<content>.+)$", re.I | re.S),
        according_end_re=re.compile(rf"^(?P<content>.+?)(?:[,;]|\x00[\"”]?)\s*(?P<cue>{_alt(m.ACCORDING_TO)})\s+(?P<np>[^,\x00]{{1,120}}?)[\s.!?]*(?:,\s*(?:(?:a|an|the|who|which)\s|(?-i:[A-Z]))[^,]{{0,60}})?[.!?]*$", re.I | re.S),
        according_pronoun_re=re.compile(
            rf"^(?:(?P<pre>[^,\x00]{{0,40}}?)\b(?P<cue>{_alt(m.ACCORDING_TO_PRONOUNS)})\s*,\s*(?P<content>.+)"
            rf"|(?P<content2>.+?),\s*(?P<cue2>{_alt(m.ACCORDING_TO_PRONOUNS)})[\s.!?]*)$", re.I | re.S)
        if getattr(m, "ACCORDING_TO_PRONOUNS", ()) else None,
        # `The harsh truth, according to experts, is ...`: the source between commas mid-sentence
        according_comma_re=re.compile(rf",\s*(?P<cue>{_alt(m.ACCORDING_TO)})\s+(?P<np>[^,\x00]{{1,80}}?)\s*,\s*(?=\S)", re.I),
        according_after_re=re.compile(rf"^[\s,.!?;:]*(?P<cue>{_alt(m.ACCORDING_TO)})\s+(?P<rest>.*)$", re.I | re.S),
        according_mid_re=re.compile(rf"\b(?P<cue>{_alt(m.ACCORDING_TO)})\s+(?P<np>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){{0,4}})\b"),
        leading_conn_re=re.compile(rf"^(?:(?:{_alt(m.LEADING_CONNECTIVES)})\b\s*,?\s*)+", re.I),
        active_denial_re=re.compile(
            rf"^(?P<np>[^,;:\x00]{{2,100}}?)\s+(?P<cue>{_alt(m.ACTIVE_DENIAL_VERBS)})\s+(?:{_alt(m.BACKREF_OBJECTS)})"
            rf"(?:\s+(?:{_alt(m.ACTIVE_DENIAL_TAILS)})\b[^,;:\x00]{{0,40}})?[\s.!]*$", re.I)
        if getattr(m, "ACTIVE_DENIAL_VERBS", ()) else None,
        backref_re=re.compile(rf"^(?P<subj>{_alt(m.BACKREF_SUBJECTS)})\s+(?:(?:\w+)\s+)?(?P<cue>{_alt(m.PASSIVE_CUES)})\b\s*(?:\w+\s+(?=oleh|by))?(?:(?:oleh|by)\s+)?(?P<np>.+?)[\s.!?]*$", re.I | re.S),
        passive_agent_re=re.compile(rf"^(?P<content>.+?)\s+(?P<cue>{_alt(m.PASSIVE_CUES)})(?:\s+\w+)?\s+(?:oleh|by)\s+(?P<np>[^,.;]+?)[\s.!?]*$", re.I | re.S),
        passive_lead_re=re.compile(rf"^(?P<cue>{_alt(m.PASSIVE_CUES)})\s+(?:oleh\s+)?(?P<np>[^,\x00]{{1,100}}?)\s*,?\s*(?:{_alt(m.COMPLEMENTIZERS)})\s+(?P<content>.+)$", re.I | re.S),
        complementizer_re=re.compile(rf"(?<![\w-])(?:{_alt(m.COMPLEMENTIZERS)}),?\s+", re.I),  # (`added that, on the other hand, ...`)
        np_stop_re=_np_stop_re(m),
        before_lower_stops=frozenset(getattr(m, "NP_STOPS_BEFORE_LOWER", ())),
        role_name_stops=frozenset(getattr(m, "NP_STOPS_INSIDE_ROLE", ())),
        verb_shape_re=re.compile(m.VERB_SHAPE_RE) if getattr(m, "VERB_SHAPE_RE", None) else None,
        gendered=dict(getattr(m, "GENDERED_PRONOUNS", {})),
        naming_words=frozenset(getattr(m, "NAMING_VERBS", ())),
        naming_re=re.compile(rf"(?<![\w-])(?:{_alt(m.NAMING_VERBS)})(?![\w-])", re.I) if getattr(m, "NAMING_VERBS", ()) else None,
        complement_tail_re=re.compile(rf"[,;]?\s+(?:{_alt(m.COMPLEMENT_TAIL_HEADS)})\b", re.I)
        if getattr(m, "COMPLEMENT_TAIL_HEADS", ()) else re.compile("(?!)"),
        mixed_tail_re=re.compile(rf"[,;]?\s+(?:{_alt(m.MIXED_QUOTE_TAIL_HEADS)})\b", re.I) if getattr(m, "MIXED_QUOTE_TAIL_HEADS", ()) else None,
        gender_pronoun_re=re.compile(rf"(?<![\w-])(?:{_alt(getattr(m, 'GENDERED_PRONOUNS', None) or ['(?!)'])})(?![\w-])", re.I),
        trailing_adv_re=re.compile(
            rf"(?:[\s,]+(?:{'|'.join([_alt(m.NP_TRAILING_ADVERBS), *([m.ADVERB_RE] if getattr(m, 'ADVERB_RE', None) else [])])}))+[\s,]*$",
            re.I),
        channel_re=re.compile(rf"\b(?:{_alt(m.CHANNEL_PREPS)})\s+(?P<ch>[^,.;\x00]{{1,80}})", re.I),
        accusation_re=re.compile(rf"\b(?:{_alt(m.ACCUSATION_MARKERS)})\s+", re.I),
        nya_cues=[c + nya for c in trailing if not c.endswith(nya)] if nya else [],
        titles=frozenset(m.TITLES),
        rank_words=frozenset(getattr(m, "RANK_WORDS", ())),
        pronouns=frozenset(m.PRONOUNS),
        abbreviations=frozenset(m.ABBREVIATIONS),
        day_names=frozenset(m.DAY_NAMES),
        generic_channels=frozenset(m.GENERIC_CHANNELS),
        channel_modifiers=frozenset(getattr(m, "CHANNEL_MODIFIERS", ())),
        fronted_heads=frozenset(m.FRONTED_ADVERBIAL_HEADS),
        coord_re=re.compile(rf"\s*(?:,\s*)?\b(?:{_alt(m.SPEAKER_COORD)})\b\s*,?\s*|\s*,\s*", re.I),
        coord_word_re=re.compile(rf"\b(?:{_alt(m.SPEAKER_COORD)})\b", re.I),
        alternative_re=re.compile(rf"\s*,?\s+(?:{_alt(getattr(m, 'SPEAKER_ALTERNATIVE', ()))})\s+", re.I)
        if getattr(m, "SPEAKER_ALTERNATIVE", ()) else None,
        document_heads=frozenset(m.DOCUMENT_HEADS),
        org_heads=frozenset(m.ORG_HEADS),
        fillers=frozenset(m.NP_FILLERS) | frozenset(m.TITLES) | frozenset(m.ORG_HEADS) | frozenset(m.DOCUMENT_HEADS),
        clause_word_re=re.compile(m.CLAUSE_WORD_RE),
        name_stops=frozenset(getattr(m, "NAME_STOPS", ())),
        given_names=frozenset(getattr(m, "GIVEN_NAME_WORDS", ())),
        titles_in_names=frozenset(getattr(m, "TITLES_IN_NAMES", ())),
        royal_titles=frozenset(getattr(m, "ROYAL_TITLES", ())),
        comparison_heads=frozenset(getattr(m, "COMPARISON_HEADS", ())),
        office_noun_re=re.compile(m.OFFICE_NOUN_RE) if getattr(m, "OFFICE_NOUN_RE", None) else None,
        relative_words=frozenset(getattr(m, "RELATIVE_PRONOUNS", ())),
        person_nouns=frozenset(getattr(m, "PERSON_NOUNS", ())),
        clause_subjects=frozenset(getattr(m, "CLAUSE_SUBJECTS", ())),
        passive_aux=frozenset(getattr(m, "PASSIVE_AUXILIARIES", ())),
        quantity_verbs=frozenset(getattr(m, "QUANTITY_VERBS", ())),
        quantity_words=frozenset(getattr(m, "QUANTITY_WORDS", ())),
        clause_only_verbs=frozenset(getattr(m, "CLAUSE_ONLY_VERBS", ())),
        np_object_verbs=frozenset(getattr(m, "NP_OBJECT_VERBS", ())),
        object_starts=frozenset(getattr(m, "OBJECT_STARTS", ())),
        finite_re=re.compile(m.FINITE_VERB_RE, re.I) if getattr(m, "FINITE_VERB_RE", None) else None,
        possessives=dict(getattr(m, "POSSESSIVE_PRONOUNS", {})),
        address_tail_re=re.compile(m.ADDRESS_TAIL_RE) if getattr(m, "ADDRESS_TAIL_RE", None) else None,
        account_owners=frozenset(getattr(m, "ACCOUNT_OWNERS", ())),
        infinitive_verbs=frozenset(getattr(m, "INFINITIVE_VERBS", ())),
        reporter_tail_re=re.compile(m.REPORTER_TAIL_RE) if getattr(m, "REPORTER_TAIL_RE", None) else None,
        second_sep_re=re.compile(rf"(?:,|\s[—–])?\s+(?:{_alt(m.SECOND_CLAUSE_JOINERS)})\s+", re.I)
        if getattr(m, "SECOND_CLAUSE_JOINERS", ()) else None,
        core_verbs=frozenset(getattr(m, "CORE_SPEECH_VERBS", ())),
        clause_sep_re=_clause_sep_re(getattr(m, "CLAUSE_OPENERS", ())),
        subject_pronoun_re=re.compile(
            rf"(?:^|[\s(])({_alt(m.SUBJECT_PRONOUNS)})\s+(?:(?:{_alt(m.NP_TRAILING_ADVERBS)})\s+){{0,2}}$", re.I)
        if getattr(m, "SUBJECT_PRONOUNS", ()) else None,
        credit_re=re.compile(m.PHOTO_CREDIT_RE) if getattr(m, "PHOTO_CREDIT_RE", None) else None,
        kicker_re=re.compile(rf"(?i:{_alt(m.LINK_KICKERS)})\s*:\s") if getattr(m, "LINK_KICKERS", ()) else None,
        participles=frozenset(getattr(m, "SPEECH_PARTICIPLES", ())),
        inversion_adjuncts=frozenset(getattr(m, "INVERSION_ADJUNCTS", ())),
        adverbs=frozenset(w for w in m.NP_TRAILING_ADVERBS if " " not in w),
        object_verbs=frozenset(getattr(m, "OBJECT_VERBS", ())),
        conditional_complementizers=frozenset(getattr(m, "CONDITIONAL_COMPLEMENTIZERS", ())),
        role_modifiers=frozenset(getattr(m, "ROLE_MODIFIERS", ())),
        measure_verbs=frozenset(getattr(m, "MEASURE_VERBS", ())),
        measure_nouns=frozenset(getattr(m, "MEASURE_NOUNS", ())),
        particles=frozenset(getattr(m, "NAME_PARTICLES", ())),
        plural_head_re=re.compile(m.PLURAL_HEAD_RE) if getattr(m, "PLURAL_HEAD_RE", None) else None,
        plural_agent_re=re.compile(m.PLURAL_AGENT_RE) if getattr(m, "PLURAL_AGENT_RE", None) else None,
        modals=frozenset(getattr(m, "MODALS", ())),
        contrast_heads=frozenset(getattr(m, "CONTRAST_HEADS", ())),
        title_small_words=frozenset(getattr(m, "TITLE_SMALL_WORDS", ())),
        expressing_verbs=frozenset(getattr(m, "EXPRESSING_VERBS", ())),
        object_relative_re=re.compile(m.OBJECT_RELATIVE_RE) if getattr(m, "OBJECT_RELATIVE_RE", None) else None,
        anonymous_source_re=re.compile(m.ANONYMOUS_SOURCE_RE, re.I) if getattr(m, "ANONYMOUS_SOURCE_RE", None) else None,
        idiom_objects_re=re.compile(rf"\s*(?:{_alt(m.IDIOM_OBJECTS)})(?![\w-])", re.I) if getattr(m, "IDIOM_OBJECTS", ()) else None,
        participle_re=re.compile(rf",\s+(?P<cue>{_alt(m.SAYING_PARTICIPLES)})\s+(?:{_alt(m.COMPLEMENTIZERS)}\s+)?") if getattr(m, "SAYING_PARTICIPLES", ()) else None,
        new_person_pronouns=frozenset(getattr(m, "NEW_PERSON_PRONOUNS", ())),
        similar_backrefs=frozenset(getattr(m, "SIMILAR_BACKREFS", ())),
        time_adjunct_re=re.compile(m.TIME_ADJUNCT_RE, re.I) if getattr(m, "TIME_ADJUNCT_RE", None) else None,
        adjunct_only_re=re.compile(m.ADJUNCT_ONLY_RE, re.I) if getattr(m, "ADJUNCT_ONLY_RE", None) else None,
        that_only_verbs=frozenset(getattr(m, "THAT_ONLY_VERBS", ())),
        appeal_verbs=frozenset((*getattr(m, "APPEAL_VERBS", ()), *getattr(m, "NARROW_APPEAL_VERBS", ()))),
        verb_gates=_verb_gates(m),
        institution_word_re=re.compile(m.INSTITUTION_WORD_RE) if getattr(m, "INSTITUTION_WORD_RE", None) else None,
        adjunct_openers=frozenset(getattr(m, "ADJUNCT_OPENERS", ())),
        body_role_preps=frozenset(getattr(m, "BODY_ROLE_PREPOSITIONS", ())),
        body_roles=frozenset(getattr(m, "BODY_ROLE_NOUNS", ())),
        places=frozenset(getattr(m, "PLACES", ())),
        place_units=frozenset(getattr(m, "PLACE_UNITS", ())),
        place_modifiers=frozenset(getattr(m, "PLACE_MODIFIERS", ())),
        toponym_heads=frozenset(getattr(m, "TOPONYM_HEADS", ())),
        compass_words=frozenset(getattr(m, "COMPASS_WORDS", ())),
        calls_by_first_name=getattr(m, "CALLS_BY_FIRST_NAME", False),
        company_forms=frozenset(getattr(m, "COMPANY_FORMS", ())),
        # a company's name opened by its legal form (`PT Maba Raya Nikel Industri`); not a suffix
        # (`Overseas Private Investment Corp`): English copy names the company it is about without
        # one (`Suncor Energy`) as often as another with one
        company_name_re=re.compile(rf"\b(?:{_alt(m.COMPANY_FORMS)})\s+[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){{0,5}}")
        if getattr(m, "COMPANY_FORMS", ()) else None,
        company_nouns=frozenset(getattr(m, "COMPANY_NOUNS", ())),
        account_heads=frozenset(getattr(m, "ACCOUNT_HEADS", ())),
        head_final_bodies=getattr(m, "HEAD_FINAL_BODIES", False),
        source_frame_re=re.compile(m.SOURCE_FRAME_RE, re.I) if getattr(m, "SOURCE_FRAME_RE", None) else None,
        name_openers=tuple(tuple(o.split()) for o in getattr(m, "NAME_OPENERS", ())),
        role_openers_words=frozenset((*getattr(m, "ROLE_DETERMINERS", ("the", "a", "an")), *getattr(m, "FRESH_ROLE_DETERMINERS", ()))),
        role_openers=tuple(w + " " for w in (*getattr(m, "ROLE_DETERMINERS", ("the", "a", "an")),
                                              *getattr(m, "FRESH_ROLE_DETERMINERS", ()))),
        # `what officials say is`, or no relative word before a pronoun: `a poem she said was`
        gap_relative_re=re.compile(rf"(?:(?:^|\s)(?i:{_alt(m.GAP_RELATIVES)})\s+(?P<np>(?:[^\s,;:\x00]+\s+){{0,7}}[^\s,;:\x00]+)|(?<=[a-z])\s(?P<pn>{_alt(m.SUBJECT_PRONOUNS)}))\s*$")
        if getattr(m, "GAP_RELATIVES", ()) else None,
        first_person=frozenset(getattr(m, "FIRST_PERSON_PRONOUNS", ())),
        elliptical_subordinators=frozenset(getattr(m, "ELLIPTICAL_SUBORDINATORS", ())),
        topic_preps=frozenset(getattr(m, "TOPIC_PREPOSITIONS", ())),
        object_agent_re=re.compile(rf"(?<![\w'’-])({_alt(m.OBJECT_PRONOUN_SUBJECTS)})\s+[a-z]{{2,}}ing\b[^,;\x00]*$", re.I)
        if getattr(m, "OBJECT_PRONOUN_SUBJECTS", None) else None,
        object_pronouns=dict(getattr(m, "OBJECT_PRONOUN_SUBJECTS", {})),
        gap_auxiliaries=frozenset(getattr(m, "GAP_AUXILIARIES", ())),
        role_preps=frozenset(getattr(m, "ROLE_PREPOSITIONS", ())),
        fresh_role_openers=frozenset(getattr(m, "FRESH_ROLE_DETERMINERS", ())),
        duration_preps=frozenset(getattr(m, "DURATION_PREPOSITIONS", ())),
        role_head_stops=frozenset(getattr(m, "ROLE_HEAD_STOPS", ())),
        carrier_verbs=frozenset(getattr(m, "CARRIER_VERBS", ())),
        carrier_claim_re=_carrier_claim_re(m) if getattr(m, "CARRIER_HEADS", ()) else None,
        carrier_openers=frozenset(w.lower() for w in _carrier_openers(m)),
        plural_subject_verbs=frozenset(getattr(m, "PLURAL_SUBJECT_VERBS", ())),
        plural_subject_links=frozenset(getattr(m, "PLURAL_SUBJECT_LINKS", ())),
        carrier_heads=frozenset(h.lower() for h in getattr(m, "CARRIER_HEADS", ())),
        carrier_subject_links=frozenset(getattr(m, "CARRIER_SUBJECT_LINKS", ())),
        gapped_cue_re=re.compile(m.QUOTED_BY_RE, re.I) if getattr(m, "QUOTED_BY_RE", None) else None,
        active_quoted_re=re.compile(m.ACTIVE_QUOTED_RE) if getattr(m, "ACTIVE_QUOTED_RE", None) else None,
        carrier_cue_words=_cue_words(getattr(m, "CARRIER_CUES", ())),
        postposed_demonstratives=frozenset(getattr(m, "POSTPOSED_DEMONSTRATIVES", ())),
        demonstrative_person_heads=frozenset(getattr(m, "DEMONSTRATIVE_PERSON_HEADS", ())) | frozenset(m.TITLES),
        demonstrative_body_heads=frozenset(getattr(m, "DEMONSTRATIVE_BODY_HEADS", ())),
        demonstrative_non_speakers=frozenset(getattr(m, "DEMONSTRATIVE_NON_SPEAKERS", ())),
        plural_subject_pronouns=frozenset(getattr(m, "PLURAL_SUBJECT_PRONOUNS", ())),
        identified_as_re=re.compile(m.IDENTIFIED_AS_RE) if getattr(m, "IDENTIFIED_AS_RE", None) else None,
        with_participle_re=re.compile(
            rf",\s+with\s+(?P<np>[^,;\x00]{{2,80}}?)\s+(?P<cue>{_alt(m.SAYING_PARTICIPLES)})\s+(?:{_alt(m.COMPLEMENTIZERS)}\s+)?")
        if getattr(m, "WITH_PARTICIPLE", False) else None,
        kata_parenthetical_re=re.compile(
            rf"^(?P<pre>[^,\x00]{{3,60}}),\s*(?P<cue>{_alt(m.PARENTHETICAL_KATA)})(?:\s+(?P<np>[^,\x00]{{1,60}})|(?P<nya>nya)),"
            rf"\s+(?P<pred>[^\x00]+)$", re.I)
        if getattr(m, "PARENTHETICAL_KATA", ()) else None,
        parenthetical_connectives=frozenset(getattr(m, "PARENTHETICAL_CONNECTIVES", ())),
        aside_participle_re=re.compile(rf",\s+(?:{_alt(m.ASIDE_PARTICIPLES)})\b[^,\x00]{{0,80}},?\s*$", re.I)
        if getattr(m, "ASIDE_PARTICIPLES", ()) else None,
        lead_opener_re=re.compile(rf"(?:^|\s)(?P<w>(?i:{_alt(m.LEAD_CLAUSE_OPENERS)}))\s+") if getattr(m, "LEAD_CLAUSE_OPENERS", ()) else None,
        joined_verb_re=re.compile(rf"(?:,\s*|\s)(?:{_alt(m.SHARED_SUBJECT_JOINERS)})(?:\s+(?:{_alt(m.JOINED_VERB_ADVERBS)}))?\s+$", re.I)
        if getattr(m, "SHARED_SUBJECT_JOINERS", ()) else None,
        participle_tail_re=re.compile(rf"\s*(?:,\s*)?(?P<cue>{_alt(m.SAYING_PARTICIPLES)})\s+(?:{_alt(m.COMPLEMENTIZERS)}\s+)?")
        if getattr(m, "SAYING_PARTICIPLES", ()) else None,
        appeal_tail_re=re.compile(
            rf"\s*,\s*(?:{_alt(m.APPEAL_JOINERS)})\s+(?P<cue>{_alt(m.APPEAL_VERBS)})\s+(?=(?i:{m.APPEAL_CLAUSE_RE}))")
        if getattr(m, "APPEAL_JOINERS", ()) else None,
        participle_clause_re=re.compile(rf",\s+(?P<cue>{_alt(m.SAYING_PARTICIPLES)})\s+(?:{_alt(m.COMPLEMENTIZERS)}\s+)?") if getattr(m, "SAYING_PARTICIPLES", ()) else None,
        honorifics=frozenset(getattr(m, "HONORIFICS", ())),
        prepositions=frozenset(getattr(m, "PREPOSITIONS", ())) | frozenset(m.NP_STOPS) | frozenset(m.FRONTED_ADVERBIAL_HEADS),
        gate_words=_gate_words(m, verbs, trailing),
        verb_first=_verb_first(verbs),
        quote_verb_first=_verb_first(qverbs),
        verb_gate=_cue_words(verbs),
        quote_verb_gate=_cue_words(qverbs),
        according_lead_re=re.compile(rf"^(?:.*?[,.]\s+)?(?:{_alt(m.ACCORDING_TO)})\s+([^,\x00]+?)\s*[,:]?$", re.I | re.S),
        deny_content_re=re.compile(rf"(?<![\w-])(?:{_alt(m.DENY_CONTENT)})(?![\w-])", re.I) if getattr(m, "DENY_CONTENT", ()) else None,
        accuse_content_re=re.compile(rf"(?<![\w-])(?:{_alt(m.ACCUSE_CONTENT)})(?![\w-])", re.I) if getattr(m, "ACCUSE_CONTENT", ()) else None,
        stance_first=frozenset(_TOKEN_RE.findall(" ".join(w.split()[0] for w in (*getattr(m, "DENY_CONTENT", ()), *getattr(m, "ACCUSE_CONTENT", ()))).lower())),
        thing_pronouns=frozenset(getattr(m, "THING_PRONOUNS", ())),
        plural_pronouns=frozenset(getattr(m, "PLURAL_PRONOUNS", ())),
        determiners=frozenset(getattr(m, "DETERMINERS", ())),
        named_re=re.compile(rf"\s(?:{_alt(m.NAMED_MARKERS)})\s+(?=[A-Z])") if getattr(m, "NAMED_MARKERS", ()) else None,
        media_start_re=re.compile(rf"^(?P<pre>[^,\x00]{{0,30}}?)\b(?P<cue>{_alt(m.MEDIA_CUES)})\s+(?:{_alt(m.NP_AFTER_PREPS)}\s+)?(?P<np>[^,\x00]{{1,100}}?)\s*,\s*(?P<content>.+)$", re.I | re.S) if getattr(m, "MEDIA_CUES", ()) else None,
        np_after_prep_re=re.compile(rf"^(?:{_alt(m.NP_AFTER_PREPS)})\s+", re.I) if getattr(m, "NP_AFTER_PREPS", ()) else None,
        as_passive_re=re.compile(m.AS_PASSIVE_RE, re.I),
        deny_np_verbs=frozenset(getattr(m, "DENY_NP_VERBS", ())),
        backref_objects=frozenset(getattr(m, "BACKREF_OBJECTS", ())),
        claim_nouns=frozenset(getattr(m, "CLAIM_NOUNS", ())),
        negations=frozenset(getattr(m, "NEGATIONS", ())),
        aside_openers=frozenset(getattr(m, "ASIDE_OPENERS", ())),
        noun_verbs=frozenset(getattr(m, "NOUN_VERB_FORMS", ())),
        noun_before=frozenset(getattr(m, "NOUN_BEFORE", ())),
        subordinators=frozenset(getattr(m, "SENTENCE_SUBORDINATORS", ())),
        reporter_clause_openers=frozenset(getattr(m, "REPORTER_CLAUSE_OPENERS", ())),
        apposition_break_re=re.compile(m.APPOSITION_BREAK_RE, re.I) if getattr(m, "APPOSITION_BREAK_RE", None) else None,
        # capitalised as written before a surname (`Ms. Lee`; `ms` in `MS patients` is no honorific)
        gendered_honorifics={h.capitalize(): g for h, g in getattr(m, "GENDERED_HONORIFICS", {}).items()},
        given_name_gender=_given_name_gender(m),
        doc_source_re=re.compile(rf"^(?:(?:the|a|an)\s+)?(?:[\w'’-]+\s+){{0,3}}?(?:{_alt(m.DOCUMENT_HEADS)})(?:\s+\w+){{0,2}}?\s+(?:{_alt(m.SOURCE_PREPS)})\s+(?P<src>.+)$", re.I),
    )


@dataclass
class Speaker:
    name: str | None
    mention: str
    kind: str


PRONOUN = object()


class Extractor:
    def __init__(self, body: str, language: str, gaz: SpeakerGazetteer) -> None:
        self.body = body
        self.lex = compile_lexicon(language)
        self.lang = language
        self.gaz = gaz
        self.out: list[Statement] = []
        self.last: Speaker | None = None
        self.people: dict[str, str] = {}  # a token of a full name -> the full name
        self.sent_stmts: dict[int, list[int]] = {}
        self.last_person: Speaker | None = None
        self.subject: Speaker | None = None
        self.subject_si = -1
        self.last_person_si = -1
        self.last_si = -1
        self.cur_si = -1
        self._lower_vocab: set[str] | None = None
        self._body_places: set[str] | None = None
        self._non_name: set[str] = set()
        self.roles: dict[str, str] = {}  # a role word -> the person it last described
        self._pronoun: str | None = None  # the pronoun the last PRONOUN result stood for
        self._subject_pronoun: str | None = None  # the pronoun `_subject_of` last found
        self._tok_text: str | None = None
        self._sents: list[Sentence] = []
        self._genders: dict[str, str | None] = {}
        self.recent: list[Speaker] = []  # the persons named as subjects or speakers, in order
        self._toks: list[str] = []
        self._surnames: dict[str, bool] = {}  # a capitalised word -> the body writes a first name before it
        self._acronym_map: dict[str, str] | None = None
        self._quiet_sentences: list[tuple[int, str]] = []  # (Indonesian) see `note_new_speaker`
        self._first_names: dict[str, str | None] = {}  # see `_first_name_in_full`

    @property
    def lower_vocab(self) -> set[str]:
        """Words the body writes in lower case: a capitalised word that is also one of these
        (`Witness`, `Originally`, `The`) is a common word at a sentence start, not a name."""
        if self._lower_vocab is None:
            self._lower_vocab = {w for w in set(_TOKEN_RE.findall(self.body)) if w[0].islower()}
            self._non_name = self._lower_vocab | self.lex.name_stops | self.lex.titles
        return self._lower_vocab

    @property
    def body_places(self) -> set[str]:
        """Words the body writes right after an administrative unit (`Kabupaten Agam`, `Nagari
        Malalak`), in lower case: places, so `BPBD Agam Afrizal Hamdani` is Afrizal Hamdani."""
        if self._body_places is None:
            units = self.lex.place_units
            self._body_places = {
                m.group(2).lower() for m in _UNIT_THEN_WORD_RE.finditer(self.body) if m.group(1).lower() in units}
        return self._body_places

    def _clause_word(self, lw: str) -> bool:
        cache = self.lex.clause_cache
        hit = cache.get(lw)
        if hit is None:
            hit = cache[lw] = bool(self.lex.clause_word_re.match(lw))
            if len(cache) > 50000:
                cache.clear()
        return hit

    def _common_word(self, tok: str) -> bool:
        t = tok.strip(",;:.").lower()
        return t in self.lex.name_stops or t in (self._lower_vocab if self._lower_vocab is not None else self.lower_vocab)

    # ---- speakers -----------------------------------------------------------------------
    def _is_title(self, tok: str) -> bool:
        low = tok.lower()
        if low.strip(".,") in self.lex.titles or low in self.lex.titles:
            return True
        # `Brigadier-General`, `Brig-Gen`, `Lt-Col`: a rank written with a hyphen, each part a title or rank word
        parts = low.strip(".,").split("-")
        return len(parts) > 1 and all(p in self.lex.titles or p + "." in self.lex.titles or p in self.lex.rank_words
                                      for p in parts)

    def _title_inside_name(self, tok: str, prev: str, rest: int) -> bool:
        """`Lukman Hakim Pratama`, `Dewi Ratu Anggraini`: a title word that is also a name word,
        between a capitalised word that can only be a name and the rest of the name. Not after an
        office (`Jaksa Agung X`, `Ketua Majelis Hakim X`), except a royal title, which no office's
        name ends in, before a name of two words or more (`Menteri Kehutanan Raja Juli Antoni`,
        `rest` words)."""
        low = tok.lower()
        if low not in self.lex.titles_in_names:
            return False
        return self._only_a_name(prev) or (
            rest >= 2 and low in self.lex.royal_titles and self.lex.office_noun_re is not None
            and self.lex.office_noun_re.match(prev.lower()) is not None)

    def _only_a_name(self, word: str) -> bool:
        """A capitalised word that can only be a person's name: no acronym, title, word the body
        writes in lower case, known speaker, body's head, place, day, institution or office noun."""
        if not _CAP_TOKEN_RE.match(word) or word[-1:] in ",;:." or word.isupper() or self._is_title(word) \
                or self._common_word(word):
            return False
        low = word.lower()
        inst = self.lex.institution_word_re
        return not (self._in_gaz(word) or low in self.lex.org_heads or low in self.lex.places
                    or low in self.lex.place_units or low in self.lex.day_names
                    or (inst is not None and inst.match(low))
                    or (self.lex.office_noun_re is not None and self.lex.office_noun_re.match(low)))

    def _in_gaz(self, text: str):
        return self.gaz.lookup(text)

    def _name_run(self, seg: str) -> str | None:
        """The person name at the end of a phrase: the last run of capitalised words that are
        neither titles nor acronyms nor known places/institutions."""
        toks = seg.split()
        run: list[str] = []
        i = len(toks) - 1
        while i >= 0:
            t = toks[i].strip(",;:")
            if run and i > 0 and t in self.lex.particles:
                j = i - 1
                while j > 0 and toks[j] in self.lex.particles:
                    j -= 1
                if _CAP_TOKEN_RE.match(toks[j]) and not self._is_title(toks[j]):
                    run[:0] = toks[j + 1:i + 1]  # `Ben van der Berg`
                    i = j
                    continue
            if run and i > 0 and self._title_inside_name(t, toks[i - 1], len(run)):
                run.insert(0, t)  # `Lukman Hakim Pratama`
                i -= 1
                continue
            if not _CAP_TOKEN_RE.match(t) or self._is_title(t) or t.lower() in self.lex.day_names:
                break
            if run and t.endswith(("'s", "’s")):
                break  # `Vancouver's Bo Horvat`, `CBC's Ann Lee`: the possessor is no part of the name
            if (t.isupper() and len(t) > 1 and "." not in t) or self._in_gaz(t) or sum(c.isupper() for c in t) >= 3:
                break  # (`KemenPAN-RB`, `KemenPUPR`: a body's acronym written in mixed case)
            if i > 0 and self._in_gaz(toks[i - 1] + " " + t):
                break
            run.insert(0, t)
            i -= 1
        # a common word opening the run is the sentence start, not part of the name (but `Ms. May` is a name)
        after_title = i >= 0 and toks[i].strip(",;:").lower() in self.lex.honorifics
        while run and self._common_word(run[0]) and not (len(run) == 1 and (run[0].lower() in self.people or after_title)) \
                and not (len(run) >= 2 and run[0].lower() in self.lex.given_names):
            run.pop(0)
        # `Kepala Desa Sukamaju Oman Suherman`, `Kepala Kantor SAR Bandung Asep Rahmat Hidayat`: a place
        # (after an administrative unit, or a known one) opens the run before a name of two words or more
        after_unit = i >= 0 and toks[i].strip(",;:").lower() in self.lex.place_units
        while len(run) >= 3:
            first = run[0].lower()
            if first in self.lex.place_units:
                run.pop(0)  # `Provinsi Kalsel Rahmat Dwisaputra`
                after_unit = True
            elif first in self.lex.toponym_heads:
                # `Wali Kota Tanjung Pinang Lis Darmansyah`, `Kepala BPBD Gunung Kidul Purwono`: no
                # name opens with a geographic noun, so a one-word name may be left
                del run[:2]
                after_unit = False
            elif first in self.lex.places or (after_unit and first not in self.lex.given_names) \
                    or (first not in self.lex.given_names and first in self.body_places):
                run.pop(0)
                after_unit = False
                while len(run) >= 3 and run[0].lower() in self.lex.place_modifiers:
                    run.pop(0)  # `Kabupaten Bandung Barat`
            else:
                break
        # `Darat Kemenhub Irwansyah Lubis`: a one-word institution before the name
        inst = self.lex.institution_word_re
        if inst is not None and len(run) >= 3:
            last = max((k for k, w in enumerate(run[:-2]) if inst.match(w.lower())), default=-1)
            run = run[last + 1:]
        if self.lex.head_final_bodies and len(run) >= 3:
            # `Surabaya Fire and Rescue Service Bagus Wicaksana`: the body's head word, then the person
            last = max((k for k, w in enumerate(run[:-2]) if w.lower() in self.lex.org_heads), default=-1)
            run = run[last + 1:]
        if len(run) >= 3 and i >= 0 and toks[i].lower() in _LIST_JOINERS and i > 0 \
                and any(self.lex.institution_word_re is not None and self.lex.institution_word_re.match(w.lower())
                        or w.lower() in self.lex.org_heads for w in toks[:i]):
            run = run[1:]  # `Kementerian Komunikasi dan Digital Hendra Wiratama`: the office's last word
        if len(run) >= 4:
            # `Pencarian dan Pertolongan Makassar Muhammad Arif Rahman`: the place closing a
            # many-word office's name, then the person
            last = max((k for k, w in enumerate(run[:-2]) if w.lower() in self.lex.places), default=-1)
            run = run[last + 1:]
        if len(run) >= 3:
            run = self._after_place_or_office(run, place_before=i >= 0 and bool(_CAP_TOKEN_RE.match(toks[i])))
        if run and run[0].lower() in self.lex.place_units:
            return None  # `Kabupaten Sukabumi`: a place, not a person
        if not run or (len(run) == 1 and run[0].lower() in self.lex.org_heads):
            return None  # `the Premier's Office`: an institution's head noun, not a surname
        if i >= 1 and toks[i] in self.lex.before_lower_stops:
            # `Sen. Ann Lee of Alabama`: the name is before `of`, the place after it
            before = self._name_run(" ".join(toks[:i]))
            if before and len(before.split()) >= 2 and (len(before.split()) < i or i == len(before.split())):
                j = i - len(before.split()) - 1
                if j < 0 or self._is_title(toks[j]) or toks[j].lower() in self.lex.honorifics:
                    return before
        return " ".join(run)

    def _opener_length(self, words: list[str]) -> int:
        """How many of `words` a word that opens names takes (`La Ode`: 2, `Teuku`: 1), else 0."""
        low = tuple(w.lower() for w in words[:2])
        return next((len(o) for o in self.lex.name_openers if low[:len(o)] == o), 0)

    def _after_place_or_office(self, run: list[str], place_before: bool) -> list[str]:
        """The person's name at the end of a run of capitalised words that also holds a place or
        an office: after a compass word closing a place name (`BPBD Flores Timur Agustinus
        Lamanepa`; at the run's start only when a capitalised word came before it: `Timur
        Pradopo` is a name), or from a word that opens names (`PT Wakatobi Lintas Samudra La
        Ode Syamsul Arifin`). Two words of the name at least are left."""
        for k in range(len(run) - 2, 0, -1):
            if 0 < self._opener_length(run[k:]) < len(run) - k:
                return run[k:]
        low = [w.lower() for w in run]
        last = max((k for k in range(len(run) - 2) if low[k] in self.lex.compass_words and (k or place_before)),
                   default=-1)
        return run[last + 1:]

    def resolve_np(self, np: str) -> Speaker | object | None:
        """Speaker for a phrase as written; PRONOUN for a pronoun; None if it is no speaker."""
        mention = np.strip().strip(",;:").strip()
        mention = _QUOTE_TRIM_RE.sub("", mention)
        if not mention or MASK in mention:
            return None
        low = mention.lower()
        bare = _AUX_CONTRACTION_RE.sub("", low)  # (`He's said`, `They've argued`: a pronoun and its auxiliary)
        if bare in self.lex.pronouns:
            self._pronoun = bare
            return PRONOUN
        if (am := _ACCOUNT_NAME_RE.search(np)) and not self.lex.account_heads.isdisjoint(
                np[:am.start()].lower().split() + (np[am.end():].lower().split() or [''])[-1:]):
            # `Unggahan akun Facebook "Mamuju Bersuara"`, `a TikTok account "Info Cilegon"`, `the "Green
            # Wave" group`: the account or group speaks
            return Speaker(am.group(1), mention, "group")
        if low.strip(" ,") in self.lex.account_owners:
            # `pemilik akun`: the one account the article names, else an owner described
            handle = self._one_handle()
            return Speaker(handle, mention, "person") if handle else Speaker(mention.strip(" ,"), mention, "group")
        core = _PAREN_RE.sub("", mention).strip()
        core = _AGE_RE.sub(",", core).strip(" ,")
        core = _DEGREE_RE.sub("", core).strip(" ,")
        if self.lex.named_re is not None:
            nm = self.lex.named_re.search(core)
            if nm:
                core = core[nm.end():].strip(" ,")  # `ajudan Putin bernama Yury Ushakov`
        words = core.split()
        if not words or words[-1].lower() in self.lex.determiners:
            return None  # `Given his (previously stated views)`: no noun, no speaker
        if words[-1][:1].isdigit() and all(w.lower() in self.lex.determiners for w in words[:-1]):
            return None  # `..., said a 6.2 percent rise was ...` cut at the decimal point: a figure, no speaker
        if len(words) == 1 and words[0].lower() in self.lex.mod.NP_STOPS and not is_acronym(words[0]):
            return None  # `As reported by ...`: a function word, no speaker (`WHO` is one)
        carrier = self._carrier_subject(words)
        if carrier is not None:
            return Speaker(carrier, mention, "document")
        if (company := self._company_after_description(words)) is not None:
            return Speaker(company, mention, "organisation")
        if (member := _MEMBER_OF_RE.match(core)) and self._name_run(member["name"]) == member["name"]:
            # `Yanuarius Kolo of the Indonesian Veterinary Medical Association`: the person, whose
            # body follows (`Ministry of Health`, `Head of ...` open with a body or a title)
            return self._person(member["name"], mention)
        if len(words) > MAX_NP_WORDS:
            # a long official title before a name (`Wakil Sekretaris Gugus Tugas ... Kota X Budi Wira`)
            name = self._name_run(core) if len(words) <= MAX_TITLE_NP_WORDS else None
            if name and "," not in core:
                n = len(name.split())
                if n < len(words) and self._is_title(words[-n - 1]) or (
                        n + 1 < len(words) and _CAP_TOKEN_RE.match(words[-n - 1]) and self._is_title(words[-n - 2])):
                    return self._person(name, mention)
                if n >= 2 and self._is_title(words[0]) and all(
                        _CAP_TOKEN_RE.match(w) or w.lower() in self.lex.fillers for w in words[1:-n]):
                    # `Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia (BKPSDM) Kabupaten
                    # Cianjur Dadan Ruhiyat Sutisna`: a title, an office written in capitals, the person
                    return self._person(name, mention)
            if len(words) <= MAX_TITLE_NP_WORDS and (listed := self._office_list_name(core) or self._closing_name(core)):
                # `Kepala Biro Komunikasi, Layanan ..., dan Kerja Sama (KLIK) ...`, `Kepala Bidang ... Kabupaten
                # Tuban, dr Endah Kusumawati`
                return self._person(listed, mention)
            return None
        owner = self.lex.possessives.get(words[0].lower())
        if owner and len(words) <= 3 and words[-1].lower() in self.lex.document_heads:
            self._pronoun = owner
            return PRONOUN  # `her statement said`: the statement's author speaks
        dm = _DOCUMENT_OWNER_RE.match(core)
        if dm and dm.group("head").lower() in self.lex.document_heads and len(dm.group("owner").split()) <= 6:
            found = self.resolve_np(dm.group("owner"))  # `the ministry's statement said`: the ministry speaks
            if isinstance(found, Speaker):
                return Speaker(found.name, mention, found.kind)
        if low.startswith("the ") and len(words) <= 6 and _AGE_WORD_RE.search(low):
            # `the 26-year-old centre said`: news describes the person just named by age
            near = self._recent_person()
            if near is not None:
                return Speaker(near.name, mention, "person")
        if (home := _HOME_POSSESSOR_RE.match(core)) and (hit := self._in_gaz(core[home.end():])) is not None:
            return Speaker(hit[0], mention, hit[1])  # `the country's disaster mitigation agency`
        if len(words) >= 2 and is_acronym(words[-1]) and (hit := self._in_gaz(words[-1])) is not None \
                and all(w[:1].islower() or w.endswith(("'s", "’s")) for w in words[:-1]):
            # `Indonesia's meteorology and geophysics agency BMKG`: a description, then the body's acronym
            return Speaker(hit[0], mention, hit[1])
        if low.startswith(self.lex.role_openers) and self._role_phrase(words):
            if (hit := self._in_gaz(core)) is not None:
                return Speaker(hit[0], mention, hit[1])  # `the health ministry` of a Jakarta story
            if words[0].lower() in self.lex.fresh_role_openers:
                return Speaker(mention, mention, "group")  # `another source`: not the source before
            # `the spokesperson`: the last speaker whose mention names the same role
            head = words[-1].lower()
            if low.startswith("the ") and head in self.roles:
                full = self.roles[head]  # `the minister` after `Foreign Minister Ana Ruiz`
                return Speaker(full, mention, "person")
            # (`the military` is no `military commander`)
            earlier = self._speaker_named_by(head, mention, persons=head not in self.lex.org_heads)
            if earlier is not None:
                return earlier
            if head in self.lex.company_nouns and low.startswith("the ") and len(words) == 2 \
                    and isinstance(company := self._last_company(), Speaker):
                return Speaker(company.name, mention, company.kind)  # `the company` after `PT KAI`
            # (`the Nova Scotia judge`: a capitalised modifier sets the role apart from the last person)
            modified = any(_CAP_TOKEN_RE.match(w) and not _PLACE_ADJ_RE.match(w) for w in words[1:])
            # (`a company spokesman`: an indefinite article brings someone in, not the last person)
            if head in self.lex.titles and not modified and low.startswith("the ") and self.last \
                    and self.last.kind == "person" and self.last.name.lower() in self.people \
                    and not self._titled_otherwise(self.last.mention, head):
                return Speaker(self.last.name, mention, self.last.kind)
            return Speaker(mention, mention, "group")
        if 3 <= len(words) <= 6 and words[-1].lower() in self.lex.postposed_demonstratives \
                and words[0].lower() in self.lex.demonstrative_person_heads \
                and all(_CAP_TOKEN_RE.match(w) for w in words[1:-1]) and self.last and self.last.kind == "person":
            # `Politikus Partai Demokrat itu`: the role noun, whom it belongs to, the demonstrative: the
            # person just quoted
            return Speaker(self.last.name, mention, "person")
        if 2 <= len(words) <= 4 and words[-1].lower() in self.lex.postposed_demonstratives \
                and not any(_CAP_TOKEN_RE.match(w) for w in words[1:-1]) and not self._clause_word(words[-2].lower()):
            # `pejabat itu`, `akun tersebut`: a role met before, its noun first (Indonesian)
            head = words[-2].lower()
            if head in self.lex.demonstrative_non_speakers:
                return None  # `hal itu`: a thing said, not a speaker
            earlier = self._speaker_named_by(head, mention)
            if earlier is not None:
                return earlier
            if head in self.lex.demonstrative_body_heads and self.last and self.last.kind == "organisation":
                return Speaker(self.last.name, mention, "organisation")  # `Lembaga itu`: the body just quoted
            if head in self.lex.demonstrative_person_heads and self.last and self.last.kind == "person":
                return Speaker(self.last.name, mention, "person")  # `pria itu`: the person just quoted
            return Speaker(mention, mention, "group")
        hit = self._in_gaz(core)
        # (several speakers, `Ukraina bersama sekutunya, Amerika Serikat (AS)`, are read below)
        # (a comma alone joins no speakers: `kantor berita Korea Utara, KCNA` is one)
        single = not hit and not self.lex.coord_word_re.search(core)
        if single and "," in core and not self._appositive_name(core):
            # `istana kepresidenan Rusia, Kremlin`, `kantor berita Korea Utara, KCNA`: an
            # apposition that names a known speaker (not `Juru bicara BNPB, Abdul Muhari`)
            hit = next(filter(None, (self._in_gaz(seg.strip()) for seg in reversed(core.split(",")))), None)
        if not hit and (pm := _POSSESSOR_RE.match(core)):
            hit = self._in_gaz(pm.group(1))  # `South Korea's National Intelligence Service`
        if single and not hit and "," not in core:
            hit = self._known_name_among_descriptors(words)
        if single and not hit and "(" in mention and words[0].lower() not in self.lex.document_heads \
                and not self._name_after_brackets(mention):
            # (`Laporan intelijen Korea Selatan (Korsel)` is the report, not the country)
            # `Badan Intelijen Nasional (NIS) Seoul`: a known acronym in brackets names it
            hit = self._bracketed_speaker(mention)
        if not hit and (am := _NAME_WITH_ACRONYM_RE.match(mention)) and self._acronyms().get(am.group("acr")) \
                and am.group("name") == self._acronyms()[am.group("acr")]:
            return Speaker(self._acronyms()[am.group("acr")], mention, "organisation")
        if hit:
            return Speaker(hit[0], mention, hit[1])
        if self.lex.anonymous_source_re is not None and self.lex.anonymous_source_re.match(core):
            return Speaker(core, mention, "group")  # `sources familiar with the talks`
        full = self._acronyms().get(core) if core.isupper() else None
        if full:  # `EDC said` after `Export Development Canada (EDC)`
            hit = self._in_gaz(full)
            return Speaker(hit[0], mention, hit[1]) if hit else Speaker(full, mention, "organisation")
        if "," in core:
            if core.rsplit(",", 1)[1].strip().lower() in self.lex.pronouns:
                return PRONOUN  # `In Moncton, N.B., he`
            name = self._appositive_name(core)
            if name:
                return self._person(name, mention)
        if self.lex.body_role_preps and self._role_of_body(words):
            return Speaker(mention, mention, "group")
        if not self._np_plausible(words):
            # `volunteer media coordinator Tom Hinderks`: role words then a full name
            name = self._name_run(core) if "," not in core and len(words) <= MAX_NP_WORDS else None
            n = len(name.split()) if name else 0
            if name and n < len(words) and words[-n - 1].lower() in self.lex.person_nouns \
                    and all(w.islower() and w.isalpha() for w in words[:-n]):
                return self._person(name, mention)  # `online clothing seller Rahmawati`: a trade, then the name
            # (`acting head of KNKT's railway accident investigation subcommittee X`: an office held for now)
            if name and len(name.split()) >= 2 and not any(
                    self._clause_word(w.lower()) and not self._is_title(w) and w.lower() not in self.lex.role_modifiers
                    for w in words[:len(words) - len(name.split())]):
                return self._person(name, mention)
            return None
        # several speakers: `Malaysia bersama sekutunya, Singapura (SG)`
        parts = [p for p in self.lex.coord_re.split(core) if p and p.strip()]
        if len(parts) > 1:
            hits = [self._in_gaz(p.strip()) for p in parts]
            if all(hits):
                names = list(dict.fromkeys(h[0] for h in hits))
                return Speaker("; ".join(names), mention, hits[0][1] if len(names) == 1 else "group")
        # one speaker under two names: `Bapanas atau badan pangan nasional` is Bapanas
        if self.lex.alternative_re is not None:
            names = self.lex.alternative_re.split(core, maxsplit=1)
            if len(names) == 2 and names[0] and _CAP_TOKEN_RE.match(names[0].split()[0]):
                hit = self._in_gaz(names[0]) or self._in_gaz(names[1])
                if hit:
                    return Speaker(hit[0], mention, hit[1])
                if len(names[0].split()) <= 4:
                    first = names[1].split()[0].lower() if names[1].split() else ""
                    return Speaker(names[0].strip(), mention, "organisation" if first in self.lex.org_heads else "unknown")
        # an institution written out in capitals: `Kantor Berita Nusantara`, `Badan Pusat Statistik`,
        # unless a role opens it and a name ends it (`Juru Bicara Kementerian Perhubungan Rahmat Nugroho`)
        if "," not in core and words[0].lower() in self.lex.org_heads and len(words) > 1 \
                and not self._titled_name(core, words) and not self._title_then_name(core, words) and all(
                _CAP_TOKEN_RE.match(w) or w.lower() in self.lex.fillers for w in words) and words[1][:1].isupper():
            return Speaker(core, mention, "organisation")
        owner = next((i for i, w in enumerate(words[:4]) if w.endswith(("'s", "’s"))), None)
        body = words[owner + 1:] if owner is not None else words[1:] if words[0].lower() == "the" else words
        if "," not in core and len(body) >= 3 and body[0][:1].isupper() and body[0].lower() in self.lex.org_heads \
                and body[1] == "of" and body[2][:1].isupper() and not self._titled_name(core, words) and all(
                _CAP_TOKEN_RE.match(w) or w.lower() in self.lex.fillers for w in body):
            # `the Ministry of Energy and Mineral Resources`, `Saudi Arabia's Ministry of Hajj and Umrah`: a
            # body's name, whose `and` joins no two speakers
            hit = self._in_gaz(" ".join(body))
            return Speaker(hit[0], mention, hit[1]) if hit else Speaker(" ".join(body), mention, "organisation")
        if "," in core and (listed := self._office_list_name(core)):
            return self._person(listed, mention)  # `head of the Manpower, Transmigration and Energy Agency X`
        # apposition: `Juru bicara kepolisian, Budi Hartono`
        segs = [s.strip() for s in core.split(",") if s.strip()]
        for seg in reversed(segs):
            name = self._name_run(seg)
            if name:
                return self._person(name, mention)
        first = words[0].lower()
        kind = "document" if first in self.lex.document_heads else "organisation" if first in self.lex.org_heads else "unknown"
        # `Badan Pangan Nasional Indonesia (Bapanas)`: try the bracketed acronym and parts
        hit = self._bracketed_speaker(mention) if kind == "unknown" else None
        if hit:
            return Speaker(hit[0], mention, hit[1])
        return Speaker(core, mention, kind)

    def _company_after_description(self, words: list[str]) -> str | None:
        """`state railway operator PT Kereta Api Indonesia`, `Singapore-based Grab Holdings`: a
        description, then a company's name opened by its legal form or after where it sits; the
        name, else None."""
        at = next((k for k, w in enumerate(words) if k and w in self.lex.company_forms), None)
        if at is None and len(words) >= 2 and _BASED_RE.fullmatch(words[0]):
            at = 1
        rest = words[at:] if at is not None else []
        if not rest or not all(w[:1].isupper() or w.lower() in self.lex.fillers for w in rest) \
                or not all(w[:1].islower() or _BASED_RE.fullmatch(w) or k == 0 and not self._is_title(w)
                           for k, w in enumerate(words[:at])):
            return None
        return " ".join(rest)

    def _last_company(self) -> Speaker | None:
        """The company `the company` is: the last that spoke, its mention holding a legal form (`PT`,
        `Holdings`), where it sits (`Singapore-based`) or a company noun (`state railway operator
        ...`); else the one company the text names before this sentence with a legal form before
        its name (`an overflowing pond at PT Maba Raya Nikel Industri (MRNI)`)."""
        for st in reversed(self.out):
            if st.speaker_kind != "organisation" or not st.speaker_mention:
                continue
            words = {w.strip(",.()").lower() for w in st.speaker_mention.split()}
            if words & LEGAL_FORMS or words & self.lex.company_nouns or _BASED_RE.search(st.speaker_mention):
                return Speaker(st.speaker, st.speaker_mention, st.speaker_kind)
        rx = self.lex.company_name_re
        named = {m.group(0) for m in rx.finditer(self.body, 0, self._sents[self.cur_si].start)} if rx else set()
        return self.resolve_np(named.pop()) if len(named) == 1 else None  # (of several, which one is not told)

    def _titled_otherwise(self, mention: str, head: str) -> bool:
        """Whether `mention` gives its person another title than `head` (`Kremlin spokesman Dmitry
        Peskov` is no `the governor`)."""
        words = {w.lower().strip(",.()") for w in mention.split()}
        return head not in words and any(w in self.lex.titles for w in words)

    def _one_handle(self) -> str | None:
        """The social-media account the article names (`@jajanan.aman.id`), when it names one only."""
        handles = {h.rstrip(".") for h in _HANDLE_RE.findall(self.body)}
        return handles.pop() if len(handles) == 1 else None

    def _name_after_brackets(self, mention: str) -> str | None:
        """A person's full name closing a phrase after a body's acronym in brackets: the phrase
        is that person's role (`Ketua Komisi Pemilihan Umum (KPU) Rina Lestari`, `Sekretaris
        Badan Pengawas Pemilu (Bawaslu) Provinsi Papua Yuhendar Muabuai`), not the body."""
        after = mention.rsplit(")", 1)[-1].strip(" ,") if ")" in mention else ""
        name = self._name_run(after) if after else None
        return name if name and len(name.split()) >= 2 and after.endswith(name) else None

    def _titled_name(self, core: str, words: list[str]) -> str | None:
        """The person's name ending a phrase a role opens, after a title word (`Juru Bicara
        Kementerian Perhubungan Rahmat Nugroho`) and perhaps a place, else None."""
        if words[0].lower() not in getattr(self.lex.mod, "ROLE_HEADS", ()):
            return None
        name = self._name_run(core)
        n = len(name.split()) if name else 0
        if n < 2 or n >= len(words):
            return None
        # (a place may come between: `Ketua Komisi Pemilihan Umum Sulut Ardiles Mewoh`)
        titled = self._is_title(words[-n - 1]) or (
            n + 1 < len(words) and _CAP_TOKEN_RE.match(words[-n - 1]) and self._is_title(words[-n - 2]))
        return name if titled else None

    def _title_then_name(self, core: str, words: list[str]) -> bool:
        """`spokesman Tomas Varga`: a person's title (which may also head a body's name), then a
        name of two words or more and nothing else."""
        name = self._name_run(core) if self._is_title(words[0]) else None
        return bool(name) and len(name.split()) >= 2 and len(name.split()) == len(words) - 1

    def _speaker_named_by(self, head: str, mention: str, *, persons: bool = True) -> Speaker | None:
        """The last speaker whose mention holds the role noun `head` (`the spokesperson`, `pejabat
        itu` after `juru bicara ... pejabat ...`), a person only if `persons`; else None. Words
        before the head must be in that mention too: `the health ministry` is not the
        communications ministry met before."""
        words = mention.lower().split()
        modifiers = [w for w in words[1:] if w != head and w not in self.lex.role_openers_words
                     and w not in self.lex.determiners and w not in self.lex.postposed_demonstratives]
        for st in reversed(self.out):
            if st.speaker_mention and head in st.speaker_mention.lower() and st.speaker and (
                    persons or st.speaker_kind != "person"):
                earlier = st.speaker_mention.lower()
                if all(m in earlier for m in modifiers):
                    return Speaker(st.speaker, mention, st.speaker_kind)
        return None

    def _known_name_among_descriptors(self, words: list[str]):
        """`North Korea's state media KCNA`, `the North's official Korean Central News Agency`,
        `kantor berita Korea Utara KCNA`: one run of capitalised words among lower-case
        descriptors (after a possessor) that ends in a known speaker's name is that speaker, so
        outlets that describe an agency differently still name the same one."""
        if not any(w.islower() for w in words) or not any(w[:1].isupper() for w in words[1:]):
            return None  # a name alone, or a phrase with no name in it: nothing to look up
        if words and words[0].lower() in self.lex.determiners:
            words = words[1:]
        for i, w in enumerate(words[:3]):
            if w.endswith(("'s", "’s")):
                words = words[i + 1:]  # the possessor
                break
        runs: list[list[str]] = [[]]
        lower = 0
        for i, w in enumerate(words):
            if i == 0 and w[:1].isupper() and w.lower() in self.lex.fillers:
                lower += 1  # a descriptor capitalised at the sentence's start (`Kantor berita ...`)
            elif _CAP_TOKEN_RE.match(w):
                runs[-1].append(w)
            elif w.isalpha() and w.islower():
                lower += 1
                if runs[-1]:
                    runs.append([])
            else:
                return None
        runs = [r for r in runs if r]
        if len(runs) != 1 or not 0 < lower <= 4:
            return None
        run = runs[0]
        hit = self._in_gaz(" ".join(run))
        if hit is None and len(run) > 1 and run[-1].isupper() and self._in_gaz(" ".join(run[:-1])):
            hit = self._in_gaz(run[-1])  # `Korea Utara KCNA`: a place, then the agency's acronym
        # Only an organisation: a country among descriptors is their modifier (`media pemerintah
        # Korea Utara` is the state media, not the state; `the US military`).
        return hit if hit is not None and hit[1] == "organisation" else None

    def _bracketed_speaker(self, mention: str):
        """The gazetteer's entry for the first known text in brackets (`(NIS)`), else None."""
        return next(filter(None, (self._in_gaz(m.group(1)) for m in _BRACKETED_RE.finditer(mention))), None)

    def _acronyms(self) -> dict[str, str]:
        """Acronyms the body spells out (`Export Development Canada (EDC)`, `Badan Intelijen
        Negara (BIN)`): the acronym -> the full name, when its letters are the name's initials."""
        if self._acronym_map is None:
            self._acronym_map = {}
            for m in _ACRONYM_DEF_RE.finditer(self.body):
                acr, words = m.group(2), m.group(1).split()
                # the name may open with words the acronym leaves out (`the Canadian ...`)
                for i in range(len(words)):
                    if "".join(w[0] for w in words[i:] if w[:1].isupper()) == acr and words[i][:1].isupper():
                        self._acronym_map.setdefault(acr, " ".join(words[i:]))
                        break
        return self._acronym_map

    def _recent_person(self) -> Speaker | None:
        """The person named last, as a sentence's subject or as a speaker."""
        sub, lp = self.subject, self.last_person
        if sub is not None and (lp is None or self.subject_si > self.last_person_si):
            return sub
        return lp

    def _appositive_name(self, core: str) -> str | None:
        """The person in `Role, Name` or `(Title) Name, role`: a segment that is a name and
        nothing else wins; else the name closing the first segment."""
        segs = [x.strip() for x in core.split(",") if x.strip()]
        if len(segs) < 2:
            return None
        last = self._name_run(segs[-1])
        if self._honoured_name(segs[-1], last):
            return last  # (`..., dr. Rina Kartikasari`: honorifics before the name)
        before = segs[-1].split()[:-len(last.split())] if last else []
        if (listed := self._office_list_name(core)) is not None:
            return listed
        if last and len(last.split()) >= 2 and before and is_acronym(before[-1]) and self._in_gaz(before[-1]):
            # `Kepala Pusat Data, Informasi dan Komunikasi Kebencanaan BNPB Dedi Kurniawan`: an
            # office whose name holds a comma, its body's acronym, then the person
            return last
        first = self._name_run(segs[0])
        if first and (first == segs[0] or any(self._is_title(t) for t in segs[0].split()[:-len(first.split())])):
            return first
        return None

    def _closing_name(self, core: str) -> str | None:
        """`A long office title, dr Endah Kusumawati`: the last segment is a name (with honorifics
        before it, if any); the name, else None."""
        if "," not in core:
            return None
        name = self._honoured_name(core.rsplit(",", 1)[1].strip())
        return name if name and len(name.split()) >= 2 else None

    def _honoured_name(self, segment: str, name: str | None = None) -> str | None:
        """The name `segment` is, honorifics before it allowed (`dr. Rina Kartikasari`), else None.
        `name`: the segment's name run, when the caller has it."""
        name = self._name_run(segment) if name is None else name
        if name and all(t.lower() in self.lex.honorifics or t.lower().strip(".") in self.lex.honorifics
                        for t in segment.split()[:-len(name.split())]):
            return name
        return None

    def _office_list_name(self, core: str) -> str | None:
        """`Direktur Jenderal Guru, Tenaga Kependidikan, dan Pendidikan Guru (GTKPG) Kemendikdasmen Sri
        Wahyuni Lestari`: an office that lists its parts, then the person; the name, else None."""
        segs = [x.strip() for x in core.split(",") if x.strip()]
        if len(segs) < 2 or not segs[0].split() or not self._is_title(segs[0].split()[0]):
            return None
        last = self._name_run(segs[-1])
        before = segs[-1].split()[:-len(last.split())] if last else []
        # (`..., dan Kerja Sama (KLIK) Kemendikdasmen X`; `head of the Jakarta Manpower, Transmigration and
        # Energy Agency X`: the joiner inside the last part)
        joiner = next((i for i, w in enumerate(before) if w.lower() in _LIST_JOINERS), None)
        if last and len(last.split()) >= 2 and len(before) >= 2 and joiner is not None and joiner < len(before) - 1 \
                and all(w[:1].isupper() or w[:1] == "(" for i, w in enumerate(before) if i != joiner):
            return last
        return None

    def _role_of_body(self, words: list[str]) -> bool:
        """`A spokesperson for the central bank`, `an official at the ministry`, `Brazil's COP30
        presidency`: a role of a body, or a body's office, named by description."""
        low = [w.lower() for w in words]
        lex = self.lex
        if 3 <= len(words) <= 9 and low[0] in lex.role_openers_words:
            for k in (2, 3):
                if k < len(low) - 1 and low[k] in lex.body_role_preps and all(w.islower() for w in words[1:k]) and (
                        low[k - 1] in lex.titles or low[k - 1] in lex.org_heads or low[k - 1] in lex.body_roles):
                    return True
        pm = _POSSESSIVE_HEAD_RE.match(" ".join(words))
        head = pm.group("head").lower() if pm else ""
        return bool(pm) and (head in lex.titles or head in lex.org_heads or head in lex.body_roles)

    def _carrier_subject(self, words: list[str]) -> str | None:
        """`A video circulating on Facebook`, `Posts shared thousands of times`, `Sebuah unggahan
        di Facebook`: a post, a video or a message as a sentence's subject speaks for itself, as
        fact-checkers file it; the phrase up to its head names it."""
        end = carrier_head_end([w.lower().strip(",;:") for w in words], self.lex, modifiers=2)
        return " ".join(words[:end]).strip(",;:") if end else None

    def _role_phrase(self, words: list[str]) -> bool:
        """`the spokesperson`, `a Toronto-based lawyer`, `a South Korean lawmaker`, `a Google
        engineer`: after the determiner, a role noun with place adjectives, or with capitalised
        modifiers (a nationality, a place, an employer) before a lower-case head that names a
        person. An institution or a document as the head (`the US military`) is left to the
        rules for those."""
        if len(words) <= 3 + any(_PLACE_ADJ_RE.match(w) for w in words) and not any(
                _CAP_TOKEN_RE.match(w) and not _PLACE_ADJ_RE.match(w) for w in words[1:]):
            return True
        head = words[-1]
        return (
            3 <= len(words) <= 5 and head.isalpha() and head.islower() and not self._clause_word(head)
            and head not in self.lex.org_heads and head not in self.lex.document_heads
            and head not in self.lex.adverbs and head not in self.lex.role_head_stops and not _ABSTRACT_NOUN_RE.search(head)
            and all(_CAP_TOKEN_RE.match(w) for w in words[1:-1])
        )

    def _np_plausible(self, words: list[str]) -> bool:
        """A speaker phrase holds names, titles and a few known filler words; a verb or a
        function word in it means the rule caught a clause."""
        unknown = 0
        # (`the ruling party`, `the banking trade body`: an -ing word before an institution's noun)
        org_last = len(words) > 2 and words[-1].lower().strip(",;:()") in self.lex.org_heads
        for i, w in enumerate(words):
            lw = w.lower().strip(",;:()")
            if not lw or lw in self.lex.fillers or self._in_gaz(lw):
                continue
            if (w[:1].isupper() or _PARTICLE_NAME_RE.match(w)) and i > 0:
                continue
            if lw.endswith("ing") and 0 <= i < len(words) - 1 and (
                    org_last and i > 0 or self._is_title(words[i + 1])
                    or i + 2 < len(words) and words[i + 1].islower() and self._is_title(words[i + 2])):
                continue  # (`chief operating officer`, `the governing body`, `acting corporate secretary`)
            # (`Fed Chair Jerome Powell`, `United Nations spokesman X`, `Fed officials`: a name
            # opening the phrase ends like a verb)
            if self._clause_word(lw) and not ((len(words) == 1 or i == 0 and self._name_follows(words[1]))
                                              and self._name_not_verb(w)):
                return False
            if i == 0 and w[:1].isupper():
                continue
            unknown += 1
        last = words[-1].lower().strip(",;:()")
        head = words[0].lower()
        if len(words) == 1 and words[0][:1].islower() and last not in self.lex.fillers and not (
                self.lex.plural_head_re is not None and self.lex.plural_head_re.match(last)) \
                and not _PARTICLE_NAME_RE.match(words[0]):  # (`al-Shabaab said` names a group)
            return False  # `which confirmed`, `them`: a lone lower-case word names nobody
        heads = self.lex.document_heads | self.lex.org_heads
        if words[-1][:1].islower() and not _PARTICLE_NAME_RE.match(words[-1]) and len(words) > 1 \
                and last not in self.lex.fillers and head not in heads \
                and last not in heads:  # `the parole board decision`: a document as a head-last phrase
            # `refugee advocates`, `some critics`: a plural head noun names a group
            if not (self.lex.plural_head_re is not None and len(words) <= 5 and self.lex.plural_head_re.match(last)):
                return False
        # (`the country's search and rescue agency`: modifiers before a body's head noun)
        return unknown <= (3 if last in self.lex.org_heads else 2)

    def _name_follows(self, word: str) -> bool:
        """After a capitalised first word, what makes it a name, not a verb: another name, a
        title or a plural role (`Fed Chair`, `United Nations`, `Fed officials`)."""
        head = self.lex.plural_head_re
        return bool(_CAP_TOKEN_RE.match(word)) or self._is_title(word) or (
            head is not None and bool(head.match(word.lower())))

    def _name_not_verb(self, word: str) -> bool:
        """A capitalised word standing alone as a speaker that looks like a verb form only by its
        ending (`Manning`, `Reed`) is a surname when the body never writes it in lower case, as it
        would a verb opening a sentence (`Speaking`). (A longer phrase it opens, `Retired Gen. Ann
        Lee`, is left to the rules as it was.)"""
        lw = word.lower()
        shape = self.lex.verb_shape_re
        return word[:1].isupper() and shape is not None and bool(shape.match(lw)) and lw not in self.lower_vocab \
            and lw not in self.lex.name_stops and lw not in self.lex.verbs and lw not in self.lex.fronted_heads \
            and lw not in self.lex.prepositions

    def coref(self, pronoun: str | None = None) -> Speaker | None:
        if pronoun and (pronoun in self.lex.thing_pronouns or pronoun in self.lex.plural_pronouns):
            # `it said` / `they say`: the institution or the group that opens this sentence or one
            # of the two before it (`Republican senators are eager ..., and they say ...`)
            near = self._group_subject(pronoun in self.lex.plural_pronouns)
            if near is not None:
                return near
            if pronoun in self.lex.plural_pronouns and self.last is not None and self.last.kind != "person" \
                    and self.cur_si - self.last_si <= 1:
                return self.last  # `A company spokesperson said ... "...," they said`: the one who just spoke
        if pronoun and pronoun in self.lex.thing_pronouns:
            # `it said`: the last institution, country or document that spoke, never a person
            for st in reversed(self.out[-12:]):
                if st.speaker and st.speaker_kind != "person" and (
                        st.speaker_kind != "unknown" or not self._plural_phrase(st.speaker_mention or st.speaker)):
                    return Speaker(st.speaker, st.speaker_mention or st.speaker, st.speaker_kind)
            # a sentence's subject named after the last speaker (`Northgate Power declined to
            # comment. "...," it said.`): kinds are a guess for names, so it may read as a person
            if self.subject is not None and self.subject_si > self.last_si:
                return self.subject
            return None
        if self.lex.mod.PRONOUN_TAKES_SUBJECT and self.subject is not None and self.subject_si > self.last_si:
            first = self.subject
        elif (pronoun is None or pronoun in self.lex.new_person_pronouns) and self.lex.mod.NYA \
                and (new := self._new_speaker()) is not None:
            # a `-nya` cue (or no cue, or `dia`/`ia`) after a sentence that introduced someone new: them
            first = new
        elif pronoun is None:
            first = self.last or self.last_person or self.subject  # a quotation going on: whoever spoke last
        elif self.lex.mod.PRONOUN_TAKES_SUBJECT and self.subject is not None and self.subject_si > self.last_person_si \
                and pronoun in self.lex.gendered:
            first = self.subject  # `X was present. "...," her office said. She declined ...`: X, not an earlier man
        else:
            first = self.last_person or self.last or self.subject
        want = self.lex.gendered.get(pronoun or "")
        if want is None or first is None or first.kind != "person" or self._gender(first.name) in (None, want):
            return first
        lp = self.last_person
        if first is self.subject and lp is not None and lp.name != first.name and lp.name.lower() in self.people \
                and self._gender(lp.name) in (None, want):
            return lp  # a man named in a caption between her quote and `she said`: still her
        # `she said` right after a man was named: the nearest person the body writes `she` about
        seen = {first.name}
        for c in reversed(self.recent[-12:]):
            if c.name in seen:
                continue
            seen.add(c.name)
            if self._gender(c.name) == want:
                return c
        # nobody recent fits: the person the body names last before this sentence whose gender does
        return self._named_before(want) or first

    def _named_before(self, want: str) -> Speaker | None:
        """The last known person (a token of a full name seen so far) written in the 3,000
        characters before the current sentence whose gender is `want`."""
        if not self._sents or self.cur_si < 0:
            return None
        end = self._sents[self.cur_si].start
        self.lower_vocab  # noqa: B018 - builds the word sets once per article
        for m in reversed(list(_CAP_WORD_RE.finditer(self.body, max(0, end - 3000), end))):
            full = self.people.get(m.group(0).lower())
            if full and self._gender(full) == want:
                return Speaker(full, m.group(0), "person")
        # a full name the rules never took for a speaker (`... to Attorney General Ann Lee`)
        for m in reversed(list(_FULL_NAME_RE.finditer(self.body, max(0, end - 3000), end))):
            name = self._name_run(m.group(0))  # `General Ann Lee`: the title is no part of it
            if not name or len(name.split()) < 2 or any(t.lower() in self._non_name for t in name.split()) \
                    or self._in_gaz(name):
                continue
            if self._gender(name) == want:
                return self._person(name, name)
        return None

    def _group_subject(self, plural: bool) -> Speaker | None:
        """The subject of the current sentence or of one of the two before it, when that is an
        institution, a document or a group; a person there (or a statement in between) ends
        the search."""
        body = self.body
        for sj in range(self.cur_si, max(-1, self.cur_si - 3), -1):
            s = self._sents[sj]
            if sj != self.cur_si and sj in self.sent_stmts:
                # `Authorities ... said she stabbed the driver. They said ...`: the group that spoke
                st = self.out[self.sent_stmts[sj][-1]]
                many = self._plural_phrase(st.speaker_mention or st.speaker or "")
                if st.speaker and st.speaker_kind in ("group", "organisation", "document", "unknown") and (
                        many if plural else st.speaker_kind != "unknown" or not many):
                    return Speaker(st.speaker, st.speaker_mention or st.speaker, st.speaker_kind)
                return None
            if plural:
                agent = self._plural_agent(body[s.start:s.end] if sj != self.cur_si else "")
                if agent is not None:
                    return agent
            sp = self._subject_of(body[s.start:s.end], persons_only=False)
            if sp is PRONOUN:
                continue
            head = sp.name.split()[-1].lower() if isinstance(sp, Speaker) and sp.name else ""
            if not isinstance(sp, Speaker) or sp.kind == "person" or head in self.lex.person_nouns:
                if sj != self.cur_si:
                    return None
                continue
            if plural and not (sp.kind in ("group", "organisation") or head.endswith("s")):
                return None
            return sp
        return None

    def _title(self, text: str) -> bool:
        """Words in title case (`The Kid Who Would Be King`): a work's name, not speech."""
        words = _WORD_RE.findall(text)
        if len(words) < 3 or text.rstrip()[-1:] in ".!?":
            return False
        small = self.lex.determiners | self.lex.title_small_words
        if not words[0][:1].isupper() or not all(w[:1].isupper() or w.lower() in small for w in words):
            return False
        # and a common word capitalised inside (`Would Be King`), which names (`Ford and GM`) are not
        return any(w[:1].isupper() and self._common_word(w) for w in words[1:])

    def _plural_phrase(self, np: str) -> bool:
        words = np.split()
        return bool(words) and self.lex.plural_head_re is not None and bool(
            self.lex.plural_head_re.match(words[-1].lower()))

    def _plural_agent(self, text: str) -> Speaker | None:
        """The last plural noun phrase a sentence makes the agent of a verb of saying or warning
        (`... and several auto-industry executives have warned about it`), for a later `they say`."""
        if self.lex.plural_agent_re is None or not text:
            return None
        found = None
        for m in self.lex.plural_agent_re.finditer(text):
            found = m
        if found is None:
            return None
        np = self.lex.leading_conn_re.sub("", found.group("np")).strip()
        return Speaker(np, np, "group") if np else None

    def _gender(self, name: str | None) -> str | None:
        """`m`/`f` when the body's pronouns right after the person's name agree (`Ann Lee, who
        lost her job`), else None."""
        if not name:
            return None
        if name in self._genders:
            return self._genders[name]
        g = self._named_gender(name)
        if g is not None:
            self._genders[name] = g
            return g
        votes = {"m": 0, "f": 0}
        body = self.body
        toks = name.split()
        # the first name first: a family shares the surname (`Ann Lee` and `Bo Lee`)
        for key in dict.fromkeys((toks[0], toks[-1]) if len(toks) > 1 else (toks[0],)):
            i = body.find(key)
            while i >= 0:
                e = i + len(key)
                if (i == 0 or not body[i - 1].isalnum()) and (e == len(body) or not body[e].isalnum()):
                    end = e + 160
                    for stop in (". ", "\n"):
                        x = body.find(stop, e, end)
                        if x >= 0:
                            end = x
                    pm = self.lex.gender_pronoun_re.search(body, e, end)
                    if pm:
                        votes[self.lex.gendered[pm.group(0).lower()]] += 1
                i = body.find(key, e)
            if votes["m"] + votes["f"] >= 2:
                break
        g = None
        m_, f_ = votes["m"], votes["f"]
        if m_ > f_ and (f_ == 0 or m_ >= f_ + 2):
            g = "m"
        elif f_ > m_ and (m_ == 0 or f_ >= m_ + 2):
            g = "f"
        self._genders[name] = g
        return g

    def _named_gender(self, name: str) -> str | None:
        """`m`/`f` from the name itself: an honorific the body puts before the surname (`Ms. Lee`)
        or a first name of the lexicon's list; None when neither says."""
        toks = name.split()
        body, last = self.body, toks[-1]
        # plain substring tests: a few per new name cost less than one regex scan of the body
        found = {g for h, g in self.lex.gendered_honorifics.items()
                 if f"{h}. {last}" in body or f"{h} {last}" in body}
        if len(found) == 1:
            return found.pop()
        if len(toks) > 1:
            return self.lex.given_name_gender.get(toks[0].lower())
        return None

    def _subject_of(self, masked: str, persons_only: bool = True):
        """The subject phrase opening a sentence: `Name (, role,) verb ...`, `Role Name verb ...`.
        A Speaker, PRONOUN, or None."""
        s = self.lex.leading_conn_re.sub("", masked.lstrip())
        if persons_only:
            # `Down the street, Ann Lee rejoiced` / `Having lost so much, Lee was afraid`: a short
            # fronted phrase before a capitalised subject
            c = s.find(", ", 0, 60)
            if s.split(" ", 1)[0].lower() in self.lex.fronted_heads:
                # `When asked what is harder, pitching or putting, Lee did not hesitate`
                fm = None
                for fm in _COMMA_CAP_RE.finditer(s, 0, 160):
                    pass
                c = fm.start() if fm else c
            if 0 < c and MASK not in s[:c] and (len(s[:c].split()) <= 6 or s.split(" ", 1)[0].lower() in self.lex.fronted_heads):
                if s[c + 2:].split(" ", 1)[0].lower() in self.lex.pronouns:
                    self._subject_pronoun = s[c + 2:].split(" ", 1)[0].lower()
                    return PRONOUN  # `On Christmas Day, he plans ...`: still about the same person
                if s[c + 2:c + 3].isupper() and s[c + 3:c + 4] not in "'’":
                    s = s[c + 2:]
        words = s.split(" ", 16)[:16]
        if len(words) < 3 and not (len(words) == 2 and words[1].rstrip(".").lower() in self.lex.verbs):
            return None  # a caption or a credit line, not a sentence (`Marthen membantah.` is one)
        if words[0].lower().strip(",") in self.lex.pronouns:
            self._subject_pronoun = words[0].lower().strip(",")
            return PRONOUN
        if persons_only:
            if self._lower_vocab is None:
                self.lower_vocab  # noqa: B018 - builds the word sets once per article
            non_name = self._non_name
            for w in words[:6]:
                if w[:1].isupper() and w.strip(",;:.").lower() not in non_name:
                    break
            else:
                return None  # no name-like word near the start: nobody to remember
        cut = len(words)
        for i, w in enumerate(words):
            lw = w.lower().strip(",;:()")
            if i > 0 and w[:1].islower() and (lw in self.lex.verbs or self._clause_word(lw)) \
                    and not self._modifier_ing(words, i):
                cut = i
                break
        if cut == len(words) or cut > 14:
            # no verb the lexicon knows (`Hua Chunying shot back on Tuesday`): a name opening it
            return self._leading_name(words)
        cand = " ".join(words[:cut]).strip(" ,")
        if MASK in cand:
            return None
        np = self.clean_np(cand)
        if not np:
            return None
        appos = "," in np
        head = np.split(",")[0].split()
        if any(w[:1].islower() and w.lower() not in self.lex.fillers for w in head):
            if persons_only:
                return self._leading_name(words)
            if not (self.lex.plural_head_re is not None and len(head) <= 4 and self.lex.plural_head_re.match(head[-1])) \
                    and not self._determined_phrase(head):
                # `Ann met councillor Bo`: a verb inside, not a name phrase; the name opening it,
                # or role words and a full name (`Foreign ministry spokeswoman Hua Chunying shot back`)
                return self._leading_name(words) or self._role_then_name(words)
        sp = self.resolve_np(np)
        if not isinstance(sp, Speaker) or not sp.name:
            return None
        if not persons_only:
            return sp
        if sp.kind != "person":
            return None
        toks = sp.name.split()
        if len(toks) < 2 and toks[0].lower() not in self.people and not appos and not self._body_surname(toks[0]):
            return None
        if self._common_word(toks[0]) and len(toks) < 2:
            return None
        return sp

    def _modifier_ing(self, words: list[str], i: int) -> bool:
        """`The warning centre`, `the ruling party`, `the tsunami warning center`: a word in -ing
        after an article or before a body's head noun describes the body; it is not its verb."""
        lw = words[i].lower()
        if not lw.endswith("ing") or lw in self.lex.verbs:
            return False
        nxt = words[i + 1].lower().strip(",;:()") if i + 1 < len(words) else ""
        return words[i - 1].lower() in self.lex.role_openers_words and bool(nxt) and not self._clause_word(nxt) \
            or nxt in self.lex.org_heads

    def _determined_phrase(self, head: list[str]) -> bool:
        """`The weather agency`, `The warning centre`: an article, then a few modifiers with no
        verb among them and a body's head noun, is a phrase naming a body, whatever its words."""
        return 2 <= len(head) <= 5 and head[0].lower() in self.lex.role_openers_words \
            and head[-1].lower().strip(",;:") in self.lex.org_heads \
            and not any(self._clause_word(w.lower()) and not self._modifier_ing(head, i)
                        for i, w in enumerate(head) if i)

    def _body_surname(self, tok: str) -> bool:
        """A lone capitalised word the body also writes after a first name (`Ann Lee` ... `Lee`)."""
        hit = self._surnames.get(tok)
        if hit is None:
            self.lower_vocab  # noqa: B018 - builds the word sets once per article
            hit = False
            if len(tok) > 2 and tok.lower() not in self._non_name:
                body = self.body
                i = body.find(" " + tok)
                while i > 0 and not hit:
                    e = i + 1 + len(tok)
                    if e == len(body) or not body[e].isalnum():
                        m = _WORD_BEFORE_RE.search(body, max(0, i - 40), i)
                        f = m.group(1) if m else ""
                        hit = f.lower() not in self._non_name and not self._in_gaz(f) if f else False
                    i = body.find(" " + tok, e)
            self._surnames[tok] = hit
        return hit

    def _role_then_name(self, words: list[str]):
        """`Chinese foreign ministry spokeswoman Hua Chunying shot back`: lower-case role words,
        then a full name, then the verb; the person, else None."""
        for k in range(2, min(len(words), 10)):
            if words[k][:1].islower() and words[k - 1][:1].isupper() and words[k - 2][:1].isupper():
                name = self._name_run(" ".join(words[:k]))
                if name and len(name.split()) >= 2 and " ".join(words[:k]).endswith(name):
                    sp = self.resolve_np(" ".join(words[:k]))
                    return sp if isinstance(sp, Speaker) and sp.kind == "person" else None
                return None
        return None

    def _leading_name(self, words: list[str]):
        """A full name opening the sentence (`Ann Lee works ...`, `Lena, a teacher, was ...`)."""
        run = []
        for w in words[:6]:
            t = w.rstrip(",")
            if not _CAP_TOKEN_RE.match(t) or MASK in t:
                break
            run.append(t)
            if w.endswith(","):
                break
        if not run:
            return None
        if len(run) < len(words) and words[len(run)] in ("/", "|"):
            return None  # `Ann Lee / The Canadian Press`: a photo credit
        name = self._name_run(" ".join(run))
        if not name:
            return None
        appos = len(run) < len(words) and words[len(run) - 1].endswith(",")
        toks = name.split()
        if len(toks) < 2 and toks[0].lower() not in self.people and not appos:
            return None
        if len(toks) >= 2 and not self._np_plausible(toks):
            return None
        if toks[-1].lower() in self.lex.fillers:
            return None  # `Prominent Canadian examples include ...`: an adjective, not a surname
        return self._person(name, name)

    def note_subject(self, si: int, masked: str) -> None:
        """Remember a person named at the start of a sentence that made no statement."""
        sp = self._subject_of(masked)
        if sp is None:  # (`He met councillor Ann Price`: the sentence is still about him)
            # `It's a comment that Lee found concerning.`: the one known person such a sentence
            # names is whom the next `he said` is about
            sp = self._introduced(masked) or self._named_in(masked, None, acting=True)
            pm = self.lex.gender_pronoun_re.search(masked) if sp is None and self.lex.gender_pronoun_re else None
            if pm and not masked[:pm.start()].rstrip().endswith(","):  # (`Unlike Lee, he ...` is not Lee)
                # `For Ann Lee, Friday is a day she has awaited`: the one person named before the
                # pronoun that fits it
                g = self.lex.gendered[pm.group(0).lower()]
                sp = self._named_in(masked[:pm.start()], g, discover=True)
                if sp is not None and self._gender(sp.name) is None:
                    self._genders[sp.name] = g
        elif sp is PRONOUN and self._subject_pronoun in self.lex.gendered and \
                masked.lstrip().split(" ", 1)[0].lower().strip(",") not in self.lex.contrast_heads:  # (`Unlike Lee, he`)
            # `After Lee was moved, she published ...`: the one person the sentence names and the
            # pronoun fits is who it is about
            g = self.lex.gendered[self._subject_pronoun]
            lp = self.last_person
            # a name not yet known is looked up only when the last speaker cannot be the pronoun
            # (`He sees Owen Briggs there` after Dale spoke is still about Dale)
            sp = self._named_in(masked, g, discover=lp is None or self._gender(lp.name) not in (None, g))
            if sp is not None and self._gender(sp.name) is None:
                self._genders[sp.name] = g  # `When Ann told Bo she loved him, he fell silent`: Bo is a he
        elif sp is PRONOUN and self._subject_pronoun in self.lex.thing_pronouns:
            sp = self._named_in(masked, None, acting=True)  # `It is a comment Lee found odd.`
        elif sp is PRONOUN and self._subject_pronoun in self.lex.first_person:
            sp = self._introduced(masked)  # `I asked barber Bo Lind, who ...`: the writer introduces him
        if isinstance(sp, Speaker):
            self.subject = sp
            self.subject_si = si
            self.recent.append(sp)

    def note_new_speaker(self, si: int, masked: str) -> None:
        """Indonesian: a sentence that makes no statement but opens on a person introduced by a
        role (`Gubernur Jabar Ana Lestari mengapresiasi ...`, `Ana Lestari, Ketua X, menilai ...`)
        brings in the speaker of the quotation that follows: the next `-nya` cue is theirs, not
        the previous speaker's. Only remembered here; read when a `-nya` cue needs it."""
        self._quiet_sentences.append((si, masked))

    def _new_speaker(self) -> Speaker | None:
        """The person the last role-led sentence since the last statement introduced, if any."""
        heads = self.lex.mod.ROLE_HEADS
        found = None
        while found is None and self._quiet_sentences and self._quiet_sentences[-1][0] > self.last_si:
            _, masked = self._quiet_sentences.pop()
            # (most sentences name no role near their start: only those that do are read)
            found = self._name_then_role(masked)
            if found is None and any(w.lower() in heads for w in _CAP_WORD_RE.findall(masked, 0, 120)):
                found = self._role_led_subject(masked)
            found = found or self._named_subject(masked) or self._passive_agent(masked)
        self._quiet_sentences.clear()  # the rest came before: no longer anyone's antecedent
        return found

    def _role_led_subject(self, masked: str) -> Speaker | None:
        """`Kepala Dinas X Ana Lestari berharap ...`: the subject opens with a role noun and acts
        (a passive verb after it, `dinonaktifkan`, says something was done to the person)."""
        sp = self._subject_of(masked)
        if not self._role_led(sp) and (rest := self._after_glued_heading(masked)):
            sp = self._subject_of(rest)
        if not self._role_led(sp):
            return None
        at = masked.find(sp.mention)
        after = masked[at + len(sp.mention):].split(None, 1) if at >= 0 else []
        if not after or self._passive_verb(after[0]):
            return None
        return sp

    def _named_subject(self, masked: str) -> Speaker | None:
        """`Dikonfirmasi terpisah, Agustinus membantah tudingan tersebut.`: a person met before
        by their full name, the subject of a sentence that made no statement, acting (not acted on)."""
        spoke = {w for st in self.out if st.speaker_kind == "person" and st.speaker for w in st.speaker.split()}
        if spoke.isdisjoint(_CAP_WORD_RE.findall(masked, 0, 120)):
            return None  # (no one who spoke is named near the start: most sentences)
        sp = self._subject_of(masked)
        if not isinstance(sp, Speaker) or sp.kind != "person" or len(sp.name.split()) < 2 \
                or not any(st.speaker == sp.name for st in self.out):
            return None
        at = masked.find(sp.mention)
        after = masked[at + len(sp.mention):].split(None, 1) if at >= 0 else []
        if not after or not after[0][:1].islower() or self._passive_verb(after[0]):
            return None
        return sp

    def _passive_agent(self, masked: str) -> Speaker | None:
        """`Keputusan BI ditanggapi kritis oleh ekonom CORE Lestari Nurhayati.`, `data itu
        dipersoalkan Kepala Desa Watobuku, Fransiskus Lado Kelen.`, `Keluhan serupa disampaikan Siti
        Maesaroh (38), warga ...`: a person closing a sentence as the agent of a di- passive."""
        m = _PASSIVE_AGENT_RE.search(masked)
        if m is None or not self._passive_verb(m.group("verb")):
            return None
        # (only an agent written as one: after `oleh`, or a role before the name; `diberlakukan
        # di Kota Surabaya` names a place)
        np = m.group("np")
        spoken = m.group("verb").lower() in getattr(self.lex.mod, "SPEECH_PASSIVES", ()) and bool(_FULL_NAME_RE.match(np))
        if not m.group("by") and np.split()[0].lower() not in self.lex.mod.ROLE_HEADS and not spoken:
            return None
        sp = self.resolve_np(np)
        return sp if isinstance(sp, Speaker) and sp.kind == "person" and len(sp.name.split()) >= 2 \
            and sp.mention != sp.name else None

    def _role_led(self, sp) -> bool:
        return isinstance(sp, Speaker) and sp.kind == "person" and sp.mention.split()[0].lower() in self.lex.mod.ROLE_HEADS

    def _after_glued_heading(self, masked: str) -> str | None:
        """`Tak ada payung hukum Ketua Bawaslu Ana Lestari mengatakan ...`: a subheading that lost
        its line break runs into the sentence after it; the sentence starts at the capitalised role
        noun among its first words (one that no capitalised title word or comma comes before)."""
        words = masked.lstrip().split(" ", 6)[:6]
        for k in range(1, len(words)):
            prev, w = words[k - 1], words[k]
            if w[:1].isupper() and w.lower() in self.lex.mod.ROLE_HEADS and not prev.endswith(",") \
                    and not (prev[:1].isupper() and prev.lower() in self.lex.titles):  # (`Wakil Ketua`: one title)
                if prev.lower() in self.lex.name_stops:
                    return None  # `Beberapa Kepala Dinas ...`: a quantifier makes it a group, no heading
                return " ".join(masked.lstrip().split(" ")[k:])
        return None

    def _name_then_role(self, masked: str) -> Speaker | None:
        """`Ana Lestari, Ketua Komisi X, menilai ...`, `Siti Khotijah (52), warga Tambak Lorok,
        terpaksa mengungsi`: a full name (and an age), a comma, then a role noun."""
        s = self.lex.leading_conn_re.sub("", masked.lstrip())
        m = _NAME_COMMA_RE.match(s)
        role = m.group(2).lower() if m else ""
        if not m or (role not in self.lex.mod.ROLE_HEADS and role not in getattr(self.lex.mod, "CITIZEN_ROLES", ())):
            return None
        name = m.group(1)
        if self._name_run(name) != name or self._in_gaz(name):
            return None
        return self._person(name, name)

    def _passive_verb(self, word: str) -> bool:
        """`dinonaktifkan`, `diperiksa`: a di- passive, whose subject is acted on."""
        w = word.lower().strip(",;:")
        return w.startswith("di") and self._clause_word(w)

    def _named_in(self, masked: str, gender: str | None, acting: bool = False, discover: bool = False) -> Speaker | None:
        """The one known person a sentence names whose gender is not the other one (any, for
        None), else None. `acting`: only a name a verb follows (`that Lee found`), not one in a
        prepositional phrase (`photos of her son Kody on the walls`). `discover`: also a surname
        the body has written after a first name but nobody has spoken under yet."""
        found = {}
        if discover:
            # a full name written out in this very sentence is a person even if nobody spoke under it
            for fm in _FULL_NAME_RE.finditer(masked):
                name = self._name_run(fm.group(0))
                toks = name.split() if name else []
                if len(toks) >= 2 and name.lower() not in self.people and not self._in_gaz(name) and \
                        not name.endswith(("'s", "’s")) and \
                        not any(t.lower() in self._non_name for t in toks):
                    self._person(name, name)
        for m in _CAP_WORD_RE.finditer(masked):
            tok = m.group(0)
            full = self.people.get(tok.lower()) or (self._full_name_for(tok) if discover else None)
            if not full or gender is not None and self._gender(full) not in (None, gender):
                continue
            if acting:
                nxt = masked[m.end():m.end() + 30].split(None, 1)
                w = nxt[0].strip(",.;:") if nxt else ""
                if not w.isalpha() or not w.islower() or w in self.lex.prepositions or w in self.lex.mod.NP_STOPS \
                        or w in self.lex.name_stops:
                    continue
            found[full] = tok
        if len(found) != 1:
            return None
        full = next(iter(found))
        return Speaker(full, found[full], "person")

    def _full_name_for(self, tok: str) -> str | None:
        """The full name the body writes for a surname it has not yet taken for anyone's (`Randy
        Cable` for `Cable`), registered as a person, when the lexicon knows its first name; else None."""
        if m_ := re.search(rf"(?<![\w'’-])[A-Z][\w'’-]+\s+{re.escape(tok)}(?![\w'’-])", self.body) if (
                len(tok) > 2 and self._body_surname(tok)) else None:
            name = self._name_run(m_.group(0))
            # a first name the lexicon knows, so `Barron County` or `Christmas Day` is nobody
            if name and len(name.split()) == 2 and name.split()[-1] == tok and \
                    name.split()[0].lower() in self.lex.given_name_gender:
                return self._person(name, name).name
        return None

    def _introduced(self, masked: str) -> Speaker | None:
        """A person named for the first time inside a sentence that made no statement
        (`It worked for Toronto accountant Ann Lee, 50.`): the next `she said` is hers."""
        found = None
        if self._lower_vocab is None:
            self.lower_vocab  # noqa: B018 - builds the word sets once per article
        for m in _FULL_NAME_RE.finditer(masked):
            # introduced by a role noun (`accountant Ann Lee`) or followed by an age (`Ann Lee, 50`)
            pw = masked[max(0, m.start() - 30):m.start()].split()
            prev = pw[-1] if pw else ""
            role = prev[:1].islower() and prev.isalpha() and len(prev) > 3 and prev not in self.lex.name_stops and \
                prev not in self.lex.qverbs and \
                prev not in self.lex.mod.NP_STOPS and prev not in self.lex.prepositions and not self._clause_word(prev)
            if not role and not re.match(r",\s*\d{1,3}\b", masked[m.end():m.end() + 6]):
                continue
            toks = m.group(0).split()
            if toks[0].lower() in self.lex.honorifics:
                toks = toks[1:]  # `farmers such as Mr Zulkifli, 52`: one name after the honorific
            name = " ".join(toks)
            if any(t.lower() in self._non_name or self._in_gaz(t) for t in toks) or self._in_gaz(name):
                continue
            if name.lower() in self.people or toks[-1].lower() in self.people:
                continue  # named before: not an introduction
            found = name
        return self._person(found, found) if found else None

    def _person(self, name: str, mention: str) -> Speaker:
        if (after := self._name_after_brackets(mention)) and name.endswith(" " + after):
            name = after  # `Anggota Badan Pengawas Pemilu (Bawaslu) Fadli Rahman`: the body's name ends at its acronym
        name = self._without_leading_institution(name, mention)
        toks = name.split()
        full = name
        if len(toks) == 1:
            full = self.people.get(toks[0].lower()) or self._first_name_in_full(name) or name
        else:
            if name.lower() in self.people:
                full = self.people[name.lower()]
            elif (longer := self._longer_name(toks)) is not None:
                full = longer  # `Sri Mulyani` after `Sri Mulyani Indrawati`
                self.people[name.lower()] = longer
            else:
                for t in toks:
                    self.people.setdefault(t.lower(), name)
                self.people.setdefault(name.lower(), name)
        if mention != name:
            # the role words around the name (`Foreign Minister`, `the group's founder`) let a later
            # `the minister said` find this person
            names = {t.lower() for t in toks}
            for w in _ROLE_WORD_RE.findall(mention):
                lw = w.lower()
                if lw not in names and lw not in self.lex.name_stops and len(lw) > 3 and lw not in self.lex.org_heads:
                    self.roles[lw] = full  # (`military spokesman Ann Lee`: `the military` is no person)
        return Speaker(full, mention, "person")

    def _first_name_in_full(self, tok: str) -> str | None:
        """`Menurut Fransiskus, ...` after `dipersoalkan Kepala Desa Watobuku, Fransiskus Lado
        Kelen.`, a sentence that made no statement: where news calls people by their first name
        (Indonesian), the one full name the body writes from `tok`, registered; else None."""
        if tok in self._first_names:
            return self._first_names[tok]
        self._first_names[tok] = found = self._first_name_lookup(tok)
        return found

    def _first_name_lookup(self, tok: str) -> str | None:
        inst = self.lex.institution_word_re
        if not self.lex.calls_by_first_name or len(tok) < 3 or tok.isupper() \
                or self._in_gaz(tok) or tok.lower() in self.lex.places or (inst is not None and inst.match(tok.lower())):
            return None
        fulls = set()
        for m in re.finditer(rf"(?<![\w'’-]){re.escape(tok)}((?: +[A-Z][\w'’-]*){{1,3}})", self.body):
            if not self._introduces_name(self.body[max(0, m.start() - 40):m.start()].split()):
                continue
            words = m.group(1).split()
            name = next((c for k in range(len(words), 0, -1)
                         if self._name_run(c := " ".join((tok, *words[:k]))) == c), None)
            if name:
                fulls.add(name)
        if len(fulls) != 1:
            return None
        full = fulls.pop()
        for t in full.split():
            self.people.setdefault(t.lower(), full)
        self.people.setdefault(full.lower(), full)
        return full

    def _introduces_name(self, before: list[str]) -> bool:
        """Whether the words before a capitalised run introduce a person's name there: a comma
        (`Kepala Desa Watobuku, Fransiskus Lado Kelen`), a title (`Kapolda X`) or a role noun
        (`pemilik Kopi NYIA, ...`, `ekonom Lestari Nurhayati`), a place closing an office or a
        company's name (`PT ...`); not another capitalised word, whose name the run may go on
        (`Perwakilan Jakarta Raya Teguh P Nugroho`), nor a preposition."""
        if not before:
            return True
        w = before[-1]
        if w.endswith(",") or self._is_title(w):
            return True
        if w.lower() in self.lex.compass_words or w.lower() in self.lex.places:
            # a place closing an office before the name (`Bupati Timor Tengah Selatan Marthen Nenobais`)
            return True
        if w[:1].isupper():
            # a company's name, opened by its legal form, before the person's (`Direktur Utama PT
            # Mitra Husada Farmaindo Budiman Halim`)
            for x in reversed(before):
                if x in self.lex.company_forms:
                    return True
                if not x[:1].isupper():
                    break
        return w.isalpha() and w.islower() and len(w) > 3 and w not in self.lex.name_stops \
            and w not in self.lex.prepositions and not self._clause_word(w)

    def _longer_name(self, toks: list[str]) -> str | None:
        """The full name of a person met before of which `toks` is a run of words (`Sri
        Mulyani` of `Sri Mulyani Indrawati`); None when the words belong to no one, or to two."""
        fulls = {self.people.get(t.lower()) for t in toks}
        if len(fulls) != 1 or None in fulls:
            return None
        full = fulls.pop()
        fw, n = [w.lower() for w in full.split()], len(toks)
        low = [t.lower() for t in toks]
        return full if any(fw[i:i + n] == low for i in range(len(fw) - n + 1)) else None

    def _office_goes_on(self, np: str, text: str, pos: int) -> tuple[str, int] | None:
        """`Kepala Pusat Data` cut at a comma that the office's name holds (`Kepala Pusat Data,
        Informasi dan Komunikasi Kebencanaan BNPB Dedi Kurniawan`): the whole phrase and where it
        ends in `text`, when the words after the comma run to a known body's acronym and a
        person's name; else None. Only after a title."""
        if not any(self._is_title(w) for w in np.split()):
            return None
        om = _OFFICE_GOES_ON_RE.match(text, pos)
        if om is None or not self._in_gaz(om.group("acr")):
            return None
        name = om.group("name").strip()
        if self._name_run(name) != name:
            return None
        return f"{np.strip(' ,')}, {om.group('rest')}", om.end()

    def _without_leading_institution(self, name: str, mention: str) -> str:
        """`Kepala Bapanas Arief Prasetyo Adi`, `Corporate Secretary PT Pertamina Patra Niaga
        Rizky Ardiansyah`: the institution of a title, written between it and the person's name.
        Its words are the institution's, not the person's, when the body also writes them on
        their own, before a lower-case word (`Pertamina Patra Niaga resmi ...`), and writes the
        next word of the name without them (`kata Rizky`); a name of three words or more
        written on its own before a comma is a place's or a body's even without that
        (`Bandara Internasional Sultan Hasanuddin, Makassar`). Two words of the name are left."""
        toks = name.split()
        if len(toks) < 3 or name.lower() in self.people or name not in mention or self._opener_length(toks):
            return name
        if not any(self._is_title(w) for w in mention[:mention.find(name)].split()):
            return name  # (only after a title: `Tulsa Police Department` is an institution's name)
        for k in range(len(toks) - 2, 0, -1):
            prefix, nxt = " ".join(toks[:k]), toks[k]
            ends = [i + len(prefix) for i in self._occurrences(prefix)]
            alone = any(_BEFORE_LOWER_RE.match(self.body, end) for end in ends)
            if k >= 3 and not alone:
                alone = any(_CLAUSE_PUNCT_RE.match(self.body, end) for end in ends)
            if not alone:
                continue
            if k >= 3 or any(not self.body.endswith(prefix + " ", 0, i) for i in self._occurrences(nxt)):
                return " ".join(toks[k:])
        if self.lex.calls_by_first_name:
            # `Corporate Secretary Pertamina Patra Niaga Rizky Ardiansyah`, then `kata Rizky`: news
            # calls a person by the first name, so the name starts there (two words before it at
            # least: `Muhammad Arif Rahman` may be called `Arif`)
            for k in range(2, len(toks) - 1):
                if any(not self.body.endswith(toks[k - 1] + " ", 0, i) for i in self._occurrences(toks[k])):
                    return " ".join(toks[k:])
        return name

    def _occurrences(self, word: str) -> list[int]:
        """Where `word` stands as a whole word in the body."""
        body, out, i = self.body, [], self.body.find(word)
        while i >= 0:
            end = i + len(word)
            if (i == 0 or not _WORD_CHAR_RE.match(body, i - 1)) and not _WORD_CHAR_RE.match(body, end):
                out.append(i)
            i = body.find(word, end)
        return out

    def clean_np(self, left: str) -> str:
        """A speaker phrase from the words before a cue: drop connectives, fronted
        adverbials, the adjunct after the name and adverbs before the verb."""
        s = _DISCOURSE_ASIDE_RE.sub("", left.strip())  # `Statistics Indonesia, however, estimates`
        if self.lex.address_tail_re is not None:
            s = self.lex.address_tail_re.sub("", s)  # `Sri Wahyuni (45), warga Kelurahan X, Kota Y, mengaku`
        if named := self._identified_as(s):
            return named
        # a dateline or a kicker before a dash: `JAKARTA, KOMPAS — X mengatakan`
        s = _DASH_SPLIT_RE.split(s)[-1]
        s = _LEAD_PAREN_RE.sub("", s)  # `( Photo Credit / Outlet ) Name says`
        s = self.lex.leading_conn_re.sub("", s)
        s = self._doc_source(s)
        # `Pada Jumat (24/5), X` / `Dikutip dari Kompas.com, X`
        for _ in range(2):
            first = s.split(" ", 1)[0].lower().strip(",") if s else ""
            if (first in self.lex.fronted_heads or first in self.lex.day_names) and "," in s:
                s = s.split(",", 1)[1].strip()
                s = self.lex.leading_conn_re.sub("", s)
        s = self._after_fronted_phrase(s)
        if self.lex.aside_participle_re is not None:
            s = self.lex.aside_participle_re.sub("", s)  # `U.S. officials, speaking on condition of anonymity,`
        # (`Head of the X Agency Budi Rahardjo had said`: the auxiliary first, so the role ends in the name)
        s = self.lex.trailing_adv_re.sub("", s)
        m = self.lex.np_stop_re.search(s, 1)
        if m and not self._stop_inside_role(s, m):
            s = s[: m.start()]
        s = self.lex.trailing_adv_re.sub("", s)
        return s.strip(" ,;:")

    def _identified_as(self, text: str, at: int | None = None) -> str | None:
        """`A mother in Selong, who asked to be identified only as Sri,`: the name the speaker
        gave (in `text`, starting no later than `at`), else None."""
        rx = self.lex.identified_as_re
        m = None if rx is None else rx.search(text)
        if m is not None and at is not None and m.start() > at:
            return None  # (someone named later in the sentence)
        return (m.groupdict().get("alias") or m.group("name")) if m else None

    def _after_fronted_phrase(self, s: str) -> str:
        """`In early November the company`, `At the hearing the judge`: a fronted phrase with no
        comma after it; the subject is the short role phrase its last determiner opens."""
        if "," in s or s.split(" ", 1)[0].lower() not in self.lex.fronted_heads:
            return s
        words = s.split()
        for i in range(len(words) - 2, 1, -1):
            if (words[i] + " ").lower() in self.lex.role_openers:
                tail = words[i:]
                if len(tail) <= 4 and not any(w[:1].isupper() for w in tail[1:]):
                    return " ".join(tail)
                break
        return s

    def _stop_inside_role(self, s: str, m: re.Match) -> bool:
        """The stop word `m` found is part of a role phrase whose name comes after it, so it
        does not end the speaker phrase: `minister of infrastructure Ann Lee`, and `Wakil Ketua
        Komisi II dari Fraksi X Ana Lestari` (a role with no name of its own before `dari`)."""
        word = m.group(0).strip().lower()
        if word in self.lex.before_lower_stops:
            return self._ends_in_full_name(s, m.end())
        if word in self.lex.role_name_stops:
            return not self._name_run(s[:m.start()]) and self._ends_in_full_name(s, m.end())
        return False

    def _ends_in_full_name(self, s: str, frm: int) -> bool:
        """`minister of infrastructure Ann Lee` / `director of operations for X, Ann Lee`: the
        phrase after a weak stop ends in a full name and holds no stronger stop."""
        rest = s[frm:]
        if self.lex.np_stop_re.search(rest) or len(rest.split()) > 10:
            return False
        tail = rest.rsplit(",", 1)[-1].strip(" ,") or rest.strip(" ,")
        name = self._name_run(tail)
        return bool(name) and len(name.split()) >= 2 and tail.endswith(name)

    def channel(self, text: str) -> str | None:
        m = self.lex.channel_re.search(text)
        if not m:
            return None
        return self._channel_name(m.group("ch"))

    def _channel_name(self, ch: str) -> str | None:
        """The medium's name in the words after a channel cue (`Reuters on Tuesday` -> Reuters), else
        None (a generic hearer, `reporters`, or no name)."""
        ch = ch.strip()
        ch = self.lex.np_stop_re.split(ch)[0].strip() if self.lang != "en" else re.split(r"\s+(?:that|on|in|at|as|last|this|during|after|before)\b", ch)[0]
        if ch.lower() in self.lex.generic_channels:
            return None
        toks = ch.split()
        run: list[str] = []
        for t in reversed(toks):
            if _CAP_TOKEN_RE.match(t) or (t.isupper() and len(t) > 1):
                run.insert(0, t)
            else:
                break
        return " ".join(run) if run else None

    # ---- emitting -----------------------------------------------------------------------
    def emit(self, si: int, start: int, end: int, speaker, kind: str, cue: str | None, stance: str,
             via: str | None = None, resolved: str | None = None, min_words: int = MIN_CONTENT_WORDS) -> None:
        body = self.body
        while start < end and body[start] in " \t\n,;:—–-":
            start += 1
        while end > start and body[end - 1] in " \t\n.;:,—–-":
            end -= 1
        if self.lex.source_frame_re is not None and (fm := self.lex.source_frame_re.match(body, start, end)):
            start = fm.end()  # `Seperti dilansir Reuters, Minggu (9/11/2025), PVMBG menaikkan ...`: the relay is no content
        # drop a dangling outer quote mark left by a partial quote
        if end > start and body[start] in "\"“”" and body[start + 1:end].count(body[start]) == 0 and not any(c in body[start + 1:end] for c in "\"“”"):
            start += 1
        text = body[start:end]
        if len(_WORD_RE.findall(text)) < min_words:
            return
        if kind == Kind.DIRECT and self._title(text):
            return  # `"The Kid Who Would Be King," a delightful film`: a title in quotation marks
        for st in self.out:
            if st.start < end and start < st.end:  # overlap: keep the first
                return
        if stance == Stance.ASSERT:
            stance = self._content_stance(text)
        if kind == Kind.DIRECT and (lm := _TRANSCRIPT_LABEL_RE.match(text)):
            # a transcript's line (`"PENCE: Well, look, ...`): the label names who speaks
            sp, mention = Speaker(lm.group(1), lm.group(1), "person"), lm.group(1)
            if speaker is PRONOUN:
                self._pronoun = None
        elif speaker is PRONOUN:
            sp = self.coref(self._pronoun)
            self._pronoun = None
            mention = None
        elif speaker is None:
            sp = self.last or self.subject
            mention = None
        else:
            sp = speaker
            mention = speaker.mention
        name = sp.name if sp else None
        skind = sp.kind if sp else "unknown"
        if speaker is PRONOUN:
            mention = cue
        self.out.append(Statement(name, mention, skind, text, kind, cue, stance, via, start, end, resolved))
        self.sent_stmts.setdefault(si, []).append(len(self.out) - 1)
        if sp is not None:
            self.last = sp
            if sp.kind == "person":
                self.last_person = sp
                self.last_person_si = si
                if not self.recent or self.recent[-1].name != sp.name:
                    self.recent.append(sp)
        self.last_si = si

    # ---- rules --------------------------------------------------------------------------
    def verbs_in(self, text: str, quote: bool = False) -> list:
        """Speech verbs in `text` on word boundaries (what `verb_re.finditer` finds), by a
        dictionary lookup per word; with `quote`, the verbs that attribute a quotation too."""
        first = self.lex.quote_verb_first if quote else self.lex.verb_first
        if (self.lex.quote_verb_gate if quote else self.lex.verb_gate).isdisjoint(self._lower_tokens(text)):
            return []
        toks = [(m.start(), m.end(), m.group(0).lower()) for m in _TOKEN_RE.finditer(text)]
        hits = []
        i = 0
        while i < len(toks):
            cands = first.get(toks[i][2])
            if cands and i > 0 and (text[toks[i][0]].isupper() or toks[i - 1][2] in self.lex.determiners):
                cands = None  # `United States`, `an estimated $14 billion`: not a speech verb
            elif cands and i > 0 and toks[i][2] in self.lex.noun_verbs and (
                    toks[i - 1][2] in self.lex.noun_before or _possessive_at(text, toks[i - 1][0], toks[i - 1][1])):
                cands = None  # `sales in other states`, `the country's claims`: a plural noun
            elif cands and i > 0 and (toks[i - 1][2] in self.lex.comparison_heads or (
                    i > 1 and toks[i - 2][2] in self.lex.comparison_heads
                    and (toks[i - 1][2].endswith("ly") or toks[i - 1][2] == "first"))):
                cands = None  # `further than first estimated`, `more than reported`: a comparison, not speech
            elif cands and toks[i][2] in self.lex.plural_subject_verbs and not self._plural_subject_before(text, toks, i):
                cands = None  # `the civil claim`: a verb only after a plural subject (`Posts on Facebook claim`)
            if cands and self.lex.gapped_cue_re is not None and (gm := self.lex.gapped_cue_re.match(text, toks[i][0])):
                hits.append(_Hit(gm.start(), gm.end(), gm.group(0)))  # `was quoted by RIA as saying`
                while i < len(toks) and toks[i][0] < gm.end():
                    i += 1
                continue
            if cands:
                nxt = toks[i + 1][2] if i + 1 < len(toks) else None
                for ws in cands:
                    n = len(ws)
                    if n > 1 and ws[1] != nxt:
                        continue  # (`is` opens sixteen cues, `is saying` ...: most fail on the next word)
                    if i + n <= len(toks) and all(toks[i + k][2] == ws[k] for k in range(1, n)) and all(
                            text[toks[i + k - 1][1]:toks[i + k][0]].isspace() for k in range(1, n)):
                        s, e = toks[i][0], toks[i + n - 1][1]
                        hits.append(_Hit(s, e, text[s:e]))
                        i += n - 1
                        break
            i += 1
        return hits

    def _plural_subject_before(self, text: str, toks: list, i: int) -> bool:
        """A plural subject ends right before token `i` (`They claim`, `Critics claim`), or a
        plural noun and the place it is in do (`Posts on Facebook claim`)."""
        if i == 0:
            return False
        if toks[i - 1][2] in self.lex.plural_subject_pronouns:
            return True
        head = self.lex.plural_head_re
        if head is None:
            return False
        for j in range(i - 1, max(i - 5, -1), -1):
            if j < i - 1 and not text[toks[j][1]:toks[j + 1][0]].isspace():
                return False  # (a comma or a quote between them: another phrase)
            if head.match(toks[j][2]) and (j == i - 1 or toks[j + 1][2] in self.lex.plural_subject_links):
                return True
        return False

    def _lower_tokens(self, text: str) -> list[str]:
        """`_TOKEN_RE` tokens of `text`, lower-cased; the last text is remembered (the gate, the
        verb scan and the subject rules all read the same sentence)."""
        if text is not self._tok_text:
            self._tok_text, self._toks = text, _TOKEN_RE.findall(text.lower())
        return self._toks

    def _gated(self, text: str, gate: frozenset) -> bool:
        if "—" in text or "–" in text:
            return True
        toks = self._lower_tokens(text)
        if not gate.isdisjoint(toks):
            return True
        nya = self.lex.mod.NYA
        return bool(nya) and any(w.endswith(nya) and self.fuzzy_nya(w) for w in toks)

    def fuzzy_nya(self, word: str) -> bool:
        w = word.lower()
        if not self.lex.nya_cues or not w.endswith("nya") or len(w) < 6:
            return False
        return any(Levenshtein.distance(w, c, score_cutoff=1) <= 1 for c in self.lex.nya_cues)

    def trailer(self, text: str):
        """Attribution right after a quote: (speaker|PRONOUN, cue, rest) or None."""
        m = self.lex.trail_cue_re.match(text)
        if m and m.group("cue").lower() in self.lex.object_verbs:
            m = None  # `..., told Reuters.`: whom the speaker told, never the speaker
        if m:
            cue = m.group("cue")
            rest = m.group("rest")
            if self.lex.mod.NYA and cue.lower().endswith(self.lex.mod.NYA) and cue.lower() not in self.lex.trailing:
                return PRONOUN, cue, rest
            npm = _NP_AFTER_RE.match(rest)
            np = self.clean_np_after(npm.group(1) if npm else "")
            if np.lower() in self.lex.backref_objects:
                return None  # `..., denied the accusation, saying ...`: what is denied, not who denies
            if npm and (named := self._identified_as(rest, npm.end(1))):
                np = named  # `said a nurse, who asked to be identified only as Lena.`
            if not np:
                return None
            if npm and npm.group(1).strip(" ,") == np and (am := _CLOSING_APPOSITION_RE.match(rest, npm.end())) \
                    and any(self._is_title(w) for w in np.split()):
                np = f"{np}, {am.group('name')}"  # `kata Manager Operasi Jasa Marga, Widya Astuti.`: the name closes it
            elif npm and npm.group(1).strip(" ,") == np and (known := self._closing_known(np, rest[npm.end():])):
                np = known
            elif npm and npm.group(1).strip(" ,") == np and (goes_on := self._office_goes_on(np, rest, npm.end())):
                np = goes_on[0]
            sp = self.resolve_np(np)
            if sp is None:
                return None
            return sp, cue, rest
        m = self.lex.according_after_re.match(text)
        if m:
            # `"...," according to Dr. Ann Lee, a family doctor.`
            npm = _NP_AFTER_RE.match(m.group("rest"))
            sp = self.resolve_np(self.clean_np_after(npm.group(1) if npm else ""))
            if sp is not None:
                return sp, m.group("cue"), m.group("rest")
        m = _DASH_NP_RE.match(text)
        if m:
            sp = self.resolve_np(self.clean_np_after(m.group(1)))
            if sp is not None:
                return sp, "—", text[m.end():]
        m = _FIRST_WORD_RE.match(text)
        if m and self.fuzzy_nya(m.group(1)):
            return PRONOUN, m.group(1), text[m.end():]
        if self.lex.quote_verb_gate.isdisjoint(_TOKEN_RE.findall(text[:260].lower())):
            return None  # no speech verb near enough for `"...," X said` (the patterns below are slow)
        for rx in (self.lex.trail_np_cue_re, self.lex.trail_appos_cue_re):
            m = rx.match(text)
            if m and m.group("cue")[:1].isupper() and (m.group("rest").lstrip()[:1].islower() or self._in_gaz(
                    (m.group("np").split() or [""])[-1] + " " + m.group("cue"))):
                continue  # `..., South Korea and the United States`: a name, not a verb (a title-case
                # headline, `Plan Works, Mayor Says`, capitalises the verb too)
            if m and rx is self.lex.trail_appos_cue_re and m.group("rest").lstrip()[:1].isupper() \
                    and m.group("cue").lower() not in self.lex.object_verbs and self._inverted(m.group("rest")):
                continue  # `..., tips, recipes and coaching, says Ann Lee`: the speaker follows the verb
                # (not after `told`: `X, the WHO's representative, told Reuters` names whom X told)
            if m and m.group("cue").lower() in self.lex.noun_verbs and (
                    (m.group("np").split() or [""])[-1].lower() in self.lex.noun_before
                    or m.group("np").rstrip().endswith(("'s", "’s"))):
                continue  # `..., but sales in other states require ...`, `Suncor's claims are`: a plural noun
            if m and _FIGURE_OPENING_RE.search(text, m.start("np"), m.start("cue")):
                continue  # `..., in Medan, North Sumatra, 102,000 rupiah, X, a deputy, said`: a figure is no apposition
            if m and self._not_spoken(m.group("np")):
                continue  # `..., she was pleaded guilty`, `..., a decision has yet to be announced`
            if m and any(m.group("rest").lstrip().lower().startswith(o) for o in self.lex.backref_objects):
                continue  # `Pemilik kapal dari PT X, Yosef membantah tudingan tersebut`: a denial of an earlier claim
            if m:
                np = self.clean_np(m.group("np"))
                if np and (len(np.split()) <= 8 or self._role_then_full_name(np)):
                    sp = self.resolve_np(np)
                    if rx is self.lex.trail_appos_cue_re and isinstance(sp, Speaker) and (
                            sp.kind == "group" or np[:1].islower()):
                        # `the ministry's director-general, Mr Rahmat Siregar, told reporters`, `chairman
                        # of the drivers' alliance (APDN), Rahmat Hidayatullah, said`: the name set apart
                        # after a role is the speaker
                        named = self._appositive_person(text[m.end("np"):m.start("cue")],
                                                        one_word=self._role_phrase_before(m.group("np")))
                        sp = Speaker(named.name, self._role_mention(m.group("np"), named.mention), named.kind) if named else sp
                    if sp is not None:
                        return sp, m.group("cue"), m.group("rest")
        return None

    def _role_then_full_name(self, np: str) -> bool:
        """`provincial health office head Rahmat Hidayat Sumantri`, `Purwakarta Police chief Adj. Sr.
        Comr. Rizal Fahmi Hidayat`: a role ending in a title, then a full name, however many words
        the role takes (up to MAX_NP_WORDS)."""
        words = np.split()
        name = self._name_run(np) if len(words) <= MAX_NP_WORDS else None
        if not name or len(name.split()) < 2 or not np.endswith(name) or len(name.split()) >= len(words):
            return False
        if self._is_title(words[-len(name.split()) - 1]):
            return True
        # `acting head of KNKT's railway accident investigation subcommittee Suryanto Hadiprasetyo`, `KAI
        # vice president of public relations Dimas Aryo Prakoso`: a title in the role, a lower-case noun
        # of it ends before the name
        role = [w for w in words[:-len(name.split())] if w.lower() not in self.lex.role_modifiers]
        # (or the capitalised head of the office's name: `head of the Agam Fisheries and Food
        # Security Office Rosman Effendi`)
        return any(self._is_title(w) for w in role) and role[-1].isalpha() \
            and (role[-1].islower() or role[-1].lower() in self.lex.org_heads) \
            and not any(self._clause_word(w.lower()) and not self._is_title(w) for w in role)

    def _closing_known(self, np: str, after: str) -> str | None:
        """`kata kantor berita Korea Utara, KCNA.`: a known speaker's name set apart after the
        phrase, ending the sentence, names whom the phrase describes (`np, name`), else None."""
        km = _CLOSING_KNOWN_RE.match(after)
        return f"{np}, {km.group('name')}" if km and self._in_gaz(km.group("name")) else None

    def _cue_name_role(self, tail: str):
        """`, said Bambang Wibisono, director general of minerals and coal at the energy ministry.`:
        when the verb, a named speaker and the speaker's role close the sentence, the trailer
        (speaker, cue, rest), else None."""
        if not self.lex.trail_cue_re.match(tail):
            return None
        tr = self.trailer(tail)
        closes = tr is not None and isinstance(tr[0], Speaker) and isinstance(tr[2], str) and self._apposition_tail(tr[2])
        return tr if closes else None

    def _closing_cue(self, tail: str) -> bool:
        """`..., head of the office in Makassar, told Reuters.`: a verb right after a comma, and
        at most four words after it or whom it was told, end the sentence."""
        end = tail[-60:]
        vms = self.verbs_in(end)
        if not vms or not end[:vms[-1].start()].rstrip().endswith(","):
            return False
        after = end[vms[-1].end():]
        hearer = _CLOSING_HEARER_RE.match(after)  # (`told a news conference in Jakarta.`)
        return len(after.split()) <= 4 or hearer is not None and not after[hearer.end():].strip(" .!?\"”")

    def _attribution_closes(self, text: str) -> bool:
        """`A, the agency said in a statement`: the words after the last comma attribute A."""
        comma = text.rfind(",")
        return comma > 0 and len(text[comma:].split()) <= 10 and self.trailer(text[comma:]) is not None

    def _name_set_apart(self, np: str, left: str) -> Speaker | None:
        """`The ministry's director general for digital space supervision, Bimo Haryanto,`,
        `Salah satu penumpang yang selamat, Andi Baso (29),`, `..., Maria Yasinta Hokeng (51), warga
        Desa Nawakote,`: however long the role before it, the name set apart before the verb (in
        the speaker phrase or the words before the verb), else None."""
        for seg in (np, left.rstrip(" ,")):
            if "," in seg and (person := self._appositive_person(
                    _AGE_PAREN_RE.sub("", seg.rsplit(",", 1)[1]), one_word=self._role_phrase_before(seg.rsplit(",", 1)[0]))):
                # (the mention keeps the role: whom the person speaks for, for the speaker check of matching)
                return Speaker(person.name, self._role_mention(seg.rsplit(",", 1)[0], person.mention), person.kind)
        return self._name_before_descriptor(left)

    def _role_mention(self, role: str, mention: str) -> str:
        """`head of the X Agency (ACR), Name`: the role set apart before a name, with the name."""
        words = role.split()[-MAX_NP_WORDS:]  # (a long clause before it stays out)
        return f"{' '.join(words).strip(' ,')}, {mention}" if words else mention

    def _name_before_descriptor(self, left: str) -> Speaker | None:
        """`Salah satu pengungsi, Maria Yasinta Hokeng (51), warga Desa Nawakote,`: a name set
        apart, then a lower-case description of the person before the verb."""
        segs = left.rstrip(" ,").split(",")
        if len(segs) < 3 or not segs[-1].strip()[:1].islower() or len(segs[-1].split()) > 8 \
                or segs[-1].split()[0].lower() in _LIST_JOINERS:
            return None  # (`Dinas Perumahan, Kawasan Permukiman, dan Pertanahan`: a name listing its parts)
        return self._appositive_person(_AGE_PAREN_RE.sub("", segs[-2]))

    def _role_phrase_before(self, seg: str) -> bool:
        """`The head of the Bener Meriah Disaster Mitigation Agency (BPBD)`: a phrase opened by a
        title, after an article or not, that a one-word name set apart after it may close."""
        words = seg.rsplit(",", 1)[-1].split()  # (`Meanwhile, the head of ...`)
        if words and words[0].lower() in self.lex.role_openers_words:
            words = words[1:]
        return bool(words) and self._is_title(words[0]) and len(words) <= MAX_TITLE_NP_WORDS

    def _appositive_person(self, between: str, *, one_word: bool = False) -> Speaker | None:
        """`, Mr Rahmat Hidayat Siregar,`: a person's name alone between commas, else None. A
        single word (`, Zulkifli,`: Indonesians often have one name) only when `one_word` (after
        a role) and it is no common word, place or body."""
        words = between.strip(" ,").split()
        if one_word and len(words) == 1 and self._only_a_name(words[0]):
            return self._person(words[0], words[0])
        if not 2 <= len(words) <= 6 or not all(w[:1].isupper() for w in words):
            return None
        sp = self.resolve_np(" ".join(words))
        while words and words[0].lower().strip(".") in _HONORIFICS:
            words = words[1:]
        # the whole phrase is the name (`Sekretaris Komisi E` is a role, whatever it resolves to)
        return sp if isinstance(sp, Speaker) and sp.kind == "person" and sp.name == " ".join(words) else None

    def _not_spoken(self, before_verb: str) -> bool:
        """The word before a speech verb makes it a passive (`was told`, `we’re told`, `to be
        announced`) or negates it (`has not said`): its subject did not speak."""
        words = before_verb.split()
        if not words:
            return False
        w = words[-1].lower()
        return w in self.lex.passive_aux or w.endswith(("'re", "’re")) or w in self.lex.negations \
            or w.endswith(("n't", "n’t"))

    def _doc_source(self, s: str) -> str:
        m = self.lex.doc_source_re.match(s)
        return m.group("src") if m else s

    def clean_np_after(self, s: str) -> str:
        if named := self._identified_as(s):
            return named
        s = self._doc_source(s.strip())
        if self.lex.np_after_prep_re is not None:
            s = self.lex.np_after_prep_re.sub("", s)  # `dilansir dari X`
        m = self.lex.np_stop_re.search(s, 1)
        if m and not self._stop_inside_role(s, m):
            s = s[: m.start()]
        toks = s.split()
        while toks and toks[-1].lower().strip(",") in self.lex.day_names:
            toks.pop()
        return " ".join(toks).strip(" ,")

    def lead(self, text: str):
        """Attribution right before a quote: `X mengatakan, "` / `Menurut X, "` / `X said: "`."""
        t = text.rstrip()
        if not t:
            return None
        ma = self.lex.according_lead_re.match(t)
        if ma:
            sp = self.resolve_np(self.clean_np(ma.group(1)))
            if sp is not None:
                return sp, ma.group(0).split()[0], None
        ms = self.verbs_in(t, quote=True)
        if not ms:
            return None
        m = ms[-1]
        after = t[m.end():]
        if len(after.split()) > 10 or not (after.strip() == "" or after.rstrip().endswith((",", ":"))):
            return None
        if self.lex.complementizer_re.search(after):
            return None
        left = self._after_lead_opener(t[: m.start()])
        np = self.clean_np(left)
        if not np:
            return None
        sp = self.resolve_np(np)
        if sp is None:
            return None
        return sp, m.group(0), self.channel(after) or self.channel(left[len(np):])

    def _after_lead_opener(self, left: str) -> str:
        """`As one analyst remarked: "`, `... at a party when a friend asked, "`: the speaker of a
        quotation framed by a subordinate clause is the short subject after its opener."""
        rx = self.lex.lead_opener_re
        m = None
        for m in rx.finditer(left) if rx is not None else ():
            pass
        if m is None or MASK in left[m.end():] or "," in left[m.end():]:
            return left
        if m.group("w").lower() in self.lex.role_preps and left[:m.start()].rstrip().endswith(","):
            return left  # `Lee, as chair of the board, said`: an apposition, not a frame
        rest = left[m.end():]
        return rest if 1 <= len(self.clean_np(rest).split()) <= 6 else left

    def process_quotes(self, si: int, sent: Sentence, masked: str) -> bool:
        body = self.body
        qs = [q for q in sent.quotes]
        if not qs:
            return False
        base = sent.start
        # attribution per quote
        attrs: list = [None] * len(qs)
        for k, q in enumerate(qs):
            after_end = qs[k + 1].open if k + 1 < len(qs) else sent.end
            after = masked[(q.close + 1 if q.close is not None else q.end) - base: after_end - base]
            tr = self.trailer(after)
            if tr is None and k + 1 == len(qs) and q.close is not None and not after.strip(" .!?\"”’»") \
                    and self.lex.quote_verb_gate.isdisjoint(_TOKEN_RE.findall(masked[: qs[0].open - base].lower())):
                # (not after a speech verb: `X said: "..."` has its speaker already)
                tr = self._next_sentence_trailer(sent)
            if tr:
                attrs[k] = ("after",) + tr
                # `"A," kata X, "B"`: the same attribution opens the next quote
                if k + 1 < len(qs) and attrs[k + 1] is None:
                    attrs[k + 1] = ("carry",) + tr
        lead_text = masked[: qs[0].open - base]
        words_in = len(_WORD_RE.findall(body[qs[0].start:qs[0].end]))
        ld = self.lead(lead_text) if lead_text.strip() else None
        if attrs[0] is None and ld is None and lead_text.rstrip().endswith(":") and len(qs) == 1 \
                and words_in > MAX_SCARE_WORDS and not masked[(qs[0].close or qs[0].end) + 1 - base:].strip(" .!?\"”’"):
            # `Martell is more blunt: "..."`: a quotation introduced by a colon is the subject's
            sp = self._subject_of(lead_text, persons_only=False)
            framed = self._after_lead_opener(lead_text)
            if sp is None and framed is not lead_text:
                # `Calm ended in May when Lee took to Twitter with this: "..."`: the frame's subject
                sp = self._subject_of(framed, persons_only=False)
            ld = (sp if sp is not None else PRONOUN, None, None)
        if attrs[0] is None and ld is None:
            # a quote embedded in a clause (`X said the plan was "very good"`): reported speech's
            if lead_text.strip() and (words_in <= MAX_SCARE_WORDS or len(_WORD_RE.findall(lead_text)) > 0):
                return False
        if ld is not None and attrs[0] is None:
            attrs[0] = ("before",) + ld
            for k in range(1, len(qs)):
                if attrs[k] is None:
                    attrs[k] = ("carry",) + ld
        if lead_text.strip() and ld is None and attrs[0] is not None and len(_WORD_RE.findall(lead_text)) > 2:
            # words before the quote that are not an attribution frame: a mixed statement
            return False
        emitted = False
        # a short quotation that is the whole sentence (`"Are there prizes?"`) is a reply, not a
        # scare quote: nothing of the reporter's frames it
        alone = len(qs) == 1 and not lead_text.strip() and qs[0].close is not None \
            and not masked[qs[0].close + 1 - base:].strip(" .!?\"”’»")
        for k, q in enumerate(qs):
            if len(_WORD_RE.findall(body[q.start:q.end])) <= MAX_SCARE_WORDS and attrs[k] is None and not alone:
                continue
            a = attrs[k]
            if a is None:
                # a quote standing alone: the speaker of the quotes before it (not the referent of
                # a pronoun some rule met on the way and let go)
                self._pronoun = None
                self.emit(si, q.start, q.end, PRONOUN, Kind.DIRECT, None, Stance.ASSERT)
                emitted = True
                continue
            sp, cue = a[1], a[2]
            via = None
            if a[0] in ("after", "carry") and len(a) > 3 and isinstance(a[3], str):
                via = self.channel(a[3][:120])
            elif a[0] in ("before", "carry") and len(a) > 3:
                via = a[3] if isinstance(a[3], str) and a[0] == "before" else via
            stance = self._stance(cue)
            n_before = len(self.out)
            self.emit(si, q.start, q.end, sp, Kind.DIRECT, cue, stance, via,
                      min_words=MIN_QUOTED_WORDS if self._whole_quote(a, qs, lead_text, masked, base) else MIN_CONTENT_WORDS)
            emitted = True
            if k + 1 == len(qs) and a[0] == "after" and q.close is not None:
                pm = self._participle_after_cue(q.close + 1, sent)
                if pm is not None:
                    self._emit_participle(si, sent, pm, sp, cue, n_before)
        return emitted

    def _whole_quote(self, a: tuple, qs: list, lead_text: str, masked: str, base: int) -> bool:
        """The quotation is all the speaker said here: one quote, with the cue right after it
        (`"Never," Lee said`) or closing the sentence after a plain speech verb or a colon
        (`Lee finally said "no more."`). A piece of a split quote (`"My worry," he said, "is ..."`)
        or a phrase the sentence goes on after (`blamed "radicals" and the media`) is not."""
        if len(qs) != 1 or a[0] not in ("after", "before"):
            return False
        if a[0] == "after":
            return True
        q = qs[0]
        if q.close is None or masked[q.close + 1 - base:].strip(" .!?\"”’»"):
            return False
        lt = lead_text.rstrip()
        return lt.endswith((",", ":")) or (a[2] or "").lower() in self.lex.core_verbs

    def _next_sentence_trailer(self, sent: Sentence):
        """`"... harder?" Ann Lee, a strategist at X, said in a note.`: a question or exclamation
        mark closing the quote ended the sentence, so its attribution is the next sentence alone."""
        nxt = self._sents[self.cur_si + 1] if self.cur_si + 1 < len(self._sents) else None
        if nxt is None or nxt.para != sent.para or nxt.quotes or nxt.start - sent.end > 2:
            return None
        tr = self.trailer(" " + self.body[nxt.start:nxt.end])
        if tr is None or not isinstance(tr[2], str):
            return None
        rest = tr[2].strip(" .")
        if len(rest.split()) > 8 or self.lex.complementizer_re.search(rest):
            return None  # the next sentence says more than who spoke
        return tr

    def _content_stance(self, text: str) -> str:
        """A neutral cue can still carry a denial (`the report is baseless`) or an accusation
        (`X supplied weapons to Y`): read it off the content's own words."""
        lex = self.lex
        if lex.deny_content_re is None and lex.accuse_content_re is None:
            return Stance.ASSERT
        words = _TOKEN_RE.findall(text.lower())
        if lex.stance_first.isdisjoint(words):
            return Stance.ASSERT  # no word that opens a stance phrase: skip the patterns
        if lex.deny_content_re is not None and lex.deny_content_re.search(text):
            return Stance.DENY
        if lex.accuse_content_re is not None and lex.accuse_content_re.search(text):
            return Stance.ACCUSE
        return Stance.ASSERT

    def _stance(self, cue: str | None) -> str:
        if not cue:
            return Stance.ASSERT
        c = cue.lower()
        st = self.lex.qverbs.get(c) or self.lex.trailing.get(c) or getattr(self.lex.mod, "PROGRESSIVE_SPEECH", {}).get(c)
        if st is None and self.lex.mod.NYA and c.endswith(self.lex.mod.NYA):
            st = self.lex.trailing.get(c[: -len(self.lex.mod.NYA)])
        return st or Stance.ASSERT

    def process_reported(self, si: int, sent: Sentence, masked: str, prev: Sentence | None) -> None:
        base = sent.start
        lex = self.lex
        # 1. a back-pointing passive: `Klaim itu dibantah oleh kepolisian` / `Hal itu disampaikan X`
        m = lex.backref_re.match(masked)
        if m:
            sp = self.resolve_np(self.clean_np_after(m.group("np")))
            if sp is not None and sp is not PRONOUN:
                stance = lex.mod.PASSIVE_CUES.get(m.group("cue").lower(), Stance.ASSERT)
                if stance == Stance.DENY:
                    resolved = self._accusation(prev)
                    self.emit(si, sent.start, sent.end, sp, Kind.INDIRECT, m.group("cue"), stance, None, resolved)
                elif m.group("subj").lower() in lex.similar_backrefs:
                    # `Hal senada disampaikan X`: X says the same as the last speaker, who keeps their
                    # words; a pronoun after this is X
                    if isinstance(sp, Speaker):
                        self.last = sp
                        if sp.kind == "person":
                            self.last_person, self.last_person_si = sp, si
                        self.last_si = si
                elif prev is not None:
                    idx = self.sent_stmts.get(si - 1)
                    if idx:
                        for i in idx:
                            st = self.out[i]
                            self.out[i] = Statement(sp.name, sp.mention, sp.kind, st.text, st.kind, st.cue, st.stance,
                                                    st.via, st.start, st.end, st.resolved_content)
                        self.last = sp
                    else:
                        self.emit(si, prev.start, prev.end, sp, Kind.INDIRECT, m.group("cue"), stance)
                return
        # 1b. the same in the active voice: `X membantah kabar tersebut`, `The ministry denied the report`
        m = lex.active_denial_re.match(masked) if lex.active_denial_re is not None else None
        if m and MASK not in masked:
            sp = self.resolve_np(self.clean_np(m.group("np")))
            if isinstance(sp, Speaker) or sp is PRONOUN:
                self.emit(si, sent.start, sent.end, sp, Kind.INDIRECT, m.group("cue"), Stance.DENY, None,
                          self._accusation(prev) or self._denied_content(si))
                return
        # 1c. `Interfax quoted Peskov as saying B`: the person quoted speaks, to the medium
        m = lex.active_quoted_re.match(masked) if lex.active_quoted_re is not None else None
        if m and MASK not in masked[:m.end()]:
            sp = self.resolve_np(self.clean_np_after(m.group("np")))
            if isinstance(sp, Speaker) or sp is PRONOUN:
                self.emit(si, base + m.end(), sent.end, sp, self._kind(base + m.end(), sent.end, sent), m.group("cue"),
                          self._stance(m.group("cue")), self._channel_name(m.group("medium")) or m.group("medium"))
                return
        # 2. `Menurut X, ...` (after a connective: `Namun, menurut X, ...`)
        lead = self._connective_lead(masked)
        m = lex.according_start_re.match(masked[lead:])
        if m and len(m.group("pre").split()) <= 4:
            np, content_at = m.group("np"), m.start("content")
            if goes_on := self._office_goes_on(np, masked[lead:], m.end("np")):
                # `Menurut Kepala Pusat Data, Informasi dan Komunikasi Kebencanaan BNPB X, ...`
                np, after = goes_on
                tail = masked[lead + after:]
                content_at = after + len(tail) - len(tail.lstrip(" ,"))
            sp = self.resolve_np(self.clean_np(np))
            if sp is not None:
                start, end = base + lead + content_at, sent.end
                second = self._second_speaker(masked, start - base, end - base)
                if second is not None and second[1] is not None:
                    # `According to the agency, A, but Lee says B`: B is Lee's
                    cut, sp2, vm2, start2 = second
                    self.emit(si, start, base + cut, sp, Kind.INDIRECT, m.group("cue"), Stance.ASSERT)
                    self.emit(si, base + start2, end, sp2, self._kind(base + start2, end, sent), vm2.group(0),
                              self._stance(vm2.group(0)))
                    return
                self.emit(si, start, end, sp, Kind.INDIRECT, m.group("cue"), Stance.ASSERT)
                return
        m = lex.according_pronoun_re.match(masked[lead:]) if lex.according_pronoun_re is not None else None
        if m and (m.group("content2") is None or not self._opens_with_attribution(m.group("content2"))) and (
                m.group("pre") is None or len(m.group("pre").split()) <= 4):
            # `Menurutnya, ...`, `..., menurutnya.`: the person just quoted or introduced
            self._pronoun = None
            if m.group("cue"):
                self.emit(si, base + lead + m.start("content"), sent.end, PRONOUN, Kind.INDIRECT, m.group("cue"),
                          Stance.ASSERT)
            else:
                self.emit(si, base + lead, base + lead + m.end("content2"), PRONOUN, Kind.INDIRECT, m.group("cue2"),
                          Stance.ASSERT)
            return
        # 2a. a `kata X` cue between commas inside the sentence: `Kemenkes, kata dia, akan memperluas ...` (the whole
        # sentence), `Selain itu, kata Bima, C` (C, after a connective)
        if (km := lex.kata_parenthetical_re.match(masked) if lex.kata_parenthetical_re is not None else None) \
                and len(_WORD_RE.findall(km.group("pred"))) >= MIN_CONTENT_WORDS and MASK not in masked[:km.start("pred")]:
            # (`Ijazah, menurutnya, adalah hak siswa ...`: the -nya of the cue is the person just quoted)
            sp = PRONOUN if km.group("nya") else self.resolve_np(self.clean_np_after(km.group("np")))
            if sp is not None:
                pre = km.group("pre").strip()
                # (`Adapun jumlah penganggur, menurut data BPS, ...`: a connective, then the claim's subject)
                connective = pre.split()[0].lower() in lex.fronted_heads or not self.lex.leading_conn_re.sub("", pre).strip() \
                    or pre.lower() in lex.parenthetical_connectives
                start = base + km.start("pred") if connective else sent.start
                self.emit(si, start, sent.end, sp, self._kind(start, sent.end, sent), km.group("cue"), Stance.ASSERT)
                return
        m = lex.according_end_re.match(masked)
        if m and not self._opens_with_attribution(m.group("content")) and not self._closes_with_attribution(m.group("content")):
            np = self.clean_np_after(m.group("np"))
            sp = self.resolve_np(self._closing_known(np, masked[m.end("np"):]) or np)
            if not (isinstance(sp, Speaker) and sp.kind == "person") and \
                    (named := self._appositive_person(masked[m.end("np"):].strip(" ,.!?"))):
                sp = named  # `..., according to the village's customary sea leader, Syamsul Bahri.`
            if sp is not None:
                self.emit(si, base, base + m.end("content"), sp, Kind.INDIRECT, m.group("cue"), Stance.ASSERT)
                return
        # 2b. what a post or a video says
        if self._carrier_claim(si, sent, masked):
            return
        # 2c. a `-nya` cue between the subject and its predicate: `Seluruh pasien, lanjutnya, telah
        # sembuh`: the whole sentence is the claim (a statement is one span), the speaker who spoke last
        if lex.mod.NYA and (pm := _NYA_PARENTHETICAL_RE.match(masked)) and self.fuzzy_nya(pm.group("cue")) \
                and len(_WORD_RE.findall(pm.group("pred"))) >= MIN_CONTENT_WORDS:
            self._pronoun = None
            self.emit(si, sent.start, sent.end, PRONOUN, self._kind(sent.start, sent.end, sent), pm.group("cue"), Stance.ASSERT)
            return
        # 3. a speech verb after the subject: `X mengatakan (bahwa) ...` / `X said (that) ...`
        for vm in self.verbs_in(masked):
            left = masked[: vm.start()]
            if (am := _DISCOURSE_ASIDE_RE.search(left)) is not None:
                left = left[:am.start()] + " " * (len(left) - am.start())  # `X, however, estimates`
            if not left.strip():
                break
            pw = left.rsplit(None, 1)[-1].lower()
            verb = vm.group(0).lower()
            if verb in lex.clause_only_verbs and self._not_reported(verb, masked[vm.end():].lstrip(" ,")):
                continue  # `..., the report said`: `report` is the noun here, `said` the verb
            if self._not_spoken(left):
                # `she was told he had left`, `we’re told`, `he is accused of fraud`: nobody speaks;
                # `he has not said he would veto it`: nothing was said
                continue
            if pw in self.lex.modals and left.rsplit(None, 1)[-1].islower() or pw.endswith(("'ll", "’ll")):
                continue  # `the Greens will argue that ...`, `He'll say`: speech foretold, not made
            if pw in self.lex.elliptical_subordinators:
                continue  # `The trend, if confirmed, has ...`: a participle with its subject left out
            if pw in self.lex.relative_words and self._attribution_closes(masked):
                continue  # `The office, which declared a KLB, will review ..., she added`: the whole sentence is hers
            lm = left.rfind(MASK)
            if lm >= 0 and self.body[base + lm] == "," and len(left[lm + 1:].split()) <= 6:
                continue  # `"A defeat," Lee told the House`: the words before the quote are the content (rule 4)
            if self._gapped_relative(si, sent, masked, left, vm):
                return
            split = self._split_subject(masked, left, vm)
            if split is not None:
                # `The border, the governor said, would reopen next week`: the cue parts the claim's
                # subject from its predicate, so the claim is the whole sentence (a statement is one span)
                cue, end = vm.group(0), self._reporter_tail(base + vm.end(), sent.end)
                self.emit(si, base, end, split, self._kind(base, end, sent), cue, self._stance(cue))
                return
            sub_lead = self._subordinate_lead(left)
            if sub_lead:
                left = " " * sub_lead + left[sub_lead:]  # `While the club said ...`: the subject follows the subordinator
            np = self.clean_np(left)
            sp = None
            set_apart = False
            lead = self._lead_appositive(left) if np != self._identified_as(left) else None
            if lead is None and np and (named := self._name_set_apart(np, left)):
                # (set apart by commas on both sides, `..., Iqbal Alfarisi, opined`, it is the subject)
                sp, set_apart = named, left.rstrip().endswith(",")
            elif lead is not None:
                # `Ann Lee, a nurse based in X and an organiser at Y, said`: however long the
                # apposition, the subject is the name before it
                sp, np = lead, left.strip(" ,")
            elif np and len(np.split()) <= MAX_TITLE_NP_WORDS and not (
                    "," in np and len(np.split()) > 8 and not (len(np.split()) <= MAX_NP_WORDS and self._appositive_name(np))
                    and not (len(np.split()) <= MAX_TITLE_NP_WORDS and (self._office_list_name(np) or self._closing_name(np)))):
                sp = self.resolve_np(np)
            om = lex.object_relative_re.search(left) if lead is None and lex.object_relative_re is not None else None
            if om and MASK not in om.group("np"):
                # `the memo that the minister said was leaked`: the relative clause's own subject speaks
                own = self.resolve_np(om.group("np"))
                if isinstance(own, Speaker):
                    sp, np = own, om.group("np")
            sep = None
            if lead is None and sp is not None and np and not set_apart and self._clause_after_np(left, np):
                sp = None  # `The toll from the quake rose to 280, officials said`: `The toll` is no speaker
            if sp is None:
                # the speaker opens a later clause: `In 2015, he said ...`, `... and Hadwin says ...`
                core = vm.group(0).lower() in lex.core_verbs
                cm = (lex.clause_sep_re if core and lex.clause_sep_re is not None else _CLAUSE_SEP_RE).search(left)
                if cm:
                    np = self.clean_np(left[cm.end():])
                    if np and cm.group(0).strip(" ,") in ("and", "but") and (self._adjunct_phrase(np) or not
                            lex.trailing_adv_re.sub("", " " + np).strip()) \
                            and vm.group(0).lower() not in lex.noun_verbs:  # (`and in the swing states of`)
                        # `... and in a carefully worded response said ...`, `... but later said`: no subject of its own
                        np = ""
                    if np and (len(np.split()) <= 6 or self._role_then_full_name(np)):
                        sp = self.resolve_np(np)
                        sep = cm

                    elif not np and cm.group(0).strip(" ,") in ("and", "but") and self._quote_free_subject(left[:cm.start()]):
                        # `X praised the deal and said ...`, `X called it "false" and said ...`: the
                        # verb shares the sentence's subject
                        sp = self._clause_subject(left[:cm.start()]) or self._own_subject(left[:cm.start()])
                        np = ""
            if sp is None and lex.subject_pronoun_re is not None and vm.group(0).lower() in lex.core_verbs:
                # `a poem she said was written by ...`, `It's something they say the board ...`:
                # a subject pronoun right before the verb is its speaker, whatever comes first
                pm_ = lex.subject_pronoun_re.search(left)
                if pm_ and MASK not in left[pm_.start():]:
                    sp, np = self.resolve_np(pm_.group(1)), pm_.group(1)
                    # `Lee was wrong when she said ...`: the sentence's own subject comes first
                    own = self._subject_of(left[:pm_.start()]) if sp is PRONOUN and pm_.start() > 0 else None
                    if isinstance(own, Speaker) and self._gender(own.name) in (None, lex.gendered.get(np.lower())):
                        sp = own
            if sp is None:
                continue
            if sp is PRONOUN and sep is not None and MASK not in left[:sep.start()]:
                # `Lee was wrong when she said ...`: the sentence's own subject comes first
                head = left[:sep.start()]
                cm2 = _CLAUSE_SEP_RE.search(head)
                own = self._subject_of(head[cm2.end():]) if cm2 else None
                own = own if isinstance(own, Speaker) else self._subject_of(head)
                if isinstance(own, Speaker) and self._gender(own.name) in (None, lex.gendered.get((np or "").lower())):
                    sp = own
            comma = sep.start() if sep is not None and masked[sep.start()] == "," else None
            cue_end = vm.end()
            if vm.group(0).lower() in lex.object_verbs and (hm := _CLOSING_HEARER_RE.match(masked, cue_end)):
                cue_end = hm.end(1)  # `..., X told Reuters, adding that B`: the hearer closes the cue
            if comma is None and sep is None and np and lead is None and left.rstrip().endswith(np):
                # (`A, the country's disaster agency said on Tuesday, though ...`: the phrase after
                # the last comma was read as the subject at once)
                before_np = left.rstrip()[: -len(np)].rstrip()
                after = masked[cue_end:]
                tm = lex.time_adjunct_re.match(after.lstrip()) if lex.time_adjunct_re is not None else None
                after = after.lstrip()[tm.end():] if tm and tm.group(0).rstrip().endswith(",") else after.lstrip(" ,")
                closing = not after.strip(" .!?\"”") or after.split(" ", 1)[0].lower() in lex.reporter_clause_openers \
                    or (lex.participle_re is not None and lex.participle_re.match(masked, cue_end) is not None)
                comma = len(before_np) - 1 if before_np.endswith(",") and closing else None
            if comma is not None:
                comma = self._listed_name_start(masked, comma, vm.start())
            if comma is not None and self._parenthetical(masked, comma, cue_end):
                # `The toll rose to 280, officials said, as rescuers searched`: the content is before
                cue = vm.group(0)
                self.emit(si, base, base + comma, sp, self._kind(base, base + comma, sent), cue,
                          self._stance(cue))
                pm = self.lex.participle_re.match(masked, cue_end) if self.lex.participle_re is not None else None
                if pm:
                    self.emit(si, base + pm.end(), sent.end, sp, Kind.INDIRECT, pm.group("cue"), self._stance(cue))
                elif (a := masked.find(",", vm.end())) > 0 and \
                        masked[a + 1:].lstrip().split(" ", 1)[0].lower() in lex.reporter_clause_openers:
                    # `A, officials said, as rescuers searched ...`: the reporter's own clause; it may
                    # report someone else (`..., as the WHO warned that B`: B is the WHO's)
                    if MASK not in masked[a:] and self.verbs_in(masked[a:]):
                        a = masked.index(" ", len(masked[:a + 1]) + len(masked[a + 1:]) - len(masked[a + 1:].lstrip())) + 1
                        sub = Sentence(base + a, sent.end, sent.para, [])
                        self.process_reported(si, sub, masked[a:], prev)
                elif masked[vm.end():].lstrip().startswith(",") and not self._aside(masked[vm.end():].lstrip()[1:]):
                    # `The drugs have few uses, he says, and are meant for short use`: both halves are his
                    a = vm.end() + masked[vm.end():].index(",") + 1
                    self.emit(si, base + a, sent.end, sp, self._kind(base + a, sent.end, sent), cue, self._stance(cue))
                return
            lr = left.rstrip()
            appos_subject = lead is not None or set_apart or isinstance(sp, Speaker) and sp.kind == "person" \
                and "," in (np or "") and _AGE_RE.sub(",", np).rstrip(" ,").endswith(sp.name.split()[-1])  # `the director of X, Ann Lee, says`, `Marzuki, 45, urged`
            if (lr.endswith(",") or (lr[-1:] in "\"”’»" and MASK in lr[-3:])) and not appos_subject and \
                    vm.group(0).lower() not in lex.object_verbs and self._inverted(masked[vm.end():]):
                break  # `..., said X.`: the content is before the verb (rule 4)
            rest_start = vm.end()
            rest = masked[rest_start:]
            if lex.adjunct_only_re is not None and rest.strip() and lex.adjunct_only_re.fullmatch(rest.strip()):
                continue  # `..., he noted here on Tuesday.`: no content after the verb (rule 4)
            if verb in lex.infinitive_verbs and rest.lstrip().lower().startswith("to "):
                # `promised to inform journalists`: the infinitive is the content (`to` opens no hearer
                # here, so the words after a comma are not the content: `promised to pay, but ...`)
                cs = len(rest) - len(rest.lstrip())
            else:
                cs = self._content_start(rest, vm.group(0).lower() in self.lex.object_verbs)
            if cs is None:
                continue
            if lex.time_adjunct_re is not None and (tm := lex.time_adjunct_re.match(rest, cs)) \
                    and len(rest[tm.end():].split()) >= MIN_CONTENT_WORDS:
                cs = tm.end()  # `said on Thursday it would ...`
            content_start = base + rest_start + cs
            if len(_WORD_RE.findall(self.body[content_start:sent.end])) < MIN_CONTENT_WORDS:
                break
            if self._not_reported(vm.group(0).lower(), masked[rest_start:].lstrip(" ,")):
                continue
            if self._adjunct_only(rest, cs):
                break  # `..., the ministry said in a statement.` / `..., X said Monday, citing Y.`
            cue_stance = self._stance(vm.group(0))
            if self.lex.participle_re is not None:
                pm = self.lex.participle_re.search(masked, rest_start + cs)
                before_pm = masked[rest_start + cs:pm.start()] if pm else ""
                # (`told AFP the dates were not set, adding ...`: a clause before it is words too)
                clause = self.lex.finite_re is not None and len(before_pm.split()) >= MIN_CONTENT_WORDS \
                    and self.lex.finite_re.search(before_pm.replace(MASK, " ")) is not None
                if pm and len(before_pm.split()) <= 6 and not clause:
                    # `X criticised the bills, saying they ...`: the words are after the participle
                    content_start = base + pm.end()
                    if cue_stance == Stance.DENY:
                        # `X rejected the claim, saying all residents had left`: what X denied is
                        # the object; the words after the participle are X's own assertion
                        cue_stance = Stance.ASSERT
                elif pm and (len(before_pm.split()) >= MIN_CONTENT_WORDS + 2 or clause) and \
                        len(masked[pm.end():].split()) >= MIN_CONTENT_WORDS:
                    # `X said A, saying B`: two statements, the second opened by the participle
                    cue = vm.group(0)
                    self.emit(si, content_start, base + pm.start(), sp, self._kind(content_start, base + pm.start(), sent),
                              cue, self._stance(cue))
                    self.emit(si, base + pm.end(), sent.end, sp, self._kind(base + pm.end(), sent.end, sent),
                              pm.group("cue"), self._participle_stance(cue))
                    return
            np_end = om.end("np") if om and np == om.group("np") else len(np or "")
            via = self.channel(left[np_end:] + " " + vm.group(0) + rest[:cs]) if cs or left[np_end:].strip() else None
            full_end = self._mixed_end(content_start, sent)
            end = self._reporter_tail(content_start, full_end)
            if verb in lex.infinitive_verbs and (cb := _CONTRAST_CLAUSE_RE.search(masked, content_start - base, end - base)):
                end = base + cb.start()  # `promised to pay, but the tally keeps growing`: the reporter's clause
            main = None
            if sub_lead:
                # `While the club said it would not comment, its manager defended the rules`: the
                # reported words end where the main clause begins, at the last comma
                c = masked.rfind(", ", content_start - base, end - base)
                # `While X has said it will be "comprehensive," he ...`: the comma inside the quotation
                qm = None
                for qm in _CLOSING_COMMA_QUOTE_RE.finditer(masked, content_start - base, end - base + 1):
                    pass
                if qm and qm.start() > c and self.body[base + qm.start() - 1] == ",":
                    q = qm.start()  # the closing mark: the content ends with it, the main clause follows
                    if len(masked[q + 1:].split()) <= MIN_CONTENT_WORDS:
                        continue
                    end, main = base + q + 1, q + 2
                else:
                    if c < 0 or MASK in masked[c:end - base] or len(masked[c:end - base].split()) <= MIN_CONTENT_WORDS:
                        continue  # no main clause found: the clause's end is unknown
                    end, main = base + c, c + 2
            second = self._second_speaker(masked, content_start - base, end - base,
                                          after_denial=cue_stance == Stance.DENY)
            if second is None and end < full_end and not sub_lead:
                # `said A, and urged residents to stay away`: the speaker's next act is an appeal
                joined = self._second_speaker(masked, content_start - base, full_end - base)
                if joined is not None and joined[1] is None and joined[2].group(0).lower() in lex.appeal_verbs:
                    second, end = joined, full_end
            if second is not None:
                # `X said A, but Y says B`: A is X's, B is Y's
                cut, sp2, vm2, start2 = second
                n_before = len(self.out)
                self.emit(si, content_start, base + cut, sp, self._kind(content_start, base + cut, sent), vm.group(0),
                          cue_stance, via)
                if sp2 is None:  # `..., but added that B`: the same speaker, whoever that resolved to
                    sp2 = self._speaker_of(self.out[-1]) if len(self.out) > n_before else sp
                self.emit(si, base + start2, end, sp2, self._kind(base + start2, end, sent), vm2.group(0),
                          self._stance(vm2.group(0)))
                return
            kind = self._kind(content_start, end, sent)
            n_before = len(self.out)
            self.emit(si, content_start, end, sp, kind, vm.group(0), cue_stance, via)
            participle = self._participle_after_quote(end, sent) if main is None else None
            if participle is not None:
                self._emit_participle(si, sent, participle, sp, vm.group(0), n_before)
            if main is not None:
                # the main clause may report speech too (`While critics say A, Lee says B`)
                sub = Sentence(base + main, sent.end, sent.para, [q for q in sent.quotes if q.open >= base + main])
                self.process_reported(si, sub, masked[main:], prev)
            return
        # 3c. `X criticised the bill, saying it ...`: the subject speaks through the participle
        pm = lex.participle_clause_re.search(masked) if lex.participle_clause_re is not None else None
        if pm and MASK not in masked[:pm.start()] and not self._attribution_closes(masked[:pm.start()]):
            # (not `A, the agency said in a statement, adding that B`: an attribution closes A)
            sp = self._subject_of(masked[:pm.start()], persons_only=False)
            if sp is PRONOUN:
                self._pronoun = self._subject_pronoun  # `She declined comment, saying ...` is hers
            agent = self._object_agent(masked[:pm.start()])
            if agent is not None:
                sp, self._pronoun = PRONOUN, agent
            if sp is not None:
                self.emit(si, base + pm.end(), sent.end, sp, self._kind(base + pm.end(), sent.end, sent),
                          pm.group("cue"), self._stance(pm.group("cue")))
                return
        # 3b. `Melansir dari X, ...`: a sentence whose only source is a medium
        if lex.media_start_re is not None:
            m = lex.media_start_re.match(masked)
            pre = m.group("pre").strip(" ,") if m else ""
            # `Seperti dilansir AFP, ...` credits the wire for the whole article: no statement
            if m and (not pre or self.lex.leading_conn_re.sub("", pre + " ").strip() == ""):
                np = self.clean_np_after(m.group("np"))
                content = m.group("content")
                # `X (KCNA), ...`: an apposition naming the same source
                am = re.match(r"([A-Z][^,\x00]{0,60}?)\s*,\s*", content)
                cstart = m.start("content")
                if am and all((t[:1].isupper() or t.startswith("(")) and t.lower() not in self.lex.day_names
                              and not any(c.isdigit() for c in t) for t in am.group(1).split()):
                    np, cstart = am.group(1), cstart + am.end()
                sp = self.resolve_np(np)
                if sp is not None and sp is not PRONOUN:
                    self.emit(si, base + cstart, sent.end, sp, Kind.INDIRECT, m.group("cue"), Stance.ASSERT)
                    return
        # 4. `..., kata X.` / `..., ujarnya.` / `..., X said.` / `..., said X.`
        for cm in _TAIL_SEP_RE.finditer(masked):
            tail = masked[cm.start():]
            # `The vote was "a defeat for the government," Ann Lee told the House before ...`: a
            # comma closing the quotation hands the words before it to the attribution after it
            comma_quote = tail[:1] in "\"”’»" and self.body[base + cm.start() - 1] == ","
            if tail[:1] in "\"”’»":
                tail = tail[1:]  # after a closing quotation mark
            n_tail = len(tail.split())
            long_tail = n_tail > 14
            named_role = None
            if long_tail and not comma_quote and not _RELATIVE_TAIL_RE.search(tail[:160]):
                # `..., X, head of the search and rescue office in Makassar, told Reuters.`, `..., said
                # X, director general of minerals and coal at the energy ministry.`
                named_role = self._cue_name_role(tail) if n_tail <= 24 else None
                if not (n_tail <= 24 and (named_role or self._closing_cue(tail))):
                    continue
            tr = named_role or self.trailer(tail)
            if tr and self.lang == "en" and tr[1].lower() in lex.deny_np_verbs and lex.trail_cue_re.match(tail) \
                    and MASK in tail:
                continue  # `X, chairman of Y, rejected the word "..."`: what is rejected follows the verb
            if tr:
                sp, cue, rest = tr
                if isinstance(sp, Speaker) and isinstance(rest, str) and lex.trail_cue_re.match(tail) \
                        and not self._inverted(rest):
                    continue  # `..., said the plan has merit`: a clause follows the verb, not a speaker
                if isinstance(rest, str) and not lex.trail_cue_re.match(tail) and self._clause_follows(rest):
                    continue  # `As unrest grew, the firm concluded it could not stay`: its words follow the verb
                if cue.lower() in lex.verb_gates:
                    continue  # `Selama menunggu, X meminta warga ...`: what is asked follows the verb
                if isinstance(rest, str) and cue.lower() in lex.quantity_verbs \
                        and self._not_reported(cue.lower(), rest.lstrip(" ,")):
                    continue  # `Brent crude, used to price oil, added 30 cents`: arithmetic
                tail_at = base + len(masked) - len(rest) if isinstance(rest, str) else None
                participle = self._participle_after_cue(tail_at, sent) if tail_at is not None else None
                if sp is not PRONOUN and sp is not None and len(_WORD_RE.findall(rest)) > 8 and not comma_quote \
                        and participle is None:
                    # `..., says Ann Lee, who leads the project ...`: a relative clause may follow
                    rm = _RELATIVE_TAIL_RE.search(rest)
                    if (not rm or len(_WORD_RE.findall(rest[:rm.start()])) > 10) and not self._apposition_tail(rest):
                        continue
                before = masked[:cm.start()].split()
                if before and before[0].lower() in lex.fronted_heads and len(before) <= 10 and isinstance(rest, str) \
                        and " ".join(before[:2]).lower() not in _QUANTITY_OPENERS \
                        and len(_WORD_RE.findall(rest)) > 2 and not (lex.trail_cue_re.match(tail) and self._inverted(rest)):
                    break  # `After the boy died, she urged police to act`: a fronted adverbial, not her words
                if not self._clause_like(masked[:cm.start()]):
                    continue  # `Neither the mayor, the council nor the board confirmed it`: no words before
                end = self._listed_name_start(masked, cm.start(), len(masked))
                kind = self._kind(base, base + end, sent)
                via = self.channel(rest[:120]) if isinstance(rest, str) else None
                n_before = len(self.out)
                self.emit(si, base, base + end, sp, kind, cue, self._stance(cue), via)
                if participle is not None:
                    self._emit_participle(si, sent, participle, sp, cue, n_before)
                return
        m = lex.as_passive_re.search(masked)
        if m:
            sp = self.resolve_np(self.clean_np_after(m.group("np")))
            if sp is not None and sp is not PRONOUN:
                self.emit(si, base, base + m.start(), sp, Kind.INDIRECT, None, Stance.ASSERT)
                return
        # 5. a mid-sentence `menurut X`: the whole sentence is X's
        m = lex.according_mid_re.search(masked)
        if not (m and m.start() > 0) and lex.according_comma_re is not None:
            m = lex.according_comma_re.search(masked)
        if m and m.start() > 0:
            sp = self.resolve_np(self.clean_np_after(m.group("np")))
            if sp is not None and sp is not PRONOUN:
                # (`A has 4 million drivers, according to industry groups, many of whom ...`: a relative
                # clause after the source describes it; the content is the clause before)
                end = base + m.start() if _RELATIVE_AFTER_SOURCE_RE.match(masked, m.end()) and (
                    lex.finite_re is not None and lex.finite_re.search(masked[:m.start()])) else sent.end
                self.emit(si, sent.start, end, sp, Kind.INDIRECT, m.group("cue"), Stance.ASSERT)
                topic = self.resolve_np(masked[:m.start()]) if self.lex.mod.PRONOUN_TAKES_SUBJECT else None
                if isinstance(topic, Speaker) and topic.kind == "person" and topic.name != sp.name:
                    # `Lee, according to the report, refused ...`: the next `she` is still Lee
                    self.subject, self.subject_si = topic, si
                return
        # 6. `Dikatakan X, bahwa ...`
        m = lex.passive_lead_re.match(masked)
        if m:
            sp = self.resolve_np(self.clean_np_after(m.group("np")))
            if sp is not None:
                self.emit(si, base + m.start("content"), sent.end, sp, Kind.INDIRECT, m.group("cue"),
                          lex.mod.PASSIVE_CUES.get(m.group("cue").lower(), Stance.ASSERT))
                return
        # 7. `... dibantah oleh X`
        m = lex.passive_agent_re.match(masked)
        if m:
            sp = self.resolve_np(self.clean_np_after(m.group("np")))
            if sp is not None and sp is not PRONOUN:
                self.emit(si, base, base + m.end("content"), sp, Kind.INDIRECT, m.group("cue"),
                          lex.mod.PASSIVE_CUES.get(m.group("cue").lower(), Stance.ASSERT))

    def process_naming(self, si: int, sent: Sentence, masked: str) -> None:
        """A noun-phrase content: `They called it a bandage solution`, `X described the plan
        as a giveaway`, `what he calls the loss of free speech`."""
        for m in self.lex.naming_re.finditer(masked):
            if MASK in masked[:m.start()]:
                return
            if self._naming_at(si, sent, masked, m):
                return

    def _naming_at(self, si: int, sent: Sentence, masked: str, m) -> bool:
        """The naming statement of the verb `m`, if its complement is one; True when emitted."""
        left = masked[:m.start()]
        wm = re.search(r"\b(?:what|which)\s+(\w+)\s*$", left)
        if wm:
            np = wm.group(1)  # `what he calls ...`
            content = m.end()
        else:
            np = self.clean_np(left)
            rest = masked[m.end():]
            am = re.match(r"\s*(?:[^,;.\x00]{1,60}?)\s+as\s+", rest) if m.group(0).lower().startswith("descri") else None
            qm = re.match(r"\s*(?=[\"“”]?\x00)", rest) if m.group(0).lower() in self.lex.expressing_verbs else None
            if am:
                content = m.end() + am.end()  # `described X as Y`
            elif qm:
                content = m.end() + qm.end()  # `expressed "deep concern"`: the quotation is the object
            else:
                om = re.match(r"\s*(?:it|this|that|them|him|her|(?:the|this|that|his|her|its|their)\s+[\w'’-]+(?:\s+[\w'’-]+)?)\s+(?=(?:a|an|the|one)\b|[\"“”]?\x00)",
                              rest, re.I)
                if not om:
                    return False
                content = m.end() + om.end()
        lt = left.rstrip()
        if not wm and lt.endswith((" and", " but")):
            # `The department called for their release and expressed "deep concern"`
            sp = self._clause_subject(lt.rsplit(None, 1)[0])
        else:
            sp = self.resolve_np(np) if np and len(np.split()) <= 6 else None
        if sp is None:
            return False
        start = sent.start + content
        q = None if wm else self._complement_quote(start, sent)
        if q is not None:
            # `called the plan "a disaster" on Monday`: the quoted words are the speaker's, the
            # rest of the sentence the reporter's; the marks make even one word a statement
            a, b = (start, q.close + 1) if self.body[start:q.open].strip() else (q.start, q.end)
            n_before = len(self.out)
            self.emit(si, a, b, sp, Kind.DIRECT, m.group(0), Stance.ASSERT, min_words=MIN_QUOTED_WORDS)
            # `described the move as "the right move", adding that B`: B is the speaker's too
            pm = self.lex.participle_tail_re.match(self.body, q.close + 1, sent.end) \
                if self.lex.participle_tail_re is not None and self.body[q.close + 1:q.close + 2] == "," else None
            if pm is not None:
                self._emit_participle(si, sent, pm, sp, m.group(0), n_before)
            return True
        # `called the stop the clearest reference point, though he agreed ...`: the aside is the reporter's
        end = self._reporter_tail(start, sent.end)
        self.emit(si, start, end, sp, self._kind(start, end, sent), m.group(0), Stance.ASSERT)
        return True

    def _complement_quote(self, start: int, sent: Sentence):
        """The quotation that opens a naming verb's complement (`as "a betrayal"`, `it a
        "giveaway"`), or None when the complement starts with the reporter's words."""
        for i, q in enumerate(sent.quotes):
            if q.open >= start and q.close is not None:
                lead = self.body[start:q.open].split()
                if lead and not (len(lead) == 1 and lead[0].lower() in ("a", "an")):
                    return None
                # the complement goes on (`as "a careerist" who "never worked"`, `"unfair" for the
                # players`): the statement does not end at the mark
                tail = self.lex.mixed_tail_re
                if i + 1 < len(sent.quotes) and not (tail and tail.match(self.body, q.close + 1, sent.end)) \
                        or self.lex.complement_tail_re.match(self.body, q.close + 1, sent.end):
                    return None
                return q
        return None

    def _mixed_end(self, start: int, sent: Sentence) -> int:
        """`X said she was "gobsmacked" while receiving the award`: reported words that close on
        a quotation end there; what follows is the reporter's own adjunct."""
        if self.lex.mixed_tail_re is None:
            return sent.end
        closes = [q.close for q in sent.quotes if q.close is not None and q.open > start]
        if not closes:
            return sent.end
        last = max(closes)
        if self.lex.mixed_tail_re.match(self.body, last + 1, sent.end):
            return last + 1
        return sent.end

    def _object_agent(self, clause: str) -> str | None:
        """`Lee remembers him apologizing in court, saying ...`: an object pronoun and a verb in
        -ing make the participle his, not the subject's; the pronoun's subject form, else None."""
        rx = self.lex.object_agent_re
        m = rx.search(clause) if rx is not None else None
        return self.lex.object_pronouns[m.group(1).lower()] if m else None

    def _adjunct_phrase(self, np: str) -> bool:
        """`in a carefully worded response`, `on Monday`: a phrase opened by a preposition, with
        no capitalised word in it, is an adjunct, not a subject."""
        words = np.split()
        return words[0].lower() in self.lex.fronted_heads and not any(w[:1].isupper() for w in words[1:])

    def _own_subject(self, clause: str) -> Speaker | None:
        """`The minister called the report "misleading"`: the role phrase or institution that
        opens the clause (`_clause_subject` reads capitalised names only), else None."""
        sp = self._subject_of(clause, persons_only=False)
        return sp if isinstance(sp, Speaker) else None

    def _quote_free_subject(self, clause: str) -> bool:
        """The clause opens on its subject, not inside a quotation (a quoted phrase later in it,
        `called it "false"`, is the subject's act)."""
        i = clause.find(MASK)
        return i < 0 or (len(clause[:i].split()) >= 3 and "," not in clause[:i])

    def _clause_subject(self, text: str):
        """The name phrase opening `text`, after a short fronted phrase: a person or an
        institution, else None."""
        t = self.lex.leading_conn_re.sub("", text.lstrip())
        c = t.find(", ", 0, 80)
        if 0 < c and len(t[:c].split()) <= 8 and t[c + 2:c + 3].isupper():
            t = t[c + 2:]
        m = _LEAD_NAME_RE.match(t)
        if not m or len(m.group(1).split()) > 8:
            return None
        sp = self.resolve_np(m.group(1))
        return sp if isinstance(sp, Speaker) and sp.kind in ("person", "organisation") else None

    def _carrier_claim(self, si: int, sent: Sentence, masked: str) -> bool:
        """`Users shared a post claiming that C`, `Beredar unggahan di media sosial yang menyebut
        C`: what a post, a video or a message says, attributed to it (the very thing fact-checkers
        check); reports whether it emitted. Only as an object: as a sentence's subject (`posts
        saying A were shared`) the claim runs on into the main verb."""
        lex = self.lex
        if lex.carrier_claim_re is None or lex.carrier_cue_words.isdisjoint(self._lower_tokens(masked)):
            return False
        cm = lex.carrier_claim_re.search(masked)
        if cm is None or MASK in masked[:cm.start("content")]:
            return False
        if self._reported_before(masked[:cm.start("head")]):
            return False  # `Komdigi menyatakan video yang mengklaim C merupakan hoaks`: Komdigi's words
        words = cm.group("np").split()
        head_at = len(masked[cm.start("np"):cm.start("head")].split())
        # the phrase from its last determiner, else from the head (`Users shared viral videos`);
        # a verb before it ends the subject (`Sebuah akun mengunggah video dengan narasi C`)
        verb_at = max((i for i, w in enumerate(words[:head_at]) if self._clause_word(w.lower())), default=-1)
        opener = max((i for i, w in enumerate(words[:head_at]) if i > verb_at and w.lower() in lex.carrier_openers),
                     default=head_at if verb_at < 0 else verb_at + 1)
        if opener == 0 and not masked[:cm.start("np")].strip():
            return False
        start = sent.start + cm.start("content")
        end = self._reporter_tail(start, sent.end)
        if len(_WORD_RE.findall(self.body[start:end])) < MIN_CONTENT_WORDS:
            return False
        np = " ".join(words[opener:])
        # (the whole phrase names the post here: `unggahan di media sosial`)
        sp = None if self._carrier_subject(words[opener:]) is not None else self.resolve_np(np)
        cue = cm.group("cue")
        self.emit(si, start, end, sp if isinstance(sp, Speaker) else Speaker(np, np, "document"),
                  self._kind(start, end, sent), cue, self._stance(cue))
        return True

    def _reported_before(self, text: str) -> bool:
        """`Komdigi menyatakan`, `The ministry said a`: a speech verb after a subject ends `text`
        (up to a determiner), so what follows is that subject's words."""
        vms = self.verbs_in(text)
        if not vms:
            return False
        vm = vms[-1]
        tail = text[vm.end():].split()
        return bool(text[:vm.start()].strip()) and len(tail) <= 1 and \
            vm.group(0).lower() not in self.lex.carrier_verbs

    def _connective_lead(self, masked: str) -> int:
        """Where a sentence goes on after a connective set off by a comma (`Namun, `, `Meski
        begitu, `), else 0."""
        pre, comma, rest = masked.partition(",")
        if comma and pre.strip().lower() in self.lex.parenthetical_connectives:
            return len(masked) - len(rest.lstrip())
        return 0

    def _opens_with_attribution(self, content: str) -> bool:
        """`Peskov said A, according to Interfax`: the words before `according to` name their
        own speaker and verb, so `according to` names the medium that carried them, and the
        speech verb's rule reads the sentence."""
        for vm in self.verbs_in(content):
            left = content[:vm.start()]
            if not left.strip() or MASK in left or "," in left or len(left.split()) > self._subject_words(left) \
                    or vm.group(0).lower() in self.lex.carrier_verbs \
                    or self._not_reported(vm.group(0).lower(), content[vm.end():].lstrip(" ,")):
                # (`Bloomberg reports A, according to a research centre`: the centre's data;
                # `Residents ... rejected any long-term stay, according to X`: an act, X's words)
                return False
            return isinstance(self.resolve_np(self.clean_np(left)), Speaker)
        return False

    def _subject_words(self, left: str) -> int:
        """How many words a subject before a verb may take: a long title before a full name
        (`Head of the East Sumba Disaster Mitigation Agency (BPBD) Yohanis Umbu Rara said`), else 8."""
        name = self._name_run(left.strip())
        return MAX_TITLE_NP_WORDS if name and len(name.split()) >= 2 and left.strip().endswith(name) else 8

    def _closes_with_attribution(self, content: str) -> bool:
        """`A, BNNP chief Hanny Hidayat said, according to Antara`: the words before `according to`
        end with their own speaker and verb, so `according to` names the medium, as in
        `_opens_with_attribution`."""
        verbs = list(self.verbs_in(content))
        if not verbs or content[verbs[-1].end():].strip(" ,"):
            return False
        left = content[:verbs[-1].start()]
        if "," not in left:
            return False
        np = left.rsplit(",", 1)[1]
        if not np.strip() or MASK in np or len(np.split()) > 12:
            return False
        return isinstance(self.resolve_np(self.clean_np(np)), Speaker)

    def _reporter_tail(self, start: int, end: int) -> int:
        """Where reported words give way to the reporter's own: a closing `, which ...` about
        the last noun, a `— a problem that ...` apposition, a `, though ...` aside, the speaker's
        next act (`, and handed over ...`), or a repeated `, he said`."""
        rx = self.lex.reporter_tail_re
        if rx is None:
            return end
        m = rx.search(self.body, start, end)
        while m is not None and len(_WORD_RE.findall(self.body[start:m.start()])) < MIN_CONTENT_WORDS + 1:
            m = rx.search(self.body, m.end(), end)
        return m.start() if m is not None and MASK not in self.body[m.start():m.start() + 1] else end

    def _second_speaker(self, masked: str, cstart: int, cend: int, *, after_denial: bool = False):
        """A second attribution inside a content (`..., but the chiefs say B`, `... and he said
        B`, `..., but added that B`): (where the first content ends, the speaker or None for the
        same speaker, the verb, where B starts), else None."""
        sep_re = self.lex.second_sep_re
        if sep_re is None:
            return None
        wm = self.lex.with_participle_re.search(masked, cstart, cend) if self.lex.with_participle_re is not None else None
        if wm and MASK not in masked[wm.start():wm.end()] and len(masked[cstart:wm.start()].split()) >= MIN_CONTENT_WORDS \
                and isinstance(sp := self.resolve_np(self.clean_np(wm.group("np"))), Speaker):
            # `X denied its fires were to blame, with minister Y saying B`: B is Y's
            return wm.start(), sp, _Hit(wm.start("cue"), wm.end("cue"), wm.group("cue")), wm.end()
        for vm in self.verbs_in(masked[cstart:cend]):
            joined = self._joined_verb(masked, cstart, cend, vm, after_denial=after_denial)
            if joined is not None:
                return joined
            if vm.group(0).lower() not in self.lex.core_verbs:
                continue
            left = masked[cstart:cstart + vm.start()]
            sm = None
            for sm in sep_re.finditer(left):
                pass
            if sm is None or MASK in left[sm.end():] or len(left[:sm.start()].split()) < MIN_CONTENT_WORDS:
                continue
            np = self.clean_np(left[sm.end():])
            # an adverb between the subject and the verb (`but it now says`) is no clause
            if not np or (len(np.split()) > 6 and not _LONG_BODY_NAME_RE.fullmatch(np)) \
                    or np != self.lex.trailing_adv_re.sub("", left[sm.end():]).strip():
                continue  # (`but the Aceh Natural Resources Conservation Agency (BKSDA) says`: a body's name)
            sp = self.resolve_np(np)
            if sp is None:
                continue
            rest = masked[cstart + vm.end():cend]
            cs = self._content_start(rest)
            if cs is None or len(_WORD_RE.findall(rest[cs:])) < MIN_CONTENT_WORDS or self._adjunct_only(rest, cs):
                continue
            return cstart + sm.start(), sp, vm, cstart + vm.end() + cs
        return None

    def _gapped_relative(self, si: int, sent: Sentence, masked: str, left: str, vm) -> bool:
        """`what officials say is a record`, `the cuts that the panel says are needed`, `a poem
        she said was written by ...`: a relative clause whose speech verb lacks its object, so
        a finite verb follows it at once; its subject speaks, and the words from that verb on are
        the content. Emits it and returns True, else False."""
        rx, aux = self.lex.gap_relative_re, self.lex.gap_auxiliaries
        if rx is None or vm.group(0).lower() not in self.lex.core_verbs:
            return False
        after = masked[vm.end():vm.end() + 40]
        first = after.split(None, 1)[0].lower() if after.strip() else ""
        if first not in aux:
            return False
        after = masked[vm.end():]
        rm = rx.search(left, max(0, len(left) - 100))  # the speaker is a short phrase right before the verb
        if rm is None or not left[:rm.start()].strip():
            return False  # (`What he said was true`: a clause opening the sentence is its subject)
        raw = rm.group("np") or rm.group("pn")
        np = self.clean_np(raw) if MASK not in raw else ""
        if not np or np != raw.strip() or len(np.split()) > 6:
            return False  # (`that the plan, if passed, would`: no plain subject before the verb)
        sp = self.resolve_np(np)
        if sp is None:
            return False
        if sp is PRONOUN:
            # `when the government is grappling with what it says is a deficit`: `it` is the
            # institution whose clause holds the relative; `Lee read a poem she said was ...`: `she`
            # is the sentence's own subject
            own = self._clause_owner(left[:rm.start()], np.lower())
            if own is not None:
                sp = own
        start = sent.start + vm.end() + len(after) - len(after.lstrip())
        end = self._reporter_tail(start, self._mixed_end(start, sent))
        if len(_WORD_RE.findall(self.body[start:end])) < MIN_CONTENT_WORDS:
            return False
        cue = vm.group(0)
        self.emit(si, start, end, sp, self._kind(start, end, sent), cue, self._stance(cue))
        return True

    def _clause_owner(self, text: str, pronoun: str) -> Speaker | None:
        """Who a pronoun in a relative clause stands for: for `it`, the institution that is the
        subject of the last clause of `text`; for a person's pronoun, the person opening the
        sentence, if the pronoun fits; else None."""
        if pronoun in self.lex.thing_pronouns:
            cm = None
            for cm in (self.lex.clause_sep_re or _CLAUSE_SEP_RE).finditer(text):
                pass
            words = (text[cm.end():] if cm else text).split()
            cut = next((i for i, w in enumerate(words) if i > 0 and self._clause_word(w.lower())), 0)
            sp = self.resolve_np(self.clean_np(" ".join(words[:cut]))) if 0 < cut <= 6 else None
            return sp if isinstance(sp, Speaker) and sp.kind != "person" else None
        sp = self._subject_of(text)
        want = self.lex.gendered.get(pronoun)
        if isinstance(sp, Speaker) and want is not None and self._gender(sp.name) in (None, want):
            return sp
        return None

    def _clause_follows(self, rest: str) -> bool:
        """`... concluded it could not stay`: the words after a verb found after a comma open a
        clause of its own (a subject pronoun or `that`, then more words), so they are its content."""
        words = rest.split()
        return len(words) > MIN_CONTENT_WORDS and (
            words[0].lower() in self.lex.mod.COMPLEMENTIZERS or words[0].lower() in self.lex.pronouns)

    def _clause_like(self, content: str) -> bool:
        """Words before a trailing attribution hold a clause: a finite verb, a quotation, or
        enough words to be one (`Neither the mayor` alone is a fragment of the subject)."""
        if MASK in content or self.lex.finite_re is None:
            return True
        return len(_WORD_RE.findall(content)) >= 6 or bool(self.lex.finite_re.search(content))

    def _participle_after_cue(self, at: int, sent: Sentence):
        """`..., he said, adding that B` / `..., said Ann Lee, noting that B`: a saying participle
        right after the attribution (after the speaker's name when it follows the verb), else None."""
        body = self.body
        npm = _NP_AFTER_RE.match(body, at, sent.end)
        starts = (at, npm.end()) if npm and npm.group(1).strip() else (at,)
        # (or an appeal: `"Q," the spokesman said, and urged residents to leave`)
        for rx in (self.lex.participle_tail_re, self.lex.appeal_tail_re):
            for start in starts if rx is not None else ():
                if (m := rx.match(body, start, sent.end)) is not None:
                    # the comma sets the participle off from the cue (`he said adding` is no such clause)
                    return m if "," in m.group(0) else None
        return None

    def _participle_after_quote(self, end: int, sent: Sentence):
        """`X said she was "far from a decision," noting that B`: reported words that close on a
        quotation ending in a comma, then a saying participle; the match, else None."""
        rx = self.lex.participle_tail_re
        if rx is None or end >= sent.end or self.body[end - 2:end - 1] != ",":
            return None
        return rx.match(self.body, end, sent.end)

    def _emit_participle(self, si: int, sent: Sentence, m, sp, cue: str, n_before: int) -> None:
        """The participle clause `m` opens as a second statement of the speaker just emitted."""
        if len(_WORD_RE.findall(self.body[m.end():sent.end])) < MIN_CONTENT_WORDS:
            return
        if len(self.out) > n_before:
            sp = self._speaker_of(self.out[-1])
        own = self._stance(m.group("cue"))  # (`..., accusing X of Y`: the participle's own stance)
        self.emit(si, m.end(), sent.end, sp, self._kind(m.end(), sent.end, sent), m.group("cue"),
                  own if own != Stance.ASSERT else self._participle_stance(cue))

    def _participle_stance(self, cue: str) -> str:
        """The stance of the words a participle opens after a cue: a denial's (`rejected the
        claim, saying B`, `denied A, saying B`) are the speaker's own assertion, not what was denied."""
        stance = self._stance(cue)
        return Stance.ASSERT if stance == Stance.DENY else stance

    @staticmethod
    def _speaker_of(st: Statement) -> Speaker:
        """The speaker a statement was given, to hand on to the next statement of the same person."""
        return Speaker(st.speaker, st.speaker_mention or st.cue or "", st.speaker_kind)

    def _joined_verb(self, masked: str, cstart: int, cend: int, vm, *, after_denial: bool = False):
        """`X said A, but added that B` / `The suit says A and alleges that B`: a speech verb
        joined to the content by `and`/`but` with no subject of its own shares the speaker's, so
        B is a second statement of the same speaker. Only before `that`: without it the verb may
        belong to the content's own subject (`said the firm grew and added 300 jobs`).
        (where A ends, None for the same speaker, the verb, where B starts), else None."""
        rx = self.lex.joined_verb_re
        if rx is None:
            return None
        left = masked[cstart:cstart + vm.start()]
        tail_from = max(0, len(left) - 30)  # the joiner sits right before the verb
        jm = rx.search(left, tail_from)
        if jm is None or MASK in left[jm.start():]:
            return None
        # (`denied the allegations and said B`: an object too short to be a clause, so the second
        # verb is the speaker's own, `that` or not; its short first part is no statement)
        object_only = len(_WORD_RE.findall(left[:jm.start()])) < MIN_CONTENT_WORDS
        if object_only and vm.group(0).lower() not in self.lex.core_verbs:
            return None
        rest = masked[cstart + vm.end():cend]
        cm = self.lex.complementizer_re.match(rest.lstrip())
        # (`said A, and urged residents to stay away`: an appeal needs no `that`)
        appeal = vm.group(0).lower() in self.lex.appeal_verbs and not self._not_reported(vm.group(0).lower(), rest.lstrip())
        # (`denied that A and said B`: after a denial the plain verb turns to the speaker's own words)
        own_words = after_denial and vm.group(0).lower() in self.lex.core_verbs
        if (cm is None and not object_only and not appeal and not own_words) \
                or len(_WORD_RE.findall(rest)) < MIN_CONTENT_WORDS + 1:
            return None
        return cstart + jm.start(), None, vm, cstart + vm.end() + (len(rest) - len(rest.lstrip())) + (cm.end() if cm else 0)

    def _not_reported(self, verb: str, content: str) -> bool:
        """A speech verb in another sense: `the index added 0.3 per cent` (a quantity), `the
        team responded a minute later` (a reply verb with no clause after it)."""
        words = content.split(None, 2)
        if not words:
            return True
        first = words[0].lower().strip(",")
        if self.lex.idiom_objects_re is not None and self.lex.idiom_objects_re.match(content):
            return True  # `the ad says as much about the car as ...`: what something reveals, not speech
        if verb in self.lex.quantity_verbs and (first[:1].isdigit() or first[:1] in "$€£" or first in self.lex.quantity_words):
            return True
        if first in self.lex.topic_preps and len(words) > 1 and not words[1][:1].isdigit():
            return True  # `warned of the risks`, `writes about style`: a topic, not the words (`said about 50` is a number)
        if verb in self.lex.measure_verbs and first == "at" and len(words) > 1 and words[1].lower() in self.lex.measure_nouns:
            # `The quake, initially reported at magnitude 6.2, hit ...`: a reading, not speech (`reported
            # at least 12 deaths`, `reported at 9 a.m. that ...` are speech)
            return True
        if (gate := self.lex.verb_gates.get(verb)) is not None:
            return not gate.match(content)  # `urged calm`, `meminta maaf`, `mencatat identitas pelaku`
        if verb in self.lex.that_only_verbs:
            # (the hearer, then `that`: `reminded candidates that`, not `reminded the crowd it was ... that`)
            cm = self.lex.complementizer_re.search(content[:60])
            return cm is None or len(content[:cm.start()].split()) > 3
        if verb in self.lex.clause_only_verbs:
            return not (first in self.lex.mod.COMPLEMENTIZERS or first in self.lex.pronouns or MASK in content[:2]
                        or first in self.lex.clause_subjects)
        if first in self.lex.mod.COMPLEMENTIZERS and MASK in content[:12]:
            return False  # `wrote that "..."`: the quotation is the clause the finite-verb test cannot see
        if verb in self.lex.deny_np_verbs and self.lex.finite_re is not None and MASK not in content[:2] \
                and first not in self.lex.mod.COMPLEMENTIZERS and first not in self.lex.pronouns:
            # `denied a request`, `rejected the deal`: an act, not a statement; `denied the
            # allegations` is one, so a noun phrase naming a claim stays
            head = content.split(", ", 1)[0].split()[:8]
            if not self.lex.finite_re.search(" ".join(head)):
                return not any(w.lower().strip(".,;:’'s") in self.lex.claim_nouns for w in head)
        if verb in self.lex.np_object_verbs and (first in self.lex.determiners or first in self.lex.object_starts) \
                and self.lex.finite_re is not None:
            # `wrote a letter asking ...`, `announced a series of measures`: a noun phrase, not a
            # clause, follows the verb (no finite verb near its start)
            head = " ".join(content.split(", ", 1)[0].split()[:12])  # `a plan, aimed at ...`: a participle
            parts = content.split(", ", 3)
            if self.lang == "en" and len(parts) > 2 and len(parts[1].split()) <= 5 \
                    and _AUXILIARY_RE.match(parts[2]):
                # `confirmed the victim, Darmansyah, had been killed`: an apposition set apart, then
                # the subject's verb
                return False
            if first in self.lex.mod.COMPLEMENTIZERS:
                if len(words) > 1 and words[1].lower() in self.lex.determiners:
                    return False  # `reported that the ministry expects ...`: `that the` opens a clause
                # `announced that Ann Lee, the CFO, would ...`: `that` opens a clause whose verb may
                # come after an apposition
                head = " ".join(content.split()[:25])
            return not self.lex.finite_re.search(head)
        return False

    def _lead_appositive(self, left: str):
        """`Name, <apposition or relative clause>,` right before a verb: the person named first
        (or, before `who`/`which`, the phrase), else None."""
        t = left.rstrip()
        if not t.endswith(",") or MASK in t:
            return None
        t = self.lex.leading_conn_re.sub("", t.lstrip())
        c = t.find(", ")
        if c <= 0:
            return None
        head, tail = t[:c].strip(), t[c + 2:].strip()
        words = tail.split()
        if not words or len(head.split()) > 8:
            return None
        first = words[0].lower()
        relative = first in self.lex.relative_words
        if any(_opens_predicate(seg) for seg in tail.rstrip(" ,").split(",")):
            return None  # `Lucia Ferrer, 31, was found on a beach, said X`: the name is a clause's subject
        name = self._name_run(head)
        if name and name == head and (len(name.split()) >= 2 or name.lower() in self.people):
            if relative or first in self.lex.determiners or words[0][:1].islower() or words[0][:1].isdigit() \
                    or self._is_title(words[0]) or words[0].endswith(("'s", "’s")):
                # the mention keeps the role words, so a later `the minister said` finds this person,
                # and whom the person speaks for (`..., director general at the Transportation Ministry,`)
                # (not a relative clause's words: `X, who chairs the campaign team,` is not the team)
                whole = t.rstrip(" ,")
                if relative or len(whole.split()) > 30:
                    np = self.clean_np(t)
                    whole = np if np.startswith(head) else head
                return self._person(name, whole)
            return None
        segs = [x.strip() for x in tail.rstrip(" ,").split(",")]
        if len(segs) >= 2 and segs[1].split()[:1] and segs[1].split()[0].lower() in self.lex.adjunct_openers:
            # `Direktur ... Polda Aceh, Kombes Pol X, dalam konferensi pers ..., mengatakan`: the
            # name set apart after its role, then an adjunct before the verb
            nm = self._name_run(segs[0])
            before = segs[0].split()[:-len(nm.split())] if nm else []
            if nm and len(nm.split()) >= 2 and all(self._is_title(w) or w.lower().strip(".") in self.lex.honorifics
                                                   for w in before):
                return self._person(nm, f"{head}, {segs[0]}")
        tail_name = tail.rstrip(" ,")
        if "," not in tail_name and len(tail_name.split()) >= 2 and self._name_run(tail_name) == tail_name \
                and (head[:1].isupper() or head.split()[0].lower() in self.lex.determiners):
            return self._person(tail_name, t.rstrip(" ,"))  # `Keeper of the Seal, Ann Lee, said`
        nm = self._name_run(tail_name) if "," not in tail_name else None
        lead_words = tail_name.split()[:-len(nm.split())] if nm else []
        if nm and len(nm.split()) >= 2 and lead_words and self._is_title(lead_words[-1]) \
                and (head[:1].isupper() or head.split()[0].lower() in self.lex.determiners):
            # `The chair of the inquiry, retired Court of Appeal judge Margaret Wambui, warned`
            return self._person(nm, t.rstrip(" ,"))
        if head.split()[0].lower() in self.lex.role_openers_words and "," not in tail_name and tail_name[:1] != "" \
                and (tail_name.split()[0].lower() in self.lex.determiners or tail_name[:1].isupper()):
            # `A coalition of civil society groups, the School Meals Watch Network (JPMS), said`:
            # a description, then the body's name
            sp = self.resolve_np(tail_name)
            if isinstance(sp, Speaker) and any(w[:1].isupper() for w in tail_name.split()[1:]) and (
                    sp.kind in ("organisation", "unknown") or "(" in tail_name
                    or any(w.lower() in self.lex.org_heads for w in tail_name.split())):
                return sp
        participle = first in self.lex.participles  # `The reports, citing unnamed sources, said`
        if (relative or participle or first in ("a", "an") and len(head.split()) <= 8) and head[:1].isupper():
            # `Somali group al-Shabaab, an affiliate of ..., said`: the phrase before the apposition
            sp = self.resolve_np(self.clean_np(head))
            if isinstance(sp, Speaker):
                return sp
        return None

    def _clause_after_np(self, left: str, np: str) -> bool:
        """Between a would-be speaker and its verb lies a whole clause (a comma then more
        words, or a long stretch), so the speaker must be found nearer the verb."""
        i = left.find(np)
        tail = left[i + len(np):] if i >= 0 else left
        if MASK in tail:
            # `Police have arrested two founders of a "..." app, a senior official said`: a whole
            # clause with a quotation in it, then another phrase nearer the verb
            after = tail[tail.rfind(MASK) + 1:]
            c = after.rfind(", ")
            return len(tail.split()) > 8 and c >= 0 and len(after[c + 2:].split()) >= 2 \
                and bool(self.lex.finite_re is not None and self.lex.finite_re.match(tail.strip()))
        if "," in np:
            # `Indonesia, the world's biggest exporter of coal, will halt exports ..., an official said`
            return any(_opens_predicate(seg) for seg in tail.split(",")[1:])
        if ";" in tail:
            return True  # `The bridge is safe; the mayor said ...`: a new clause, its own subject
        if am := _AFFILIATION_RE.match(tail.strip()):
            # `Yusuf Ardiansyah of the South Sumatra ... Agency (BKSDA)[, who heads ...,] said`: where X works
            tail = tail.strip()[am.end():]
            if not tail.strip():
                return False
        t = tail.strip()
        if t.startswith(",") and t.endswith(",") and t.count(",") == 2:
            return False  # `X, in an interview with Y, said`: an adjunct between commas
        tw = tail.split()
        if "," not in tail and len(tw) <= 16 and self._subject_relative(tw):
            return False  # `An official with the agency who was in court told ...`: the clause describes X
        if len(tw) > 8:
            return True
        c = tail.rfind(", ")
        if c >= 0 and tail[c + 2:].split()[:1] in (["and"], ["but"]) and len(tail[c + 2:].split()) >= 2:
            return True  # `The area is wooded, and Lohmar said`: a new clause with its own subject
        return c >= 0 and len(tail[c:].split()) >= 2 and len(tail[:c].split()) >= 2

    def _subject_relative(self, words: list[str]) -> bool:
        """`who was present`, `which has offices`: a relative clause whose pronoun is its subject
        (not `that the minister`, where the verb that follows is the minister's)."""
        for i, w in enumerate(words[:-1]):
            if w.lower() in self.lex.relative_words:
                return words[i + 1].lower() in self.lex.passive_aux or words[i + 1].lower() in ("has", "had", "have")
        return False

    def _split_subject(self, masked: str, left: str, vm):
        """`The talks, Peskov said, would resume in June`: a short subject with no verb, the
        speaker and the cue between commas, then the predicate. The speaker, else None."""
        if not getattr(self.lex.mod, "PARENTHETICAL_CUES", False) or self.lex.finite_re is None:
            return None
        after = masked[vm.end():]
        if not after.startswith(",") or MASK in left or left.count(",") != 1:
            return None
        subject, speaker = left.split(",")
        pred = after[1:].split()
        if not 1 <= len(subject.split()) <= 5 or self.lex.finite_re.search(subject) or len(pred) < MIN_CONTENT_WORDS:
            return None
        if not self.lex.finite_re.match(pred[0]) or len(speaker.split()) > 5:
            return None  # (`..., he said, adding ...`: no predicate of the subject follows)
        return self.resolve_np(self.clean_np(speaker))

    def _listed_name_start(self, masked: str, comma: int, verb_start: int) -> int:
        """`A, the Meteorology, Climatology and Geophysics Agency (BMKG) said`: the speaker's name
        lists its parts with commas, so the content ends at the comma before its first part, not
        at `comma` (the last comma before the verb)."""
        seg = masked[comma + 1:verb_start]
        if not _LISTED_PART_RE.search(seg) or not seg.strip()[:1].isupper() \
                or self.lex.org_heads.isdisjoint(w.lower() for w in _WORD_RE.findall(seg)):
            return comma  # (`..., Garut, Governor Budi and Mayor Ani said`: two speakers, no body's name)
        while (m := _LIST_ITEM_BEFORE_RE.search(masked, 0, comma)) is not None:
            comma = m.start()
            if m.group(1):  # `the` opens the name
                break
        return comma

    def _parenthetical(self, masked: str, comma: int, verb_end: int) -> bool:
        """`<clause>, X said, <more>` or `<clause>, X said.`: X's words are the clause before,
        unless that is a fronted adverbial (`In 2015, he said the plan ...`)."""
        if not getattr(self.lex.mod, "PARENTHETICAL_CUES", False):
            return False  # `X mengatakan, ...`: a comma after the verb opens the content
        after = masked[verb_end:].lstrip()
        rx = self.lex.time_adjunct_re
        if rx is not None and (tm := rx.match(after)) and tm.group(0).rstrip().endswith(","):
            after = after[tm.end():].lstrip() and ","  # `..., the ministry said on Tuesday, as ...`
        if after and not after.startswith(","):
            return False
        before = masked[:comma].split()
        # (a quotation opening the sentence is the quote rules'; a quoted term inside a clause,
        # `two founders of a "robot trading" app`, is part of the clause)
        if len(before) < MIN_CONTENT_WORDS or MASK in masked[:comma] and (
                masked[:comma].lstrip()[:1] in "\"“‘'«" or masked[:comma].count(MASK) * 2 > len(masked[:comma])):
            return False
        first = before[0].lower().strip(",")
        return not (first in self.lex.fronted_heads and len(before) <= 6)

    def _subordinate_lead(self, left: str) -> int:
        """`While the club said ...`, `Although Lee says ...`: the length of a subordinator
        opening the sentence right before the verb's subject (no comma between), else 0."""
        t = left.lstrip()
        w = t.split(" ", 1)[0]
        if w.lower() not in self.lex.subordinators or "," in t or MASK in t or not 2 <= len(t.split()) <= 8:
            return 0
        return len(left) - len(t) + len(w)

    def _apposition_tail(self, rest: str) -> bool:
        """`..., said Ann Lee, executive director of the growers' guild.`: the words after the
        speaker's name are a role closing the sentence (no auxiliary, no pronoun, no quote)."""
        rx = self.lex.apposition_break_re
        m = _APPOSITION_TAIL_RE.match(rest) if rx is not None else None
        if not m or MASK in rest:
            return False
        app = m.group(1)
        return len(app.split()) <= 20 and not rx.search(app)

    def _aside(self, text: str) -> bool:
        """`..., he said, though he named nobody` / `..., officials said, raising the toll` / `...,
        he said, according to Antara`: what follows the cue is the reporter's aside, a participle of
        the event or the medium, not more words."""
        words = text.split(None, 2)
        if not words:
            return True
        if self.lex.according_after_re.match(text):
            return True  # `..., Hanny said, according to Antara`: the medium that carried the words
        first = words[0].lower()
        if first in ("and", "but") and len(words) > 1:
            # `..., and as staff worry`: a subordinate clause after the joiner is the reporter's
            first = words[1].lower()
            if first in getattr(self.lex.mod, "CLAUSE_OPENERS", ()):
                return True
        return first in self.lex.aside_openers or (first.endswith("ing") and first not in self.lex.participles)

    def _inverted(self, after: str) -> bool:
        """`said X` closing a sentence: the words after the verb are a speaker phrase alone,
        or one followed by an adjunct (`said Ann Lee on Monday`, `said X, a spokesman`)."""
        m = _NP_AFTER_RE.match(after)
        chunk = m.group(1).strip() if m else ""
        if not chunk:
            return False
        np = self.clean_np_after(chunk)
        if not np or self.resolve_np(np) in (None, PRONOUN):
            return False
        if chunk.endswith(np):
            return True  # `said a statement released by the agency`
        left_over = chunk[len(np):].strip().lower() if chunk.startswith(np) else chunk.lower()
        if not left_over:
            return True
        first = left_over.split(" ", 1)[0]
        return first in self.lex.inversion_adjuncts or first in self.lex.day_names or first in self.lex.relative_words

    def _adjunct_only(self, rest: str, cs: int) -> bool:
        """The words after a verb are an adjunct (`in a statement`, `pada hari Rabu`) or a
        participle clause after one (`on Monday, citing officials`), not a content."""
        after = rest[cs:].strip(" .!?")
        words = after.split()
        if not words:
            return True
        first = words[0].lower()
        if cs > 0 and rest[:cs].rstrip().endswith(",") and first in self.lex.participles:
            return True
        if len(words) <= 6 and "," not in after and MASK not in after and (
                first in self.lex.mod.NP_STOPS or first in self.lex.day_names):
            return not self.lex.complementizer_re.search(after)
        adjunct, comma, appended = rest.strip(" .!?").partition(",")
        adjunct_words = adjunct.lower().split()
        if (comma and adjunct_words and adjunct_words[0] in self.lex.day_names
                and len(adjunct_words) <= 3 and MASK not in after
                and self.lex.finite_re is not None and not self.lex.finite_re.search(_POSSESSIVE_RE.sub("", appended))):
            return True  # `A, the ministry said Monday, the third case this year.`: a remark on A
        return False

    def _adjunct_ok(self, left: str, np: str) -> bool:
        """Words between the speaker and the verb must be an adjunct (time, place, channel)."""
        between = left.strip(" ,")
        idx = between.find(np)
        tail = between[idx + len(np):] if idx >= 0 else between
        if len(tail.split()) > 16:
            return False
        return True

    def _content_start(self, rest: str, verb_takes_object: bool = False) -> int | None:
        """Where the content starts after the verb: after `bahwa`/`that`, an adjunct and a comma,
        or right away."""
        m = self.lex.complementizer_re.search(rest[:160])
        if m and len(rest[: m.start()].split()) <= 14 and MASK not in rest[: m.start()]:
            between = rest[: m.start()].lstrip(" ,").split()  # (`said, without providing evidence, that`)
            # `said the plan that ...` is a relative clause; `said on Monday that`, `told reporters that` are not
            b0 = between[0].lower().strip(",") if between else ""
            # (`told AFP the dates were not set, adding that ...`: that `that` is the participle's)
            pr = self.lex.participle_re
            if (pr is not None and not verb_takes_object and (pm := pr.search(rest[: m.start()])) is not None
                    and len(rest[: pm.start()].split()) <= 5 and self.lex.finite_re is not None
                    and not self.lex.finite_re.search(rest[: pm.start()])):
                return None  # `A, the agency said in a statement, adding that B`: the participle's `that`
            hearer_only = verb_takes_object and not (pr is not None and pr.search(rest[: m.end()])) and not (
                # (`mengingatkan keberlanjutan dana haji terancam jika ...`: a clause, then a condition;
                # the hearer of `mengingatkan warga jika ...` is a few words)
                m.group(0).strip(" ,\n").lower() in self.lex.conditional_complementizers and len(between) > 3)
            if hearer_only and (p := next((i for i, w in enumerate(between[1:6], 1)
                                           if w.lower() in self.lex.pronouns and w.lower() != "it"), None)):
                # `told CNN Indonesia he believed A, and that B`: the clause before `that` is content too
                return len(rest) - len(rest.lstrip(" ,")) + len(" ".join(rest.lstrip(" ,").split(" ")[:p])) + 1
            if (len(between) <= 1 or b0 in self.lex.mod.NP_STOPS or b0 in self.lex.day_names
                    or b0 in self.lex.mod.CHANNEL_PREPS or b0 in self.lex.adverbs or hearer_only
                    or b0 in self.lex.duration_preps or (self.lex.adjunct_only_re is not None and
                                                         self.lex.adjunct_only_re.fullmatch(rest[:m.start()].strip()))):
                return m.end()
        stripped = rest.lstrip()
        lead_ws = len(rest) - len(stripped)
        if stripped.startswith((",", ":")):
            return lead_ws + 1
        first = stripped.split(" ", 1)[0].lower() if stripped else ""
        if first.endswith(",") and first[:-1] in self.lex.day_names:
            return lead_ws + len(first) + 1  # `said Monday, the case ...`
        if first in self.lex.day_names:
            # `said Monday he would ...`: the day is the verb's adjunct
            nxt = stripped.split(" ", 2)[1:2]
            if nxt and (nxt[0].lower() in self.lex.pronouns or nxt[0].lower() in self.lex.determiners):
                return lead_ws + len(stripped.split(" ", 1)[0]) + 1
        cm_ = _COMMA_RE.search(rest)  # `about 1,300 people`: a comma inside a number is no boundary
        c = cm_.start() if cm_ else -1
        if first in self.lex.mod.NP_STOPS or first in self.lex.mod.CHANNEL_PREPS or first in ("kepada", "to"):
            # `said on Monday, ...`: an adjunct, then the content (`said about 1,300 people
            # attended, ...` holds a verb before the comma: that is the content already)
            if 0 <= c and len(rest[:c].split()) <= 10 and not (
                    self.lex.finite_re is not None and self.lex.finite_re.search(rest[:c])):
                return c + 1
            if self.lang == "en" and first in self.lex.mod.CHANNEL_PREPS:
                return None
        if self.lang == "en" and first in ("told",):
            return None
        if verb_takes_object:
            if (self.lang == "en" and MASK not in rest and self.lex.finite_re is not None and len(rest.split()) <= 10
                    and not self.lex.finite_re.search(rest) and not _TO_VERB_RE.search(rest)):
                # `A, Hendra told reporters on Monday.`: whom and where he told it, no clause; the
                # words are before the attribution
                return None
            # `X told Reuters the plan ...` / `X told reporters the plan ...`: the hearer comes first
            mt = _HEARER_RE.match(rest)
            if mt and mt.group(1)[:1].islower() and not self._generic_hearer(mt.group(1).strip().lower()) \
                    and (m2 := _MODIFIED_HEARER_RE.match(rest)) and self._generic_hearer(m2.group(1).strip().lower()):
                mt = m2
            hearer = mt.group(1).strip() if mt else ""
            if hearer and (hearer.removeprefix("the ")[:1].isupper() or self._generic_hearer(hearer.lower())):
                at = mt.end()
                rx = self.lex.time_adjunct_re
                if rx is not None and (tm := rx.match(rest, at)) and not tm.group(0).rstrip().endswith(","):
                    at = tm.end()  # `told reporters on Tuesday the dust was worse`
                nxt = rest[at:].split(" ", 1)[0].lower()
                if nxt in self.lex.determiners or nxt in self.lex.pronouns or nxt[:1].isdigit():
                    return at
        return lead_ws

    def _generic_hearer(self, hearer: str) -> bool:
        """`reporters`, `the media`, `local media`, `foreign journalists`: a hearer with no name."""
        if hearer in self.lex.generic_channels:
            return True
        words = hearer.split()
        if words[:1] == ["the"]:
            words = words[1:]
        return len(words) == 2 and words[0] in self.lex.channel_modifiers and (
            words[1] in self.lex.generic_channels or f"the {words[1]}" in self.lex.generic_channels)

    def _kind(self, start: int, end: int, sent: Sentence) -> str:
        for q in sent.quotes:
            if q.open <= start + 1 and (q.close or q.end) >= end - 2:
                return Kind.DIRECT
        return Kind.INDIRECT

    def _denied_content(self, si: int) -> str | None:
        """What `X denied the report` denies: the statement of the sentence before, or the one
        before that."""
        for k in (si - 1, si - 2):
            idx = self.sent_stmts.get(k)
            if idx:
                return self.out[idx[-1]].text
        return None

    def _accusation(self, prev: Sentence | None) -> str | None:
        if prev is None:
            return None
        txt = self.body[prev.start:prev.end].rstrip(".")
        m = self.lex.accusation_re.search(txt)
        if not m:
            return None
        subj = txt[: m.start()]
        subj = self.clean_np(subj) if subj.strip() else ""
        return (subj + " " + txt[m.end():]).strip()

    def run(self) -> list[Statement]:
        sents = self._sents = sentences(self.body, self.lex.abbreviations)
        prev = None
        body = self.body
        gate = self.lex.gate_words
        naming = self.lex.naming_words
        skip = self._furniture_paragraphs(sents)
        for si, s in enumerate(sents):
            self.cur_si = si
            if s.para in skip:
                # no statement, but the people a caption names are the story's (`Ann Lee, the
                # father of ..., says` introduces the `Lee` quoted later)
                if skip[s.para] and self.lex.mod.PRONOUN_TAKES_SUBJECT and not s.quotes:
                    self._subject_of(body[s.start:s.end])
                prev = s
                continue
            masked_s = body[s.start:s.end]
            if s.quotes and len(kept := [q for q in s.quotes if not self._quoted_name_before_noun(q)]) < len(s.quotes):
                # (`The "Green Wave" group said ...`: the quotation marks set off a name inside the
                # speaker's phrase; the sentence is reported speech)
                s = dataclasses.replace(s, quotes=kept)
            if s.quotes:
                parts, pos = [], s.start
                for q in s.quotes:
                    if _QUOTED_NAME_RE.fullmatch(body, q.start, q.end):
                        # a name in quotation marks: `akun Facebook "Mamuju Bersuara" menyebut`; a
                        # nickname inside a name loses its marks (`Riefian “Ifan” Fajarsyah`)
                        if q.close is not None and q.open >= pos and _CAP_AFTER_RE.match(body, q.close + 1) \
                                and _NICKNAME_CONTEXT_RE.search(body, max(s.start, q.open - 40), q.open):
                            # (the same length: offsets into the masked sentence are offsets into the body)
                            parts.extend((body[pos:q.open], " ", body[q.open + 1:q.close], " "))
                            pos = q.close + 1
                        continue
                    a, b = max(q.start, s.start, pos), min(q.end, s.end)
                    if b > a:
                        parts.append(body[pos:a])
                        parts.append(MASK * (b - a))
                        pos = b
                parts.append(body[pos:s.end])
                masked_s = "".join(parts)
            n_before = len(self.out)
            try:
                done = self.process_quotes(si, s, masked_s) if s.quotes else False
                # a sentence with no cue word at all cannot hold reported speech: skip the rules
                if not done and self._gated(masked_s, gate):
                    self.process_reported(si, s, masked_s, prev)
                if not done and naming and (len(self.out) == n_before or s.quotes) \
                        and not naming.isdisjoint(self._lower_tokens(masked_s)):
                    # (`X called it "false" and said ...`: a quoted naming complement beside the
                    # reported words is a statement too; one overlapping them is dropped by `emit`)
                    self.process_naming(si, s, masked_s)
                # subjects matter only where a pronoun takes the last person named (English); where it
                # takes the last speaker (Indonesian `-nya`), skipping them is both faster and closer
                if len(self.out) == n_before and self.lex.mod.PRONOUN_TAKES_SUBJECT:
                    self.note_subject(si, masked_s)
                elif len(self.out) == n_before and self.lex.mod.NYA:
                    self.note_new_speaker(si, masked_s)  # (only a role-led subject counts, and lazily)
            except (IndexError, ValueError):  # a rule must never sink an article
                pass
            prev = s
        self.out.sort(key=lambda st: st.start)
        self._cataphora()
        return self.out

    def _quoted_name_before_noun(self, q) -> bool:
        """A name in quotation marks that a common noun follows (`the "Green Wave" group`, `a
        "Clean Sumba" campaign`): a name inside a noun phrase, not a quotation."""
        if q.close is None or not _QUOTED_NAME_RE.fullmatch(self.body, q.start, q.end):
            return False
        m = _NOUN_AFTER_RE.match(self.body, q.close + 1)
        return m is not None and m[1] not in self.lex.gate_words and m[1] not in self.lex.prepositions \
            and m[1] not in _JOINERS

    def _furniture_paragraphs(self, sents: list[Sentence]) -> dict[int, bool]:
        """Paragraphs that are page furniture, not the story: a photo caption closing on its
        credit (`... says the plan works. (Ann Lee/CBC)`) repeats the story's words, and a
        link to a video (`WATCH: Mayor says ...`) is a headline."""
        credit, kicker = self.lex.credit_re, self.lex.kicker_re
        if credit is None and kicker is None:
            return {}
        out: dict[int, bool] = {}  # paragraph -> it is a caption (whose names still count)
        last: dict[int, Sentence] = {}
        first: dict[int, Sentence] = {}
        for s in sents:
            last[s.para] = s
            first.setdefault(s.para, s)
        body = self.body
        for pi, s in last.items():
            if credit is not None and body[s.end - 1] == ")" and credit.search(body, s.start, s.end):
                out[pi] = True
        if kicker is not None:
            for pi, s in first.items():
                if kicker.match(body, s.start, s.end):
                    out[pi] = False
        return out

    def _cataphora(self) -> None:
        """`"...," he said.` before anyone is named (an article opening on a quote): the person
        named next is the speaker."""
        for i, st in enumerate(self.out):
            if st.speaker is not None:
                continue
            nxt = next((x for x in self.out[i + 1:i + 4] if x.speaker and x.speaker_kind == "person"), None)
            if nxt is not None:
                self.out[i] = Statement(nxt.speaker, st.speaker_mention, nxt.speaker_kind, st.text, st.kind, st.cue,
                                        st.stance, st.via, st.start, st.end, st.resolved_content)
