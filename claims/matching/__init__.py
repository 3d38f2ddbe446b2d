"""Claim matching: the same claim repeated across outlets. Pure Python: no Django imports.

normalise.normalise -> keys.claim_key -> index.CandidateIndex (blocking) -> scoring.compare
-> clustering.match_one (online) / clustering.cluster (nightly). Thresholds in thresholds.py,
word lists in lexicons.py, the gold evaluation in evaluation.py.
"""

from .clustering import ClusterResult, cluster, match_one
from .index import CandidateIndex, blocking_keys, query_plan
from .keys import ClaimKey, claim_key
from .normalise import normalise, speaker_key, tokenize
from .scoring import MatchResult, compare, score_many

__all__ = [
    "CandidateIndex", "ClaimKey", "ClusterResult", "MatchResult", "blocking_keys", "claim_key",
    "cluster", "compare", "match_one", "normalise", "query_plan", "score_many", "speaker_key",
    "tokenize",
]
