import pytest
from django.urls import reverse

from claims.models import ReconciliationRun

pytestmark = pytest.mark.django_db


def test_it_lists_runs_with_counts_and_durations(login):
    ReconciliationRun.objects.create(status="succeeded", duration_seconds=12.34,
                                     counts={"clusters_stats_changed": 7})
    html = login().get(reverse("claims:operations")).content.decode()
    assert "clusters_stats_changed: 7" in html
    assert "12.3 s" in html
    assert "Start a reconciliation run" not in html


def test_an_admin_starts_a_run(login, cluster):
    client = login("admin")
    assert "Start a reconciliation run" in client.get(reverse("claims:operations")).content.decode()
    response = client.post(reverse("claims:reconcile_start"))
    assert response.status_code == 302
    assert ReconciliationRun.objects.filter(status="succeeded").count() == 1


def test_its_query_count_does_not_grow_with_runs(login, django_assert_max_num_queries):
    ReconciliationRun.objects.bulk_create([ReconciliationRun(status="succeeded") for _ in range(30)])
    client = login()
    with django_assert_max_num_queries(6):
        client.get(reverse("claims:operations"))
