import pytest

from claims.jobs import UrlInput, ingest_job_create, ingest_job_run
from claims.models import IngestItem, IngestJob
from sources.models import Article

from .conftest import assert_error

pipeline = pytest.importorskip("claims.pipeline", reason="the ingest pipeline is not importable yet")

pytestmark = pytest.mark.django_db

TEXT_ID = (
    "Jakarta - Menteri Pertanian Andi Wijaya mengatakan stok beras nasional aman hingga akhir tahun. "
    '"Stok beras kita cukup untuk enam bulan ke depan," kata Andi di Jakarta, Senin (3/6/2024).\n\n'
    "Ia menambahkan, pemerintah akan terus memantau harga di pasar tradisional."
)
TEXT_EN = (
    "JAKARTA - The transport minister said on Monday that the new rail line would open in August. "
    '"We are ready to carry passengers by the end of summer," the minister told reporters.'
)
HTML = (
    "<html><head><title>Harga cabai naik</title></head><body><article><h1>Harga cabai naik</h1>"
    "<p>Bandung - Kepala dinas perdagangan mengatakan harga cabai naik dua kali lipat pekan ini.</p>"
    '<p>"Pasokan dari petani berkurang karena hujan," ujarnya kepada wartawan.</p></article></body></html>'
)


def test_a_checker_ingests_text_and_gets_201_with_statements(checker):
    response = checker.post("/api/v1/articles", {"text": TEXT_ID}, format="json")
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["id"] == Article.objects.get().pk
    assert isinstance(body["statements"], list)
    for statement in body["statements"]:
        assert body["body"][statement["start"]:statement["end"]] == statement["text"]


def test_the_same_text_again_returns_200_with_the_same_article(checker):
    first = checker.post("/api/v1/articles", {"text": TEXT_EN}, format="json")
    again = checker.post("/api/v1/articles", {"text": TEXT_EN}, format="json")
    assert (first.status_code, again.status_code) == (201, 200)
    assert again.json()["id"] == first.json()["id"]
    assert Article.objects.count() == 1


def test_html_is_ingested(checker):
    response = checker.post("/api/v1/articles", {"html": HTML}, format="json")
    assert response.status_code == 201, response.content
    assert "cabai" in response.json()["body"]


def test_outlet_and_published_at_hints_are_stored(checker):
    response = checker.post(
        "/api/v1/articles",
        {"text": TEXT_ID, "outlet": "Harian Uji", "published_at": "2024-06-03T09:30:00+07:00"},
        format="json",
    )
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["outlet"]["name"] == "Harian Uji"
    assert body["published_at"].startswith("2024-06-03T")


@pytest.mark.parametrize("payload", [
    {},
    {"text": "a", "html": "<p>b</p>"},
    {"text": ""},
    {"url": "not a url"},
    {"text": TEXT_ID, "published_at": "kemarin"},
    {"text": TEXT_ID, "language": "xx"},
    {"text": 12},
    [],
])
def test_bad_ingest_input_is_400(checker, payload):
    assert_error(checker.post("/api/v1/articles", payload, format="json"), 400)


def test_input_that_is_not_an_article_is_400_with_the_pipelines_code(checker):
    error = assert_error(checker.post("/api/v1/articles", {"text": "   \n  "}, format="json"), 400)
    assert error["message"]


def test_text_over_the_input_limit_is_413(checker, settings):
    settings.KUTIP_MAX_INPUT_BYTES = 500
    settings.KUTIP_API_MAX_BODY_BYTES = 100_000
    assert_error(checker.post("/api/v1/articles", {"text": TEXT_ID * 5}, format="json"), 413, "too_large")


def test_a_viewer_cannot_ingest(viewer):
    assert_error(viewer.post("/api/v1/articles", {"text": TEXT_ID}, format="json"), 403)
    assert not Article.objects.exists()


def test_anonymous_cannot_ingest(anon):
    assert_error(anon.post("/api/v1/articles", {"text": TEXT_ID}, format="json"), 401)


def test_a_viewer_lists_and_reads_articles_with_statements(checker, viewer):
    created = checker.post("/api/v1/articles", {"text": TEXT_ID}, format="json").json()
    listed = viewer.get("/api/v1/articles").json()
    assert [a["id"] for a in listed["results"]] == [created["id"]]
    assert "statements" in listed["results"][0]
    detail = viewer.get(f"/api/v1/articles/{created['id']}").json()
    assert detail["body"] == created["body"]


def test_a_batch_returns_202_with_a_job_that_reports_each_item(checker, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = checker.post(
            "/api/v1/articles/batch",
            {"items": [{"name": "satu", "text": TEXT_ID}, {"text": TEXT_ID}, {"html": HTML}, {"text": "   "}]},
            format="json",
        )
    assert response.status_code == 202, response.content
    job_id = response.json()["id"]
    assert response["Location"].endswith(f"/api/v1/jobs/{job_id}")
    # Tasks run eagerly in unit tests: the job ran when the request's transaction committed.
    job = checker.get(f"/api/v1/jobs/{job_id}").json()
    assert job["status"] == IngestJob.Status.DONE
    assert job["progress"]["total"] == 4 and job["progress"]["done"] == 4
    statuses = [item["status"] for item in job["items"]]
    assert statuses[0] == "ok" and statuses[1] == "duplicate" and statuses[3] == "error"
    assert job["items"][3]["error"]


def test_an_empty_batch_is_400(checker):
    assert_error(checker.post("/api/v1/articles/batch", {"items": []}, format="json"), 400)


def test_a_viewer_cannot_queue_a_batch(viewer):
    assert_error(viewer.post("/api/v1/articles/batch", {"items": [{"text": TEXT_ID}]}, format="json"), 403)


def test_a_url_is_fetched_and_ingested_once(checker, local_server):
    local_server.routes["/berita/1"] = (200, {"Content-Type": "text/html; charset=utf-8"}, HTML.encode())
    url = local_server.url("/berita/1")
    first = checker.post("/api/v1/articles", {"url": url}, format="json")
    assert first.status_code == 201, first.content
    assert first.json()["url"] == url
    again = checker.post("/api/v1/articles", {"url": url}, format="json")
    assert again.status_code == 200 and again.json()["id"] == first.json()["id"]


def test_a_private_url_is_400_when_private_fetching_is_off(checker, local_server, settings):
    settings.KUTIP_FETCH_ALLOW_PRIVATE = False
    local_server.routes["/x"] = (200, {"Content-Type": "text/html"}, HTML.encode())
    error = assert_error(checker.post("/api/v1/articles", {"url": local_server.url("/x")}, format="json"), 400,
                         "fetch_refused")
    assert "url" in error["fields"]
    assert local_server.requests == []


def test_a_url_that_answers_404_is_502(checker, local_server):
    assert_error(checker.post("/api/v1/articles", {"url": local_server.url("/gone")}, format="json"), 502,
                 "http_error")


def test_a_viewer_cannot_make_the_server_fetch(viewer, local_server):
    assert_error(viewer.post("/api/v1/articles", {"url": local_server.url("/x")}, format="json"), 403)
    assert local_server.requests == []


# ---- batches with URLs: fetched by the worker, a failed fetch is that item's error ------------


def run_batch(client, items, capture):
    """POST a batch and return (response, job as the API reports it). Tasks run eagerly in unit
    tests: the job runs when the request's transaction commits."""
    with capture(execute=True):
        response = client.post("/api/v1/articles/batch", {"items": items}, format="json")
    if response.status_code != 202:
        return response, None
    return response, client.get(f"/api/v1/jobs/{response.json()['id']}").json()


def test_a_batch_fetches_its_urls_in_the_worker(checker, local_server, django_capture_on_commit_callbacks):
    local_server.routes["/berita/2"] = (200, {"Content-Type": "text/html; charset=utf-8"}, HTML.encode())
    url = local_server.url("/berita/2")
    response, job = run_batch(checker, [{"text": TEXT_ID}, {"url": url}, {"name": "lagi", "url": url}],
                              django_capture_on_commit_callbacks)
    assert response.status_code == 202, response.content
    assert [item["status"] for item in job["items"]] == ["ok", "ok", "duplicate"]
    assert job["items"][1]["name"] == url and job["items"][2]["name"] == "lagi"
    article = Article.objects.get(pk=job["items"][1]["article"])
    assert article.url == url and "cabai" in article.body
    assert job["items"][2]["article"] == article.pk
    # The page was fetched twice (each item is its own input) but stored once, by its URL.
    assert [path for _method, path, _headers, _body in local_server.requests] == ["/berita/2", "/berita/2"]


def test_a_url_that_cannot_be_fetched_is_that_items_error_and_the_batch_goes_on(
    checker, local_server, django_capture_on_commit_callbacks, settings
):
    settings.KUTIP_MAX_INPUT_BYTES = 2000
    local_server.routes["/besar"] = (200, {"Content-Type": "text/html"}, b"x" * 5000)
    items = [{"url": local_server.url("/hilang")}, {"url": local_server.url("/besar")},
             {"url": "http://127.0.0.1:1/"}, {"text": TEXT_EN}]
    response, job = run_batch(checker, items, django_capture_on_commit_callbacks)
    assert response.status_code == 202, response.content
    assert job["status"] == IngestJob.Status.DONE
    assert [item["status"] for item in job["items"]] == ["error", "error", "error", "ok"]
    assert "HTTP 404" in job["items"][0]["error"]
    assert "limit" in job["items"][1]["error"]
    assert job["items"][2]["error"].startswith("could not fetch")
    assert job["progress"] == {"total": 4, "done": 4, "ok": 1, "duplicate": 0, "error": 3}


def test_a_batch_url_on_a_private_address_is_refused_by_the_worker(
    checker, local_server, django_capture_on_commit_callbacks, settings
):
    settings.KUTIP_FETCH_ALLOW_PRIVATE = False
    local_server.routes["/x"] = (200, {"Content-Type": "text/html"}, HTML.encode())
    response, job = run_batch(checker, [{"url": local_server.url("/x")}], django_capture_on_commit_callbacks)
    assert response.status_code == 202, response.content
    assert job["items"][0]["status"] == "error" and "non-public address" in job["items"][0]["error"]
    assert local_server.requests == []
    assert not Article.objects.exists()


@pytest.mark.parametrize("item", [
    {"url": "ftp://example.com/berita"},
    {"url": "not a url"},
    {"url": "https://example.com/a", "text": TEXT_ID},
    {"url": ""},
    {"url": 5},
])
def test_bad_batch_urls_are_400_and_nothing_is_queued(checker, item):
    assert_error(checker.post("/api/v1/articles/batch", {"items": [item]}, format="json"), 400)
    assert not IngestJob.objects.exists()


def test_a_batch_of_more_than_100_urls_is_400(checker):
    items = [{"url": f"https://example.com/berita/{i}"} for i in range(101)]
    error = assert_error(checker.post("/api/v1/articles/batch", {"items": items}, format="json"), 400)
    assert "items" in error["fields"]
    assert not IngestJob.objects.exists()


def test_a_viewer_cannot_make_the_worker_fetch(viewer, local_server):
    items = [{"url": local_server.url("/x")}]
    assert_error(viewer.post("/api/v1/articles/batch", {"items": items}, format="json"), 403)
    assert not IngestJob.objects.exists() and local_server.requests == []


def test_anonymous_cannot_queue_a_batch(anon, local_server):
    items = [{"url": local_server.url("/x")}]
    assert_error(anon.post("/api/v1/articles/batch", {"items": items}, format="json"), 401)
    assert not IngestJob.objects.exists() and local_server.requests == []


def test_an_uploaded_file_that_looks_like_an_address_is_ingested_as_text_not_fetched(local_server):
    job = ingest_job_create(inputs=[("alamat.txt", local_server.url("/x").encode()),
                                    UrlInput(name="baik", url=local_server.url("/x"))])
    ingest_job_run(job_id=job.pk)
    text, fetched = IngestItem.objects.filter(job=job).order_by("pk")
    assert text.status == "ok" and text.article.body.startswith("http://")  # stored as the text it is
    assert fetched.status == "error" and "HTTP 404" in fetched.error  # the next item still ran
    assert len(local_server.requests) == 1
    assert IngestJob.objects.get(pk=job.pk).status == IngestJob.Status.DONE
