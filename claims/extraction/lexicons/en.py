"""English lexicon for the extraction engine.

Speech verbs and post-quote cues as they appear in wire and newspaper copy (Reuters, AP, AFP,
Canadian and US dailies). All entries are lower case.
"""

CODE = "en"

SPEECH_VERBS = {
    "said": "assert", "says": "assert", "say": "assert", "told": "assert", "tells": "assert",
    "added": "assert", "adds": "assert", "stated": "assert", "states": "assert", "announced": "assert",
    "explained": "assert", "explains": "assert", "noted": "assert", "notes": "assert", "warned": "assert", "reminded": "assert",
    "warns": "assert", "argued": "assert", "argues": "assert", "opined": "assert", "opines": "assert", "claimed": "assert", "claims": "assert",
    "insisted": "assert", "insists": "assert", "confirmed": "assert", "confirms": "assert",
    "wrote": "assert", "writes": "assert", "suggested": "assert", "suggests": "assert",
    "acknowledged": "assert", "acknowledges": "assert", "admitted": "assert", "admits": "assert",
    "reported": "assert", "reports": "assert", "report": "assert", "ruled": "assert", "declared": "assert", "maintained": "assert",
    "maintains": "assert", "stressed": "assert", "emphasized": "assert", "emphasised": "assert",
    "predicted": "assert", "contended": "assert", "contends": "assert", "asserted": "assert",
    "estimated": "assert", "estimates": "assert", "cautioned": "assert", "predicts": "assert",
    "pointed out": "assert", "recalled": "assert", "recalls": "assert", "tweeted": "assert",
    "indicated": "assert", "revealed": "assert", "promised": "assert", "vowed": "assert",
    "replied": "assert", "responded": "assert", "countered": "assert", "observed": "assert",
    "complained": "assert", "conceded": "assert", "concedes": "assert", "agreed": "assert",
    "believes": "assert", "thinks": "assert", "has said": "assert", "has learned": "assert",
    "argue": "assert", "insist": "assert", "warn": "assert", "testified": "assert", "testifies": "assert",
    "confessed": "assert", "confesses": "assert", "lamented": "assert", "laments": "assert",
    "denied": "deny", "denies": "deny", "rejected": "deny", "rejects": "deny", "dismissed": "deny",
    "disputed": "deny", "refuted": "deny",
    "accused": "accuse", "accuses": "accuse", "alleged": "accuse", "alleges": "accuse", "allege": "accuse",
"blamed": "accuse", "blames": "accuse", "condemned": "accuse",
    "criticized": "accuse", "criticised": "accuse",
    "remarked": "assert", "reiterated": "assert", "underlined": "assert", "underscored": "assert",
    "signalled": "assert", "signaled": "assert", "hinted": "assert", "disclosed": "assert",
    "speculated": "assert", "forecast": "assert", "assured": "assert", "boasted": "assert",
    "joked": "assert", "quipped": "assert", "proclaimed": "assert", "affirmed": "assert",
    "reaffirmed": "assert", "reaffirms": "assert",
    "retorted": "assert", "clarified": "assert", "implied": "assert",
    "charged": "accuse", "protested": "assert", "answered": "assert",
    # present plural (`Critics accuse ...`, `Posts on Facebook claim ...`: PLURAL_SUBJECT_VERBS)
    "deny": "deny", "accuse": "accuse", "suggest": "assert", "admit": "assert", "claim": "assert",
}
# The progressive (`have been saying`, `is claiming`, `keeps warning`): the auxiliary and the
# participle together are the verb; `have`/`has`/`had` before `been` end the subject phrase
# (NP_TRAILING_ADVERBS).
PROGRESSIVE_AUXILIARIES = ("is", "are", "was", "were", "been", "keeps", "kept", "keep")
PROGRESSIVE_SPEECH = {
    "saying": "assert", "claiming": "assert", "warning": "assert", "arguing": "assert", "insisting": "assert",
    "suggesting": "assert", "predicting": "assert", "stressing": "assert", "maintaining": "assert",
    "complaining": "assert", "asserting": "assert", "telling": "assert",
    "denying": "deny", "accusing": "accuse", "alleging": "accuse", "blaming": "accuse",
}
SPEECH_VERBS.update({f"{aux} {verb}": stance for aux in PROGRESSIVE_AUXILIARIES for verb, stance in PROGRESSIVE_SPEECH.items()})
# Wire copy's `X was quoted as saying (by Y)`: X spoke; Y is the medium.
SPEECH_VERBS.update({f"{aux} {verb} as saying": "assert" for aux in ("was", "were", "is", "are", "has been", "have been")
                     for verb in ("quoted", "cited")})
# ... and `X was quoted by RIA Novosti as saying`: the medium inside the verb (CHANNEL_PREPS).
QUOTED_BY_RE = r"(?:was|were|is|are|has\s+been|have\s+been)\s+(?:quoted|cited)\s+by\s+[^,;:.\x00\"“”]{2,60}?\s+as\s+saying\b"
# ... and the active voice, `Interfax quoted Peskov as saying (that) B`, `Antara also reported X as
# warning that B`: X spoke, to the medium that opens the sentence.
ACTIVE_QUOTED_RE = (r"^(?P<medium>[A-Z][^,;:\x00\"“”]{1,50}?)\s+(?:also\s+|earlier\s+)?(?:quoted|cited|reported)\s+"
                    r"(?P<np>[^,;:\x00\"“”]{2,90}?)\s+as\s+(?P<cue>saying|warning|adding|stating|noting|claiming|"
                    r"arguing|insisting|denying|accusing)\s+(?:that\s+)?(?=\S)")
# `..., with minister Y saying B`: a second speaker brought in by `with` and a participle.
WITH_PARTICIPLE = True
# A speaker who gives only part of a name (`A mother in Selong, who asked to be identified only
# as Sri, said`): that name is the speaker, the description before it only placed her.
IDENTIFIED_AS_RE = (r"(?:,\s*|\s)(?:calling\s+(?:himself|herself|themselves|itself)\s+(?P<alias>[A-Z][\w'’-]+)\b|who\s+(?:(?:asked|wished|wanted|preferred|agreed|requested)\s+"
                    r"(?:not\s+)?(?:to\s+be\s+)?(?:identified|named|called|referred\s+to)\s+"
                    r"(?:only\s+)?(?:as|by\s+(?:his|her|their|a)\s+(?:first|last|family|given|single)\s+name,?)"
                    r"|gave\s+only\s+(?:his|her|their|a)\s+(?:first\s+|last\s+|family\s+|given\s+)?name,?"
                    r"|calls?\s+(?:himself|herself|themselves|itself))\s+"
                    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\b)")
# An aside between the subject and its verb (`U.S. officials, speaking on condition of
# anonymity, said`): the subject is before it.
ASIDE_PARTICIPLES = ("speaking", "writing", "talking", "asked", "answering", "responding", "appearing",
                     "testifying", "briefing", "addressing")
# Verbs far more often nouns (`the civil claim`, `his claim`): verbs only right after a plural
# noun or a plural pronoun (`Posts on Facebook claim ...`, `They claim ...`).
PLURAL_SUBJECT_VERBS = ("claim",)
PLURAL_SUBJECT_PRONOUNS = ("they", "we", "you", "i")
# ... or after a plural noun and the place it is in (`Posts on Facebook claim`, `Users across
# social media claim`): up to three words after one of these.
PLURAL_SUBJECT_LINKS = ("on", "in", "from", "across", "circulating")
# What a post, a video or a message says (`Social media users shared a post claiming that ...`):
# the thing itself is the speaker, as fact-checkers file it.
CARRIER_HEADS = ("post", "posts", "video", "videos", "message", "messages", "tweet", "tweets", "image",
                 "images", "graphic", "meme", "memes", "caption", "broadcast", "chain message", "clip", "clips",
                 "headline", "headlines", "website", "websites", "blog", "article", "articles")
CARRIER_QUANTIFIERS = ("some", "many", "several", "these", "those", "multiple", "viral", "two", "three")
# ... and as a subject, the words after its head that place it (`Posts shared on Facebook claim`).
CARRIER_SUBJECT_LINKS = ("on", "in", "from", "across", "of", "circulating", "shared", "posted", "published", "spreading",
                         "widely", "that", "which", "purportedly", "allegedly")
CARRIER_CUES = ("claiming", "alleging", "saying", "suggesting", "stating", "asserting", "purporting")
# Verbs of a medium carrying someone's words or data: in `Bloomberg reports A, according to X`,
# X is where A comes from (in `Peskov said A, according to Interfax`, Interfax only carried it).
CARRIER_VERBS = ("reports", "reported", "report")
# `continues to deny that ...`: the verb after `continue to` carries the stance.
CONTINUATIVE_SPEECH = {
    "say": "assert", "insist": "assert", "claim": "assert", "maintain": "assert", "argue": "assert",
    "warn": "assert", "deny": "deny", "reject": "deny", "accuse": "accuse", "allege": "accuse", "blame": "accuse",
}
SPEECH_VERBS.update({f"{aux} to {verb}": stance for aux in ("continues", "continue", "continued")
                     for verb, stance in CONTINUATIVE_SPEECH.items()})
# After a quote or content: `"...," said X` / `..., X said`. In English the cue and the name can
# come in either order, so the trailing cues are the speech verbs themselves.
TRAILING_CUES = {k: v for k, v in SPEECH_VERBS.items() if " " not in k}
# Words a title leaves in lower case (`Lord of the Rings`, `War and Peace`).
TITLE_SMALL_WORDS = ("and", "or", "nor", "but", "of", "to", "in", "on", "at", "for", "with", "as", "vs")
# A fronted phrase that sets a person apart from the sentence's subject (`Unlike Lee, he ...`).
CONTRAST_HEADS = ("unlike", "besides", "except")
# Before a verb of saying, these make the speech foretold or supposed, not made (`will argue`).
MODALS = ("will", "might", "may", "could", "shall", "'ll", "’ll")  # not `would`: `what he would say is that ...`
# Read only before their content: after a clause or a quote these are nouns (`the report said`).
LEADING_ONLY_VERBS = ("report", "claim")
NYA = None

ACCORDING_TO = ("according to",)
PASSIVE_CUES = {
    "denied": "deny", "rejected": "deny", "disputed": "deny", "dismissed": "deny",
    "stated": "assert", "said": "assert", "announced": "assert", "reported": "assert", "confirmed": "assert",
}
# The same denial in the active voice (`The ministry denied the report.`): the verbs and the
# objects that point back.
ACTIVE_DENIAL_VERBS = ("denied", "denies", "rejected", "rejects", "dismissed", "dismisses", "refuted", "refutes",
                       "strongly denied", "flatly denied")
BACKREF_OBJECTS = tuple(f"{det} {head}" for det in ("the", "this", "that", "these", "those", "such")
                        for head in ("claim", "claims", "report", "reports", "allegation", "allegations", "accusation",
                                     "accusations", "rumour", "rumours", "rumor", "rumors", "charge", "charges",
                                     "finding", "findings", "result", "results", "conclusion", "conclusions"))
ACTIVE_DENIAL_TAILS = ("on", "in", "at", "during", "after", "late", "earlier", "last", "this", "through", "via", "to")
BACKREF_SUBJECTS = ("this", "that", "this was", "that was", "the claim", "the allegation", "the allegations", "the accusation", "the claims", "that claim")
ACCUSATION_MARKERS = ("accused of", "alleged to", "is said to", "reportedly")

PRONOUNS = ("he", "she", "they", "i", "we", "it")
NP_STOPS = (
    "in", "on", "at", "during", "after", "before", "when", "while", "from", "by", "via", "through",
    "who", "which", "that", "whose", "as", "to", "last", "this", "earlier", "later", "yesterday",
    "today", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "about", "with", "told", "recently", "previously", "again", "also", "has", "had", "have", "was", "is",
)
NP_TRAILING_ADVERBS = (
    "also", "has", "have", "had", "previously", "recently", "later", "earlier", "then", "again",
    "repeatedly", "once", "further", "already", "often", "finally", "now", "publicly", "privately", "flatly", "strongly",
    "firmly", "quickly", "however", "too", "still", "has also", "had also", "would", "will", "would have",
)
# Any other adverb of manner before the verb (`Trump falsely claimed`, `the senator wrongly
# asserted`): a lower-case word in -ly that is not a noun (`the family said`, `the assembly`), nor
# one that makes the act the writer's guess or nearly none (`he probably thinks`, `he barely
# mentioned`).
ADVERB_RE = (
    r"(?-i:(?!(?:family|assembly|daily|weekly|monthly|quarterly|rally|supply|reply|anomaly|monopoly|homily|bully|belly|jelly"
    r"|barely|hardly|rarely|scarcely|probably|possibly|presumably|apparently|likely|unlikely|supposedly)\b)[a-z]{4,}ly)"
)
LEADING_CONNECTIVES = (
    "but", "and", "however", "meanwhile", "still", "yet", "so", "instead", "also", "in addition",
    "earlier", "later", "previously", "on monday", "on tuesday", "on wednesday", "on thursday",
    "on friday", "on saturday", "on sunday", "in a statement", "separately", "in response", "then",
    "at the time", "last week", "last month", "last year", "this week", "on the other hand", "still",
    "for his part", "for her part", "for its part", "in fact", "indeed", "now", "ultimately", "now",
    "nonetheless", "nevertheless",
)
FRONTED_ADVERBIAL_HEADS = (
    "in", "on", "at", "during", "after", "before", "when", "while", "speaking", "asked", "writing",
    "since", "for", "as", "with", "despite", "following", "earlier", "last", "this", "by", "under",
    "late", "early", "hours", "days", "weeks", "months", "years", "minutes", "moments", "shortly", "soon",
)
COMPLEMENTIZERS = ("that",)
# Words that end a phrase before its verb without naming anyone (`When the Liberals first
# announced ...`): never the head of a role phrase.
ROLE_HEAD_STOPS = ("first", "alone", "together", "himself", "herself", "itself", "themselves", "both", "all")
# A duration or a manner between the verb and `that` is the verb's adjunct (`have claimed for
# months that`, `claimed without evidence that`).
DURATION_PREPOSITIONS = ("for", "over", "since", "throughout", "without")  # (`claimed without evidence that`)
CHANNEL_PREPS = ("told", "quoted by", "cited by")
GENERIC_CHANNELS = (
    "reporters", "journalists", "the media", "media", "him", "her", "them", "me", "us", "the crowd",
    "supporters", "the audience", "the court", "the jury", "the house", "parliament", "the committee",
    "police", "the paper", "the newspaper",
)
# ... after one of these (`told local media`, `told foreign journalists`)
CHANNEL_MODIFIERS = ("local", "foreign", "state", "national", "international", "visiting", "gathered", "assembled")
SPEAKER_COORD = ("and", "along with", "together with")
# One speaker under two names (`the Port Authority, or the harbour office`): the first is its name.
SPEAKER_ALTERNATIVE = ("or", "also known as", "aka")
DOCUMENT_HEADS = ("a statement", "the statement", "a report", "the report", "report", "document", "study", "survey", "memo", "letter", "statement", "analysis", "filing", "data",
                  "decision", "ruling", "judgment", "verdict", "lawsuit", "suit", "complaint", "indictment", "audit", "poll",
                  "bulletin", "newsletter", "circular")
ORG_HEADS = (
    "government", "ministry", "department", "agency", "office", "police", "military", "army",
    "company", "firm", "party", "committee", "commission", "council", "court", "officials", "spokesman",
    "spokeswoman", "spokesperson", "campaign",
    "body", "regulator", "watchdog", "union", "federation", "association", "authority", "board", "presidency", "centre", "center", "institute", "bureau", "diocese", "church",
    "operator", "airline", "carrier", "network", "coalition", "alliance", "lender", "insurer", "utility",
    "service", "organization", "organisation", "directorate",
)
HEAD_FINAL_BODIES = True

TITLES = (
    "president", "vice", "prime", "minister", "premier", "secretary", "spokesman", "spokeswoman",
    "spokesperson", "spokespeople", "leader", "chief", "executive", "director", "general", "gen",
    "gen.", "sen.", "sen", "senator", "rep.", "rep", "representative", "gov.", "gov", "governor", "mayor",
    "councillor", "councilor", "mp", "mpp", "mla", "mr.", "mrs.", "ms.", "dr.", "prof.", "professor", "mr", "mrs",
    "ms", "dr", "judge", "justice", "attorney", "prosecutor", "lawyer", "chair", "chairman", "chairwoman", "ceo",
    "cfo", "founder", "co-founder", "head", "commissioner", "superintendent", "sgt.", "sergeant",
    "const.", "constable", "officer", "detective", "insp.", "inspector", "lt.", "lieutenant", "col.",
    "adj.", "comr.", "commr.", "brig.", "maj.", "cmdr.",
    "colonel", "capt.", "captain", "adm.", "admiral", "ambassador", "envoy", "king", "queen", "prince",
    "pope", "rev.", "reverend", "father", "chancellor", "deputy", "assistant", "senior", "former",
    "manager", "analyst", "economist", "researcher", "scientist", "author", "coach", "candidate",
    "nominee", "democrat", "republican", "liberal", "conservative", "ndp", "critic", "house", "speaker",
    "federal", "provincial", "state", "city", "foreign", "defence", "defense", "finance", "health",
    "justice", "public", "safety", "environment", "immigration", "trade", "white", "press",
    "democratic", "republican", "presidential", "gop", "u.s.", "us", "sheriff", "coroner", "dean",
    "vice-president", "treasurer", "organizer", "activist", "supreme", "leader", "opposition",
    # Indonesian offices and the roles a news story puts before a name (`Agam Regent X`, `Passenger X`)
    "regent", "passenger", "villager", "survivor", "eyewitness", "businessman", "businesswoman", "tycoon",
)

# Words that make a title only inside a hyphenated rank (`Brigadier-General`, `Major-General`,
# `Air-Marshal`): alone, `major` or `air` are common words.
RANK_WORDS = ("brigadier", "major", "marshal", "commodore", "rear", "air", "lt", "lieut", "maj", "brig", "col")

# Heads of a phrase that describes one person without naming them (`Her 34-year-old father
# tested positive, it said`): never what `it` or `they` stands for.
PERSON_NOUNS = (
    "father", "mother", "son", "daughter", "wife", "husband", "brother", "sister", "uncle", "aunt",
    "grandfather", "grandmother", "grandson", "granddaughter", "cousin", "nephew", "niece", "widow",
    "widower", "girl", "boy", "man", "woman", "child", "baby", "toddler", "teenager", "patient",
    "victim", "survivor", "passenger", "driver", "pilot", "resident", "villager", "farmer", "fisherman",
    "student", "teacher", "nurse", "doctor", "worker", "suspect", "defendant",
    # trades news names people by (`online clothing seller Rahmawati`)
    "seller", "vendor", "trader", "merchant", "shopkeeper", "owner", "miner", "guide", "porter", "courier",
    "rider", "breeder", "mechanic", "labourer", "laborer", "employee", "retiree", "housewife", "customer",
    "borrower", "member", "fan", "supporter", "climber", "hiker", "tourist",
)

DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

ABBREVIATIONS = (
    "mr.", "mrs.", "ms.", "dr.", "prof.", "st.", "jr.", "sr.", "gen.", "lt.", "col.", "sgt.", "capt.",
    "sen.", "rep.", "gov.", "u.s.", "u.k.", "u.n.", "e.g.", "i.e.", "etc.", "vs.", "no.", "inc.",
    "corp.", "ltd.", "co.", "jan.", "feb.", "mar.", "apr.", "aug.", "sept.", "sep.", "oct.", "nov.",
    "dec.", "a.m.", "p.m.", "const.", "insp.", "supt.", "adm.", "rev.", "ave.", "blvd.", "mt.", "ft.",
    "d.c.", "p.e.i.", "b.c.", "lbs.", "approx.", "dept.", "est.", "fig.", "vol.", "ph.d.", "mss.",
    # ranks before a name (`Adj. Sr. Comr. Rizal Hidayat`, `Brig. Gen. Ade Ary`: the Jakarta press)
    "adj.", "comr.", "commr.", "brig.", "maj.", "cmdr.", "cpl.", "pvt.", "asst.",
)

NP_FILLERS = (
    "and", "of", "the", "a", "an", "for", "its", "his", "her", "their", "some", "many", "several",
    "other", "two", "three", "both", "top", "local", "national", "international", "official",
    "officials", "source", "sources", "spokesman", "spokeswoman", "spokesperson", "police", "experts",
    "expert", "critics", "researchers", "analysts", "residents", "observers", "lawmakers", "aides",
    "aide", "advisers", "adviser", "advisor", "staff", "campaign", "team", "group", "government",
    "ministry", "department", "office", "agency", "report", "statement", "study", "survey", "company",
    "firm", "board", "union", "association", "lawyer", "lawyers", "attorney", "attorneys", "family",
    "friends", "friend", "neighbour", "neighbor", "witnesses", "witness", "investigators", "prosecutors",
    "authorities", "doctors", "scientists", "economists", "organizers", "organisers", "supporters",
    "opponents", "democrats", "republicans", "voters", "members", "member", "leaders", "leader",
    "de", "van", "der", "von", "al", "bin", "la", "le", "du", "da", "dos", "st.", "jr.", "sr.",
    "former", "senior", "deputy", "chief", "new", "longtime", "spokespeople", "administration", "news",
    "intelligence", "military", "state", "federal", "city", "county", "provincial", "poll", "polls",
    "data", "figures", "documents", "records", "filings", "article", "story", "paper", "newspaper",
    "network", "representative", "representatives", "counsel", "counselor", "manager", "director",
    "executive", "chair", "president", "minister", "secretary", "governor", "mayor", "senator",
    "candidate", "nominee", "economist", "analyst", "professor", "researcher", "scientist", "doctor",
    "author", "co-author", "activist", "organizer", "founder", "owner", "chairman", "ceo", "head",
    "general", "commissioner", "coach", "partner", "one", "another",
    "u.s.", "canadian", "american", "british", "chinese", "russian", "group's", "company's", "agency's",
)
CLAUSE_WORD_RE = r"^(?:this|that|these|those|hours|days|was|were|is|are|be|been|being|must|can|could|would|will|should|may|might|do|does|did|not|has|had|have|came|went|remained|ended|if|while|when|although|though|because|since|whether|what|how|why|where|there|it|to|in|on|at|with|by|from|into|than|then|more|most|mostly|ahead|after|before|during|\w+ing|\w+ed)$"
# The endings by which CLAUSE_WORD_RE takes a word for a verb; a capitalised word of this shape
# that the body never writes in lower case is a name (`Manning`, `Reed`), not a verb.
VERB_SHAPE_RE = r"^\w+(?:ing|ed)$"
# English `he said` after a new person is introduced usually means that person.
PRONOUN_TAKES_SUBJECT = True

# `..., as announced by X.`
AS_PASSIVE_RE = r"[,;]\s*as\s+(?:was\s+)?(?:announced|reported|stated|said|confirmed)\s+by\s+(?P<np>[^.;\x00]{1,140}?)[\s.!?]*$"
# `a statement from X` names X.
SOURCE_PREPS = ("from", "by", "of")

# Capitalised words that open a sentence but never a name (`The German manufacturer`, `Each said`).
NAME_STOPS = (
    "the", "a", "an", "this", "that", "these", "those", "each", "every", "many", "most", "some", "several",
    "unlike", "like", "for", "but", "and", "or", "so", "yet", "in", "on", "at", "as", "if", "when", "while",
    "after", "before", "since", "though", "although", "because", "with", "without", "from", "by", "to",
    "of", "other", "another", "both", "all", "any", "no", "our", "their", "his", "her", "its", "my", "your",
    "originally", "late", "early", "meanwhile", "however", "also", "still", "then", "now", "here", "there", "such", "one",
)

# First names that English also writes as common words (`will`, `mark`, `bill`): at the start of a
# two-word capitalised run they open a name (`Will Young said`), not a sentence.
GIVEN_NAME_WORDS = (
    "will", "mark", "bill", "rose", "grace", "hope", "faith", "frank", "guy", "joy", "dawn", "rob",
    "pat", "sue", "ray", "art", "jack", "chase", "glen", "wade", "drew", "gene", "june", "iris",
    "ivy", "sandy", "max", "carol", "bob", "jay", "neil", "earl", "rich", "penny", "holly", "april",
)

# Words that open a relative clause after a subject (`Ann Lee, who ran the shelter, said`).
RELATIVE_PRONOUNS = ("who", "whose", "which")

# A speech verb right after one of these is a passive (`was told`, `is accused of`, `we're told`):
# its subject heard the words or stands accused, it did not speak.
PASSIVE_AUXILIARIES = ("be", "been", "being", "is", "are", "was", "were", "get", "gets", "got", "we're", "i'm", "’re")
# `added`/`adds` before a quantity is arithmetic (markets, scores), not speech.
QUANTITY_VERBS = ("added", "adds")
QUANTITY_WORDS = (
    "another", "more", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "yet",
    "a", "an", "one", "nearly", "almost", "about", "roughly", "some",
)
# Reply verbs carry reported speech only with a clause (`replied that ...`, `responded it was`);
# otherwise they are sport and market verbs (`responded a minute later`).
# (`report` and `ruled` also head nouns and other senses: `the report said`, `ruled the country`.)
# Verbs of saying only before a `that` clause (`reminded candidates that ...`; `reminded the crowd
# of the rules` is no statement).
THAT_ONLY_VERBS = ("reminded",)
# Appeals (`urged residents to drain water containers`): a statement when an infinitive or a
# `that` clause follows within a few words; `urged calm` is no statement.
APPEAL_VERBS = {"urged": "assert", "urges": "assert", "urge": "assert", "called on": "assert",
                "calls on": "assert", "appealed to": "assert", "asked": "assert", "asks": "assert", "advised": "assert",
                "advises": "assert"}
# (two addressees joined: `called on the district government and the Environment Ministry to review`)
# (an addressee described by a relative clause: `advised anyone who develops a fever ... to go to a clinic`)
APPEAL_CLAUSE_RE = (r"(?:(?:\S+\s+){0,5}?to\s+[a-z]|(?:\S+\s+){1,4}?(?:and|or)\s+(?:\S+\s+){1,4}?to\s+[a-z]|that\s"
                    r"|(?:\S+\s+){0,3}?(?:who|whose)\s+[^.;:]{0,160}?\sto\s+[a-z])")
SPEECH_VERBS.update(APPEAL_VERBS)
# `"Q," X said, and urged ...`: an appeal joined to the attribution after a quotation
APPEAL_JOINERS = ("and",)
# What a body estimates or records (`Statistics Indonesia estimates the surplus at around 1.9
# million tons`, `West Java recorded 10,915 cases`): a claim of figures when a figure follows
# within a few words; `recorded a song` is none.
DATA_VERBS = {"estimates": "assert", "estimated": "assert"}  # (not `recorded`: `West Java recorded 10,915 cases`)
DATA_CLAUSE_RE = (r"(?:that\s|(?:\S+\s+){0,8}?(?:\$?\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|"
                  r"dozens|hundreds|thousands|millions)\b))")
SPEECH_VERBS.update(DATA_VERBS)
# A figure someone gives for something (`He put the total arrears at Rp 18.2 billion`, `officials
# pegged the losses at $2 million`): a statement only with `at` and a figure after a short noun phrase.
RATING_VERBS = {"put": "assert", "puts": "assert", "pegged": "assert", "pegs": "assert"}
RATING_CLAUSE_RE = (r"(?:the|its|their|his|her)\s+(?:[\w-]+\s+){0,3}?at\s+(?:(?:about|around|roughly|some|nearly|"
                    r"almost|least|more\s+than|less\s+than)\s+)*(?:Rp\s?|US\$|\$|€|£|S\$)?\d")
SPEECH_VERBS.update(RATING_VERBS)
SPEECH_VERBS.update({"demanded": "assert"})  # (only before `that`: CLAUSE_ONLY_VERBS; `demands` is a noun too)
# `repeated that ...`, `informed (reporters) that ...` (common in Indonesian outlets' English)
SPEECH_VERBS.update({"repeated": "assert", "repeats": "assert", "informed": "assert", "informs": "assert"})
CLAUSE_ONLY_VERBS = ("responded", "replied", "countered", "responds", "replies", "report", "ruled",
                     "charged", "protested", "answered", "disclosed", "forecast", "hinted", "demanded")

# Verbs that take a noun phrase as often as a clause (`wrote a letter`, `announced a plan`,
# `reported a profit`). Denials and accusations stay out: `denied the allegations` is a claim.
NP_OBJECT_VERBS = (
    "wrote", "writes", "promised", "promises", "announced", "announces", "reported", "reports", "tells",
    "suggested", "suggests", "estimated", "estimates", "revealed", "predicted", "confirmed", "confirms",
    "agreed", "recalled", "recalls", "reiterated", "underlined", "underscored", "signalled", "signaled",
    "affirmed", "reaffirmed", "reaffirms", "proclaimed", "clarified", "remarked", "boasted", "repeated", "repeats",
)
# Who runs the account a post came from (`the account owner claimed ...`): the account the article names.
ACCOUNT_OWNERS = ("the account owner", "the account's owner", "the account’s owner", "the uploader",
                  "the user who posted it", "the owner of the account")
# Legal forms that open a company's name (Indonesian companies in English copy: `PT Kereta Api Indonesia`).
COMPANY_FORMS = ("PT", "CV", "Perum")
# What news calls a company once named (`the company said`), and the nouns that describe one
# before its name (`state railway operator PT Kereta Api Indonesia`).
COMPANY_NOUNS = ("company", "firm", "operator", "carrier", "airline", "platform", "lender", "insurer", "miner",
                 "developer", "retailer", "manufacturer", "producer", "startup", "conglomerate")
# A reading, not speech, when `at` and what is measured follow (`initially reported at magnitude 6.2`).
MEASURE_VERBS = ("reported", "measured", "recorded", "registered")
MEASURE_NOUNS = ("magnitude", "level", "levels")
# Words before a role that say how it is held (`acting head of ...`), not verbs.
ROLE_MODIFIERS = ("acting", "outgoing", "incoming", "interim", "caretaker", "former", "retiring")
# Verbs whose `to` opens an infinitive, not a hearer (`promised to pay, but ...`; `said to reporters, ...`).
INFINITIVE_VERBS = ("promised", "promises", "vowed", "vows", "pledged", "pledges", "threatened", "threatens",
                    "agreed", "agrees", "offered", "offers", "refused", "refuses", "decided", "planned")
# Object pronouns that open such a noun phrase (`tells us about ...`).
OBJECT_STARTS = ("us", "him", "them", "me", "some", "more", "no", "any", "our", "my", "your", "these", "those")
# A finite verb near the start of a content makes it a clause (`the plan would fail`, `the
# leader sent a message`): auxiliaries, negations, regular past tenses and common irregular ones.
FINITE_VERB_RE = (
    r"(?<![\w'’])(?:is|are|was|were|will|would|can|could|should|may|might|must|has|have|had|did|does|do|"
    r"\w+n['’]t|\w+['’](?:s|ll|re|d|ve)|\w{3,}ed|sent|fell|rose|took|made|gave|went|came|won|lost|left|met|"
    r"paid|sold|bought|built|held|kept|led|ran|saw|knew|thought|felt|found|got|grew|hit|cut|put|set|spent|"
    r"struck|brought|began|became|broke|chose|drove|meant|shot|stood|threw)(?![\w'’])"
)

# A photo caption ends on its credit in brackets, photographer / agency (`(Ann Lee/CBC)`,
# `( Bo Chan / The Canadian Press )`), or an agency or stock library alone.
PHOTO_CREDIT_RE = (
    r"\((?:[^()\n]{2,80}/[^()\n]{2,80}|\s*(?:Getty Images|The Canadian Press|Canadian Press|Associated Press|"
    r"Reuters|AFP|AP Photo|Dreamstime|iStock|Shutterstock|Bloomberg)[^()\n]{0,40})\)$"
)
# Words that open a link to other content (`WATCH: Mayor says ...`): a headline, not a statement.
LINK_KICKERS = (
    "watch", "video", "listen", "related", "read more", "photos", "gallery", "more", "relevant reading",
    "recommended reading", "recommended", "also read", "read also", "see also", "trending", "editor's picks",
)

# Words that open a subordinate clause whose subject may speak (`markets fell after the
# president said ...`, `the wounds that police said were ...`, `what officials say is ...`).
CLAUSE_OPENERS = ("after", "when", "as", "since", "before", "until", "once", "if", "that", "what", "where")
# The verbs that report speech in every sense (the others also mean to act: `rejected a deal`,
# `agreed to terms`, `announced the end`): only these are read inside a subordinate clause.
CORE_SPEECH_VERBS = (
    "said", "says", "say", "told", "tells", "tell", "added", "adds", "wrote", "writes", "noted", "notes",
    "argued", "argues", "argue", "insisted", "insists", "warned", "warns", "claimed", "claims", "explained",
    "explains", "stated", "states", "has said", "believes", "thinks", "contends", "maintains",
)
# Where reported words end and the reporter's own begin, inside what follows a speech verb:
# `, which was the latest in a series` (about the last noun), `— a problem that ...` (an
# apposition), `, though he agreed ...` (an aside), `, and handed over the rose` (the speaker's
# next act), `, he said` (the attribution repeated).
REPORTER_TAIL_RE = (
    r",\s+which\s+(?:was|were|is|are|has|had|have|will|would)\s|\s[—–]\s+(?:a|an)\s|,\s+(?:though|although)\s|"
    r",\s+and\s+(?:then\s+)?[a-z]{3,}ed\s|,\s+(?:he|she|they)\s+(?:said|says)[.!?]?$|"
    # a second source confirming the report (`..., officials said, speaking on condition of anonymity.`)
    r",\s+(?:(?:the|two|three|several|some|other|senior)\s+)?(?:[\w.’'-]+\s+){0,2}(?:officials|sources|diplomats|police)"
    r"\s+(?:said|say)(?:,\s+[^,;\x00]{1,80})?[.!?]?$|"
    # the medium that carried the speaker's words: `, Interfax reported.`, `, according to Interfax.`
    r",\s+(?:(?:the\s+)?(?-i:[A-Z])[\w.’'-]*(?:\s+(?-i:[A-Z])[\w.’'-]*){0,3}(?:\s+(?:news\s+)?agency)?\s+reported"
    r"|according\s+to\s+[^,;\x00]{1,60}?)[.!?]?$"
)

# `X said A, but added that B`: a joiner right before a second speech verb with no subject of its
# own (and an adverb or two that may come between).
SHARED_SUBJECT_JOINERS = ("and", "but")
JOINED_VERB_ADVERBS = ("also", "then", "later")
# Words that open a subordinate clause framing a quotation (`As one analyst put it: "..."`,
# `... when a friend asked, "..."`): the speaker is the subject right after them.
LEAD_CLAUSE_OPENERS = ("as", "when", "after", "before", "while", "because", "since", "until", "once")
# ... one of which also introduces a role in an apposition (`Lee, as chair of the board, said`).
ROLE_PREPOSITIONS = ("as",)
# `what officials say is a record`, `the cuts that the panel says are needed`: a relative word,
# the speaker, the speech verb, then at once one of these finite verbs opening the content.
GAP_RELATIVES = ("what", "that", "which")
GAP_AUXILIARIES = ("is", "are", "was", "were", "will", "would", "could", "can", "has", "have", "had", "may", "might")
# Object pronouns, with the subject pronoun each stands for: `remembers him apologizing, saying
# ...` makes him the one saying it.
OBJECT_PRONOUN_SUBJECTS = {"him": "he", "her": "she", "them": "they"}
# A speech verb right after one of these is a participle whose subject is left out (`The trend,
# if confirmed, has ...`, `as announced`): nobody speaks.
ELLIPTICAL_SUBORDINATORS = ("if", "unless", "once", "as", "than", "until")
# A speech verb followed by one of these names a topic, not the words (`warned of the risks`,
# `writes about style`).
TOPIC_PREPOSITIONS = ("about", "of")
# Words that join a second attribution to a first (`X said A, but Y says B`).
SECOND_CLAUSE_JOINERS = ("but", "and", "while", "whereas", "though", "although")
# A subject pronoun right before a speech verb (`a poem she said was ...`) is its speaker.
SUBJECT_PRONOUNS = ("he", "she", "they", "we", "i")
# The writer's own pronouns: a sentence they open may introduce the person quoted next (`I asked
# barber Bo Lind, who ...`).
FIRST_PERSON_PRONOUNS = ("i", "we")

# Participles that open a speech clause after a comma: `..., citing officials` / `..., saying that ...`.
SPEECH_PARTICIPLES = ("citing", "saying", "adding", "noting", "arguing", "insisting", "warning", "claiming", "stating", "explaining", "according")

# Words that may follow the speaker of an inverted `..., said X` (an adjunct, not a clause).
INVERSION_ADJUNCTS = (
    "in", "on", "at", "during", "after", "before", "to", "from", "via", "through", "last", "this",
    "earlier", "later", "yesterday", "today", "tonight", "told", "while", "when", "as", "outside", "inside",
)

NAMED_MARKERS = ("named",)
MEDIA_CUES = ()
NP_AFTER_PREPS = ("from",)

# Verbs whose object comes before `that`: `told reporters that`, `assured investors that`.
OBJECT_VERBS = ("told", "tells", "warned", "warns", "reminded", "assured", "informed", "promised")
# Lower-case particles inside a name: `Ben van der Berg`, `Ana de la Cruz`.
# The last word of a body or an office before a person's name (`Director-General of Sea
# Transportation Wisnu Hadiprasetyo`, `Nusantara Cyber Research Lab's`): a name holds none of them.
INSTITUTION_WORD_RE = (r"^(?:lab|laboratory|institute|center|centre|foundation|group|watch|corp|inc|ltd|agency"
                       r"|ministry|department|commission|council|association|authority|bureau|office"
                       r"|transportation|transport|affairs|finance|health|defence|defense|security|energy"
                       r"|trade|industry|communications?|informatics|education|forestry|environment|tourism"
                       r"|agriculture|fisheries|manpower|labour|labor|university)$")
NAME_PARTICLES = ("van", "der", "den", "de", "la", "le", "von", "da", "dos", "du", "del", "della", "di", "al", "bin", "ter", "ten")
# A lower-case plural noun that can head a speaker phrase: `refugee advocates`, `some critics`.
PLURAL_HEAD_RE = r"^(?:[a-z]{3,}[^s'’]s|people|police|staff|personnel|media)$"
# A plural noun phrase as the agent of a verb of saying, warning or believing, anywhere in a
# sentence: what a later `they say` points back to.
PLURAL_AGENT_RE = (
    r"(?<![\w'’-])(?P<np>(?:(?:several|many|some|most|other|two|three|four|the|[a-z][\w'’-]*-[\w'’-]+|[a-z]{3,}(?<!s))\s+){0,3}"
    r"[a-z]{3,}[^s'’\s]s|[Tt]he\s+[A-Z][a-z]{2,}[^s'’\s]s)\s+(?:have\s+|had\s+|also\s+)?(?:said|say|told|warned|argued|claimed|alleged|believe|insisted|"
    r"described|noted|reported|fear|feared|predicted|estimated|urged)\b"
)

# What a verb of saying takes when it means "reveals" (`the ad says as much about the brand as
# about the car`, `it says a lot about us`): no statement follows.
IDIOM_OBJECTS = ("as much about", "as much", "much about", "a lot about", "little about", "volumes", "something about")

# `..., saying (that) ...`: a participle that carries the subject's words.
SAYING_PARTICIPLES = ("saying", "adding", "arguing", "noting", "insisting", "warning", "claiming", "stating", "explaining", "stressing",
                      "urging", "accusing")

# A time adjunct between the verb and its clause (`said on Thursday it would`, `said last week the
# plan`): the clause starts after it.
_DAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
TIME_ADJUNCT_RE = (rf"(?:on\s+(?:{_DAYS})(?:\s+(?:morning|afternoon|evening|night))?|last\s+(?:week|month|year|night|{_DAYS})|this\s+(?:week|month|year|morning|"
                   rf"afternoon|evening)|earlier\s+this\s+(?:week|month|year)|yesterday(?!\s+(?:is|was|will|would|has|had)\b)|on\s+(?:{_MONTHS})\s+\d{{1,2}})"
                   r"\b(?!['’])\s*,?\s*(?:that\s+)?")

# `..., he said here on Tuesday.`, `..., she told reporters in Denpasar.`: only where and when the
# speaker spoke follows the verb, so the words before it are what was said.
ADJUNCT_ONLY_RE = (rf"(?:here|there|in\s+(?-i:[A-Z][\w-]*)(?:\s+(?-i:[A-Z][\w-]*))?)?\s*(?:{TIME_ADJUNCT_RE})?[\s.!?]*")

# `<clause>, she said, <more>`: a cue between commas attributes the clause before it.
PARENTHETICAL_CUES = True

HONORIFICS = ("mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "prof.", "sen.", "rep.", "gov.", "gen.", "sir", "dame", "lord", "lady")

# Words that end a speaker phrase only before a lower-case word: `the head of the agency` stops,
# `Bank of Canada governor X` does not.
NP_STOPS_BEFORE_LOWER = ("of",)
# ... but not after these words: `sources familiar with the talks said`
NP_STOPS_KEPT_AFTER = {"with": ("familiar",)}
# `the memo that the minister said was leaked`: a relative clause with its own subject right
# before the verb (the subject speaks, not the noun the clause describes)
OBJECT_RELATIVE_RE = (
    r"\s(?:that|which)\s+(?P<np>(?:the|a|an|his|her|their|its)\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?"
    r"|[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3})\s*$"
)
# Unnamed sources as news names them: a speaker, a group of unknown people.
ANONYMOUS_SOURCE_RE = (
    r"^(?:(?:a|an|one|two|three|several|many|other|some)\s+)?(?:people|person|sources?|officials?|persons|insiders?|diplomats?)\s+"
    r"(?:familiar\s+with|close\s+to|briefed\s+on|with\s+knowledge\s+of|knowledgeable\s+about)\s"
)
# A participle clause after the speaker's head noun: `The board decision allowing his release
# said`, `the report released on Monday said`: the speaker is the noun phrase before it.
NP_STOP_PATTERNS = (
    r"[a-z]{3,}ing\s+(?=(?:the|a|an|his|her|its|their|our|this|that|these|those)\s)",
    r"[a-z]{3,}ed\s+(?=(?:on|in|by|at|last|earlier|yesterday|for|from|with|after)\s)",
)

# Content words that make a neutral cue a denial or an accusation (`said the report was baseless`,
# `said the minister took bribes`): wrongdoing, and the words that reject a claim. Topic words
# (weapons, shells) stay out: supplying arms is news, not by itself an accusation.
DENY_CONTENT = (
    "is false", "is not true", "no such", "has not announced", "have not announced", "has no plans", "there are no plans", "there is no evidence", "there has been no",
    "not true", "untrue", "baseless", "groundless", "unfounded", "fabricated", "fabrication", "false claims",
    "fake news", "no evidence", "strictly complies", "complies with", "comply with", "abides by", "adheres to",
    "is observing", "was observing", "categorically",
)
ACCUSE_CONTENT = (
    "failed to", "covered up", "cover-up", "misused", "misuse of", "embezzled", "embezzlement", "negligence", "negligent", "rigged", "manipulated", "colluded", "put profits before", "supplied weapons", "supplying weapons", "arms transfers", "munitions to", "weapons to", "ignored", "betrayal", "lied",
    "violated", "violating", "violation of", "deceived", "bribes", "bribery", "fraud", "fraudulent",
    "smuggled", "smuggling", "illegally", "war crimes", "tortured", "abducted",
)

# Manner-of-speaking verbs that attribute a quotation (`"...," she quipped`) but, without one,
# are too loose to mark reported speech (`he asked for time`, `the talks continued`).
QUOTE_VERBS = {
    "blurted": "assert", "quipped": "assert", "retorted": "assert", "crowed": "assert", "chanted": "assert",
    "joked": "assert", "jokes": "assert", "shouted": "assert", "yelled": "assert", "screamed": "assert",
    "exclaimed": "assert", "whispered": "assert", "muttered": "assert", "boasted": "assert", "boasts": "assert",
    "remarked": "assert", "commented": "assert", "testified": "assert", "posted": "assert", "texted": "assert",
    "urged": "assert", "urges": "assert", "pleaded": "assert", "mused": "assert", "continued": "assert",
    "concluded": "assert", "lamented": "assert", "laments": "assert", "acknowledged": "assert",
    "asked": "assert", "asks": "assert", "wondered": "assert", "stressed": "assert", "recounted": "assert",
    "recalls": "assert", "explained": "assert", "elaborated": "assert", "surmised": "assert",
    "reads": "assert", "read": "assert",  # (`"...," reads the caption`, `the post reads: "..."`)
    "announces": "assert", "repeated": "assert", "scolded": "assert", "reiterated": "assert", "mentioned": "assert", "reiterates": "assert", "affirmed": "assert",
}

# Pronouns that stand for an institution, a country or a document, never a person (`it added`).
THING_PRONOUNS = ("it",)
# Possessives before a document (`her statement said`): the pronoun the author stands for.
POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "its": "it", "their": "they"}
# Pronouns that stand for a group (`they say`): the group or institution just named, if any.
PLURAL_PRONOUNS = ("they",)

# Words that open a role phrase naming an unnamed speaker (`the spokesperson`, `a neighbour`) ...
ROLE_DETERMINERS = ("the", "a", "an")
# ... and those that say the speaker is someone not met before (`one resident`, `another source`).
FRESH_ROLE_DETERMINERS = ("one", "another")
# A speech verb right after one of these is an adjective or a noun (`an estimated 40`, `the said`).
DETERMINERS = ("a", "an", "the", "this", "that", "its", "his", "her", "their")

# Prepositions and linking words: a capitalised name after one of these is a place or an object
# (`near Elm Street`, `against Ann Lee`), not a person being introduced by a role noun.
PREPOSITIONS = (
    "near", "outside", "inside", "across", "along", "behind", "beside", "besides", "between", "beyond",
    "into", "onto", "over", "toward", "towards", "under", "until", "upon", "within", "without", "against",
    "among", "around", "above", "below", "past", "than", "like", "unlike", "versus", "amid", "throughout",
    "then", "when", "where", "with", "from", "about", "into", "plus", "both", "either", "neither", "only",
)

# Pronouns that say a person's gender: `she said` does not take a man named just before.
GENDERED_PRONOUNS = {
    "he": "m", "his": "m", "him": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f",
}

# Words that open the reporter's own adjunct after a quotation closing reported speech
# (`said she was "gobsmacked" while receiving the award`): the statement ends at the quote.
MIXED_QUOTE_TAIL_HEADS = ("while", "noting", "saying", "adding", "he", "she")

# Verbs whose content is a noun phrase naming something: `called it a bandage solution`,
# `described the attack as a carjacking`, `what he calls censorship`.
# Verbs whose object may be the speaker's own words in quotation marks (`expressed "deep concern"`).
EXPRESSING_VERBS = ("expressed", "expresses", "voiced", "voices")
NAMING_VERBS = ("called", "calls", "calling", "dubbed", "labelled", "labeled", "branded", "described", "describes",
                *EXPRESSING_VERBS)
# Words after a quoted naming complement that carry it on (`called it "unfair" for the players`,
# `as "a careerist" who ...`): the statement is then the whole complement, not the quote alone.
COMPLEMENT_TAIL_HEADS = ("who", "whose", "which", "that", "for", "to", "because", "since")

# Denials whose object is a noun phrase are acts (`denied a request`, `rejected the deal`,
# `denied the Flames a goal`) unless the noun phrase names a claim (`denied the allegations`).
DENY_NP_VERBS = ("denied", "denies", "rejected", "rejects", "dismissed", "disputed")
CLAIM_NOUNS = (
    "allegation", "allegations", "claim", "claims", "accusation", "accusations", "charge", "charges",
    "report", "reports", "story", "stories", "rumour", "rumours", "rumor", "rumors", "wrongdoing",
    "involvement", "responsibility", "interference", "suggestion", "suggestions", "assertion", "assertions",
    "link", "links", "existence", "knowledge", "substance", "any", "criticism", "idea", "notion",
)
# A speech verb right after one of these is negated: `has not said`, `never said`, `didn't say`.
NEGATIONS = ("not", "never")
# Words that open the reporter's aside after a parenthetical cue (`..., he said, though he named
# nobody`, `..., sources said, and as staff worry ...`): the words after the cue are not the speaker's.
# (`..., officials said, as rescuers searched` is still theirs in wire copy: `as` alone stays out.)
ASIDE_OPENERS = ("though", "although", "while", "whereas", "because", "despite", "even", "which", "who", "amid")
# Words that open a sentence with a subordinate clause whose subject may speak (`While the club
# said it would not comment, its manager ...`): the subject follows, the main clause ends the words.
# (`As Ann Lee reports, a rally is planned` puts the words after the comma: `as` stays out.)
# After `<clause>, officials said,` these open the reporter's own clause (`as rescuers searched`,
# `while the WHO warned that ...`), not more of the speaker's words.
REPORTER_CLAUSE_OPENERS = ("as", "while", "after", "when", "before", "amid", "although", "though", "whereas",
                           "because", "since", "following")
SENTENCE_SUBORDINATORS = ("while", "although", "though", "whereas", "because", "since", "after", "when", "if", "before", "once", "until")
# Speech verbs that are also plural nouns (`other states`, `its claims`, `product recalls`): after
# a quantifier, a preposition or a possessive they are the noun.
NOUN_VERB_FORMS = ("states", "claims", "reports", "notes", "estimates", "recalls", "jokes", "laments", "boasts", "urges", "alleges")
NOUN_BEFORE = (
    "other", "many", "some", "all", "both", "several", "few", "these", "those", "such", "no", "any", "each",
    "various", "our", "my", "your", "in", "of", "from", "between", "among", "across", "with", "for", "by",
    "two", "three", "four", "five", "member", "united", "new", "false", "unfounded", "earlier", "recent", "media",
)

# Honorifics that say a person's gender: `Ms. Lee said` settles who a later `she` is.
GENDERED_HONORIFICS = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "sir": "m", "dame": "f", "lord": "m", "lady": "f"}
# Common English first names whose bearers are overwhelmingly of one gender (written from the
# most frequent given names of North American and British birth registers; names used for both,
# such as Jordan, Taylor, Alex, Sam, Jamie, Robin, Kim, are left out on purpose). Used only when
# the body's own pronouns and honorifics say nothing.
MALE_GIVEN_NAMES = (
    "james", "john", "robert", "michael", "william", "david", "richard", "joseph", "thomas", "charles",
    "christopher", "daniel", "matthew", "anthony", "mark", "donald", "steven", "paul", "andrew", "joshua",
    "kenneth", "kevin", "brian", "george", "timothy", "ronald", "edward", "jason", "jeffrey", "ryan",
    "jacob", "gary", "nicholas", "eric", "jonathan", "stephen", "larry", "justin", "scott", "brandon",
    "benjamin", "samuel", "gregory", "frank", "alexander", "raymond", "patrick", "jack", "dennis", "jerry",
    "tyler", "aaron", "jose", "adam", "henry", "nathan", "douglas", "zachary", "peter", "kyle", "walter",
    "ethan", "jeremy", "harold", "keith", "christian", "roger", "noah", "gerald", "carl", "terry", "sean",
    "austin", "arthur", "lawrence", "jesse", "dylan", "bryan", "joe", "jordan", "billy", "bruce", "albert",
    "willie", "gabriel", "logan", "alan", "juan", "wayne", "roy", "ralph", "randy", "eugene", "vincent",
    "russell", "elijah", "louis", "bobby", "philip", "johnny", "bill", "tom", "mike", "dave", "jim", "bob",
    "steve", "greg", "doug", "ken", "ian", "colin", "graham", "neil", "nigel", "stuart", "hugh", "craig",
    "derek", "trevor", "murray", "gordon", "ross", "malcolm", "duncan", "angus", "liam", "owen", "luke",
    "marc", "pierre", "jean", "jacques", "francois", "michel", "andre", "luc", "guy", "denis", "mohamed",
    "mohammed", "muhammad", "ahmed", "ali", "omar", "hassan", "ivan", "sergei", "vladimir", "dmitry",
)
FEMALE_GIVEN_NAMES = (
    "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah", "karen",
    "nancy", "lisa", "betty", "margaret", "sandra", "ashley", "kimberly", "emily", "donna", "michelle",
    "dorothy", "carol", "amanda", "melissa", "deborah", "stephanie", "rebecca", "sharon", "laura", "cynthia",
    "kathleen", "amy", "shirley", "angela", "helen", "anna", "brenda", "pamela", "nicole", "emma", "samantha",
    "katherine", "christine", "debra", "rachel", "catherine", "carolyn", "janet", "ruth", "maria", "heather",
    "diane", "virginia", "julie", "joyce", "victoria", "olivia", "kelly", "christina", "lauren", "joan",
    "evelyn", "judith", "megan", "cheryl", "andrea", "hannah", "martha", "jacqueline", "frances", "gloria",
    "ann", "anne", "teresa", "kathryn", "sara", "janice", "jean", "alice", "madison", "doris", "abigail",
    "julia", "judy", "grace", "denise", "amber", "marilyn", "beverly", "danielle", "theresa", "sophia",
    "marie", "diana", "brittany", "natalie", "isabella", "charlotte", "rose", "alexis", "kayla", "jane",
    "wendy", "lynn", "fiona", "claire", "caroline", "louise", "sophie", "chloe", "lucy", "kate", "katie",
    "nathalie", "isabelle", "genevieve", "sylvie", "monique", "fatima", "aisha", "layla", "olga", "natalia",
    "irina", "svetlana", "yulia", "ingrid", "greta", "priya", "emilie", "chantal", "josee", "lucie",
)

# `..., said Ann Lee, executive director of the guild.`: a role closing the sentence after the
# speaker holds none of these (an auxiliary, a subject pronoun, a speech verb); words that do are a clause.
APPOSITION_BREAK_RE = (
    r"(?<![\w'’-])(?:is|are|was|were|will|would|has|have|had|can|could|should|may|might|must|did|does|do|"
    r"he|she|they|it|we|i|said|says)(?![\w'’-])"
)

# A role of a body named by description (`a spokesperson for the central bank`, `an official at the
# ministry`): the prepositions joining them, and role nouns the titles list leaves out.
BODY_ROLE_PREPOSITIONS = ("for", "of", "at", "with", "from")
BODY_ROLE_NOUNS = ("official", "officials", "presidency", "secretariat", "leadership", "board", "regulator",
                   "watchdog", "union", "federation", "association", "authority", "authorities", "embassy",
                   "administration", "cabinet", "parliament", "senate", "delegation", "team", "source", "sources")

# The nouns of a phrase naming an online account or a group whose name is in quotation marks (`a
# TikTok account "Info Cilegon"`, `the "Green Wave" group`): the account or group is the speaker.
# A speech verb after these (and an adverb) compares, it reports nothing: `slid further than first
# estimated`, `more than previously reported`.
COMPARISON_HEADS = ("than",)
ACCOUNT_HEADS = ("account", "post", "page", "channel", "group", "site", "website", "movement", "campaign",
                 "coalition", "alliance", "forum", "community", "collective", "network")
