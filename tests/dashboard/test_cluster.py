import pytest
from django.urls import reverse

from claims.models import Claim, ClaimCluster, MatchDecision, MatchSuggestion, Review

from .conftest import make_cluster

pytestmark = pytest.mark.django_db


def url(cluster):
    return reverse("claims:cluster", args=[cluster.pk])


def test_it_lists_every_claim_with_outlet_speaker_kind_and_article_link(login, cluster):
    html = login().get(url(cluster)).content.decode()
    for claim in cluster.claims.select_related("article__outlet", "speaker"):
        assert claim.article.outlet.name in html
        assert reverse("claims:article", args=[claim.article_id]) in html
    assert cluster.claims.first().speaker.name in html
    assert "Reported speech" in html


def test_it_marks_the_first_appearance_and_diffs_later_wordings(login, cluster):
    html = login().get(url(cluster)).content.decode()
    assert html.count("First appearance") == 1
    assert "<del>lima</del><ins>tujuh</ins>" in html
    assert "same wording" in html


def test_a_translation_is_shown_as_written_not_diffed_word_by_word(login):
    cluster = make_cluster(["harga beras turun lima persen", "rice prices fell five percent"])
    html = login().get(url(cluster)).content.decode()
    assert "“rice prices fell five percent”" in html
    assert "<del>" not in html and "<ins>" not in html
    assert "other wording" in html and "same wording" not in html


def test_it_draws_the_spread_over_time(login, cluster):
    html = login().get(url(cluster)).content.decode()
    assert html.count("<circle") == 3
    assert 'class="first"' in html


def test_a_checker_detaches_a_claim(login, cluster):
    claim = cluster.claims.order_by("pk").last()
    response = login("checker").post(reverse("claims:claim_detach", args=[claim.pk]))
    assert response.status_code == 302
    claim.refresh_from_db()
    assert claim.cluster_id != cluster.pk
    assert MatchDecision.objects.filter(kind="cannot_link").count() == 2


def test_a_checker_finds_a_cluster_by_search_and_merges_it(login, cluster):
    other = make_cluster(["jalan tol dibuka besok pagi"])
    client = login("checker")
    found = client.get(reverse("claims:cluster_merge_search", args=[cluster.pk]), {"q": "jalan tol"},
                       HTTP_HX_REQUEST="true")
    assert f'value="{other.pk}"' in found.content.decode()
    assert "<html" not in found.content.decode()
    response = client.post(reverse("claims:cluster_merge", args=[cluster.pk]), {"other": other.pk})
    assert response.status_code == 302
    assert not ClaimCluster.objects.filter(pk=other.pk).exists()
    assert Claim.objects.filter(cluster=cluster).count() == 4


def test_a_checker_confirms_and_rejects_suggestions_in_place(login, cluster):
    loose = make_cluster(["harga beras turun sedikit pekan ini"])
    other = make_cluster(["harga beras naik lagi"])
    accept = MatchSuggestion.objects.create(claim=loose.claims.get(), cluster=cluster, score=80)
    reject = MatchSuggestion.objects.create(claim=other.claims.get(), cluster=cluster, score=70)
    client = login("checker")
    html = client.get(url(cluster)).content.decode()
    assert "harga beras turun sedikit pekan ini" in html
    r1 = client.post(reverse("claims:suggestion_decide", args=[accept.pk]), {"decision": "accept"},
                     HTTP_HX_REQUEST="true")
    assert f'id="suggestion-{accept.pk}"' in r1.content.decode()
    r2 = client.post(reverse("claims:suggestion_decide", args=[reject.pk]), {"decision": "reject"})
    assert r2.status_code == 302
    assert loose.claims.model.objects.filter(text__contains="sedikit", cluster=cluster).exists()
    reject.refresh_from_db()
    assert reject.status == "rejected"


def test_a_checker_starts_a_review(login, cluster):
    response = login("checker").post(reverse("claims:review_start", args=[cluster.pk]))
    review = Review.objects.get(cluster=cluster)
    assert response.url == reverse("claims:review", args=[review.pk])
    cluster.refresh_from_db()
    assert cluster.status == "in_review"


def test_a_viewer_sees_no_action_buttons(login, cluster):
    html = login("viewer").get(url(cluster)).content.decode()
    assert "Detach" not in html
    assert "Start a review" not in html


def test_its_query_count_does_not_grow_with_claims(login, django_assert_max_num_queries):
    client = login("checker")
    small = make_cluster(["klaim sama persis"] * 2)
    with django_assert_max_num_queries(14) as ctx:
        client.get(url(small))
    baseline = len(ctx.captured_queries)
    big = make_cluster(["klaim sama persis"] * 25)
    with django_assert_max_num_queries(baseline):
        client.get(url(big))


def test_claim_text_is_escaped_in_the_diff(login):
    cluster = make_cluster(["aman saja katanya", "<script>alert(1)</script> katanya"])
    html = login().get(url(cluster)).content.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_a_big_cluster_is_shown_fifty_claims_a_page_with_the_rest_counted(login):
    texts = ["klaim yang sama persis"] + [f"klaim yang sama persis nomor {i}" for i in range(51)]
    cluster = make_cluster(texts)
    client = login()
    first = client.get(url(cluster)).content.decode()
    assert first.count('class="card first"') == 1
    # Factory claims all carry `{}`: only the first appearance started the cluster.
    assert first.count("started the cluster") == 1
    assert first.count('<li class="card') == 50
    assert "Claims 1–50 of 52, each compared with the first appearance; 2 more are on the other pages." in first
    assert "?page=2" in first and first.count("<circle") == 52  # the chart still draws every claim
    second = client.get(url(cluster), {"page": 2}).content.decode()
    assert second.count('<li class="card') == 2
    assert 'class="card first"' not in second
    # Later wordings are still compared with the first appearance, shown above the timeline.
    assert "<ins> nomor 50</ins>" in second and "“klaim yang sama persis”" in second


def test_each_claim_says_how_it_joined_the_cluster(login):
    cluster = make_cluster(["harga beras turun lima persen", "harga beras turun 5 persen",
                            "rice prices fell five percent", "harga beras turun lima persen lagi"])
    first, wording, meaning, manual = cluster.claims.order_by("article__published_at")
    Claim.objects.filter(pk=first.pk).update(match_explanation={})
    Claim.objects.filter(pk=wording.pk).update(match_score=92.4, match_explanation={
        "joined": "wording", "score": 92.4, "decision": "match", "explanation": {}})
    Claim.objects.filter(pk=meaning.pk).update(match_score=91.0, match_explanation={
        "joined": "meaning", "score": 91.0, "decision": "match",
        "explanation": {"joined_by": "meaning", "semantic": {"cosine": 0.9104}}})
    Claim.objects.filter(pk=manual.pk).update(match_explanation={"manual": "detached"})
    html = login().get(url(cluster)).content.decode()
    assert "started the cluster" in html
    assert "by wording, 92" in html
    assert "by meaning, cosine 0.91" in html
    assert ">manual</span>" in html
    for claim in (first, wording, meaning, manual):  # in timeline order, one label each
        assert html.index(f'id="claim-{claim.pk}"') < html.index("joined-", html.index(f'id="claim-{claim.pk}"'))
    assert html.index("started the cluster") < html.index("by wording, 92") < html.index("by meaning") \
        < html.index(">manual<")


def test_how_a_claim_joined_is_translated(login):
    cluster = make_cluster(["harga beras turun lima persen", "rice prices fell five percent"])
    later = cluster.claims.order_by("article__published_at").last()
    Claim.objects.filter(pk=later.pk).update(match_score=88.0, match_explanation={
        "joined": "meaning", "score": 88.0, "explanation": {"semantic": {"cosine": 0.88}}})
    client = login()
    client.post(reverse("set_language"), {"language": "id", "next": "/"})
    html = client.get(url(cluster)).content.decode()
    assert "memulai klaster" in html
    assert "berdasarkan makna, kosinus 0,88" in html


def test_suggestions_say_whether_wording_or_meaning_found_them(login, cluster):
    by_meaning = make_cluster(["rice prices fell five percent this week"])
    by_wording = make_cluster(["harga beras turun sedikit pekan ini"])
    MatchSuggestion.objects.create(claim=by_meaning.claims.get(), cluster=cluster, score=84.0, explanation={
        "score": 84.0, "decision": "suggest",
        "explanation": {"joined_by": "meaning", "semantic": {"cosine": 0.84}}})
    MatchSuggestion.objects.create(claim=by_wording.claims.get(), cluster=cluster, score=81.0,
                                   explanation={"score": 81.0, "decision": "suggest", "explanation": {}})
    html = login().get(url(cluster)).content.decode()
    suggestions = html[html.index('id="suggestions-h"'):]
    assert "by meaning, cosine 0.84" in suggestions
    assert "by wording, 81" in suggestions


def test_appearances_of_one_outlet_too_close_to_tell_apart_are_one_dot_that_counts_them(login):
    from tests.factories import OutletFactory

    wire = OutletFactory(name="Kantor Berita")
    cluster = make_cluster([f"harga beras turun lima persen ({i})" for i in range(150)], outlets=[wire] * 150)
    response = login().get(url(cluster))
    html = response.content.decode()

    dots = [dot for row in response.context["chart"].rows for dot in row.dots]
    assert html.count("<circle") == len(dots) <= 48
    assert sum(dot.count for dot in dots) == 150
    # A day apart over 150 days: the first four days share the first dot.
    assert ("<title>Kantor Berita · 4 appearances, 2024-05-25T02:00+00:00 – 2024-05-28T02:00+00:00 · "
            "first appearance</title>") in html


def test_a_dots_title_is_escaped_and_in_the_readers_language(login):
    from tests.factories import OutletFactory

    cluster = make_cluster(["harga beras turun", "harga beras turun lagi"],
                           outlets=[OutletFactory(name="<b>Kabar</b>")] * 2)
    client = login()
    client.cookies["django_language"] = "id"
    html = client.get(url(cluster)).content.decode()
    assert "<title>&lt;b&gt;Kabar&lt;/b&gt; · 2024-05-25T02:00+00:00 · kemunculan pertama</title>" in html
    assert "<b>Kabar" not in html
