import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from claims.models import IngestJob

pytestmark = pytest.mark.django_db
INGEST = reverse("claims:ingest")


def test_pasted_text_and_files_become_one_batch_with_results(login, seed_bytes, django_capture_on_commit_callbacks):
    client = login("checker")
    files = [SimpleUploadedFile("seed.txt", seed_bytes), SimpleUploadedFile("kosong.html", b"<html></html>")]
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(INGEST, {"text": "", "files": files, "urls": ""})
    job = IngestJob.objects.get()
    assert response.url == reverse("claims:ingest_job", args=[job.pk])
    html = client.get(response.url).content.decode()
    assert "seed.txt" in html and "kosong.html" in html
    assert "Ingested" in html and "Error" in html
    assert 'value="100"' in html
    assert "hx-trigger" not in html  # finished: the page stops polling


def test_a_running_batch_polls_a_partial(login):
    from claims.models import IngestItem

    client = login("checker")
    job = IngestJob.objects.create(created_by=client.user)
    IngestItem.objects.create(job=job, name="a.txt", payload=b"x")
    page = client.get(reverse("claims:ingest_job", args=[job.pk])).content.decode()
    assert 'hx-trigger="every 1s"' in page and "<html" in page
    partial = client.get(reverse("claims:ingest_job", args=[job.pk]), HTTP_HX_REQUEST="true").content.decode()
    assert "<html" not in partial and "0 of 1 done" in partial


def test_an_error_keeps_what_was_typed(login):
    response = login("checker").post(INGEST, {"text": "teks saya <b>penting</b>", "urls": "bukan alamat",
                                              "files": [SimpleUploadedFile("a.pdf", b"%PDF")]})
    assert response.status_code == 400
    html = response.content.decode()
    assert "teks saya &lt;b&gt;penting&lt;/b&gt;" in html
    assert "bukan alamat" in html
    assert "a.pdf is not a .txt or .html file." in html
    assert not IngestJob.objects.exists()


def test_an_empty_form_says_what_to_do(login):
    response = login("checker").post(INGEST, {"text": "  "})
    assert response.status_code == 400
    assert "Paste some text" in response.content.decode()


def test_web_addresses_are_fetched_by_the_worker_and_a_failed_fetch_is_that_items_error(
        login, monkeypatch, seed_bytes, django_capture_on_commit_callbacks):
    from sources.fetching import FetchError

    def fake_fetch(url):
        if "gagal" in url:
            raise FetchError("the host refused the connection")
        return seed_bytes, url + "?final", "text/plain"

    monkeypatch.setattr("claims.jobs.fetch_url", fake_fetch)
    client = login("checker")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(INGEST, {"urls": "https://gagal.example/a\nhttps://berita.example/a"})
    job = IngestJob.objects.get()
    assert response.url == reverse("claims:ingest_job", args=[job.pk])
    failed, fetched = job.items.order_by("pk")
    assert failed.status == "error" and "the host refused the connection" in failed.error
    assert fetched.status == "ok" and fetched.article.url == "https://berita.example/a?final"
    page = client.get(response.url).content.decode()
    assert "the host refused the connection" in page


def test_the_progress_page_query_count_does_not_grow_with_items(login, django_assert_max_num_queries):
    from claims.models import IngestItem

    client = login("checker")
    job = IngestJob.objects.create(created_by=client.user)
    IngestItem.objects.bulk_create([IngestItem(job=job, name=f"{i}.txt", payload=b"x" * 1000) for i in range(25)])
    with django_assert_max_num_queries(7):
        client.get(reverse("claims:ingest_job", args=[job.pk]), HTTP_HX_REQUEST="true")
