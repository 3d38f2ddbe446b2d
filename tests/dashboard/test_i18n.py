import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_the_language_switch_turns_the_dashboard_indonesian(login, cluster):
    client = login()
    response = client.post(reverse("set_language"), {"language": "id", "next": "/"})
    assert response.status_code == 302
    html = client.get(reverse("claims:inbox")).content.decode()
    assert '<html lang="id">' in html
    assert "Kotak masuk" in html
    assert "3 media" in html


def test_english_is_the_default(login, cluster):
    html = login().get(reverse("claims:inbox")).content.decode()
    assert '<html lang="en">' in html and "Inbox" in html
