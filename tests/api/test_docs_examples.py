"""The curl examples of docs/api.md, run as written with curl against a live server.

Each `curl` command of the ```sh blocks is taken from the page in order, `$KUTIP` and `$TOKEN`
replaced by the live server's address and a real admin token, the page's example ids (token 2,
job 9, cluster 7, review 5, speakers 12 and 4, webhook 1) by the ids of the objects that the
earlier examples made, and its answer's status checked. An example that stops working, or a main
flow that disappears from the page, fails here.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest

from claims.models import ClaimCluster, Speaker
from integrations.services import token_create

from .conftest import make_user

DOC = Path(__file__).resolve().parents[2] / "docs" / "api.md"

if shutil.which("curl") is None:
    pytest.skip("curl is not installed", allow_module_level=True)

# (method, path) -> status. A path's {id} is any number.
EXPECTED = {
    ("GET", "/api/v1/clusters"): 200,
    ("POST", "/api/v1/tokens"): 201,
    ("DELETE", "/api/v1/tokens/{id}"): 204,
    ("POST", "/api/v1/articles"): 201,
    ("POST", "/api/v1/articles/batch"): 202,
    ("GET", "/api/v1/jobs/{id}"): 200,
    ("GET", "/api/v1/claims"): 200,
    ("GET", "/api/v1/clusters/{id}"): 200,
    ("POST", "/api/v1/match"): 200,
    ("POST", "/api/v1/reviews"): 201,
    ("PATCH", "/api/v1/reviews/{id}"): 200,
    ("POST", "/api/v1/reviews/{id}/publish"): 200,
    ("GET", "/api/v1/clusters/{id}/claimreview"): 200,
    ("GET", "/api/v1/speakers"): 200,
    ("POST", "/api/v1/speakers/{id}/merge"): 200,
    ("POST", "/api/v1/webhooks"): 201,
    ("GET", "/api/v1/webhooks/{id}/deliveries"): 200,
    ("POST", "/api/v1/reconciliation-runs"): 202,
    ("GET", "/api/v1/reconciliation-runs"): 200,
}
# The flows the page must keep showing.
MAIN_FLOWS = {
    ("POST", "/api/v1/tokens"), ("POST", "/api/v1/articles"), ("GET", "/api/v1/clusters"),
    ("POST", "/api/v1/match"), ("POST", "/api/v1/reviews"), ("POST", "/api/v1/reviews/{id}/publish"),
    ("GET", "/api/v1/clusters/{id}/claimreview"),
}


def sh_blocks(text: str) -> list[str]:
    return re.findall(r"^```sh\n(.*?)^```", text, flags=re.S | re.M)


def curl_commands(block: str) -> list[str]:
    """The block's commands: lines joined across `\\` and across an open quote (a JSON body
    spread over lines); only the curl ones."""
    commands, current = [], ""
    for line in block.splitlines():
        current = f"{current}\n{line}" if current else line
        if current.endswith("\\"):
            current = current[:-1]
            continue
        try:
            shlex.split(current, comments=True)
        except ValueError:  # an unclosed quote: the command goes on
            continue
        if current.strip().startswith("curl "):
            commands.append(current.strip())
        current = ""
    assert not current, f"unfinished command in docs/api.md: {current!r}"
    return commands


def doc_examples() -> list[str]:
    return [cmd for block in sh_blocks(DOC.read_text(encoding="utf-8")) for cmd in curl_commands(block)]


def route(args: list[str], base: str) -> tuple[str, str]:
    method = "GET"
    if "-X" in args:
        method = args[args.index("-X") + 1]
    url = next(a for a in args if a.startswith(base))
    path = url[len(base):].split("?", 1)[0]
    return method, re.sub(r"/\d+(?=/|$)", "/{id}", path)


def test_the_page_has_the_main_flows():
    seen = {route(shlex.split(c.replace("$KUTIP", "http://k"), comments=True), "http://k")
            for c in doc_examples()}
    assert MAIN_FLOWS <= seen, f"missing from docs/api.md: {sorted(MAIN_FLOWS - seen)}"
    assert seen <= set(EXPECTED), f"examples with no expected status here: {sorted(seen - set(EXPECTED))}"


@pytest.fixture
def no_network(monkeypatch):
    """Nothing the examples do may reach another host: article fetching and webhook delivery
    would, so they are stubbed (and must not have been called). The batch example's `url` item
    is fetched by the worker: that fetch fails here as it would for the made-up address, and
    the example shows the batch going on without it (`worker_fetches` records it)."""
    from sources.fetching import FetchError

    calls, worker_fetches = [], []

    def refuse(*args, **kwargs):
        calls.append((args, kwargs))
        raise FetchError("network disabled in this test", "unreachable")

    def refuse_in_worker(url, **kwargs):
        worker_fetches.append(url)
        raise FetchError("network disabled in this test", "unreachable")

    monkeypatch.setattr("claims.api.fetch_url", refuse)
    monkeypatch.setattr("claims.jobs.fetch_url", refuse_in_worker)
    monkeypatch.setattr("integrations.delivery.request_pinned", refuse)
    yield worker_fetches
    assert not calls, f"an example tried to reach the network: {calls}"


def test_every_curl_example_answers_as_documented(live_server, transactional_db, tmp_path, no_network):
    admin = make_user("admin", "docs-admin")
    token = token_create(user=admin, name="docs").plaintext
    # Two speakers for the merge example (the gazetteers are not loaded here).
    merge_from = Speaker.objects.create(name="Kementan", kind=Speaker.Kind.ORGANISATION)
    merge_into = Speaker.objects.create(name="Kementerian Pertanian", kind=Speaker.Kind.ORGANISATION)
    ids = {"token": None, "job": None, "cluster": None, "review": None, "webhook": None}
    base = live_server.url
    env = {k: v for k, v in os.environ.items() if k.lower() not in {"http_proxy", "https_proxy", "all_proxy"}}

    def substitute(command: str) -> str:
        command = command.replace("$KUTIP", base).replace("$TOKEN", token)
        replacements = [
            (r"/tokens/2\b", f"/tokens/{ids['token']}"),
            (r"/jobs/9\b", f"/jobs/{ids['job']}"),
            (r"/clusters/7\b", f"/clusters/{ids['cluster']}"),
            (r'"cluster": 7\b', f'"cluster": {ids["cluster"]}'),
            (r"/reviews/5\b", f"/reviews/{ids['review']}"),
            (r"/speakers/12/", f"/speakers/{merge_from.pk}/"),
            (r'"into": 4\b', f'"into": {merge_into.pk}'),
            (r"/webhooks/1/", f"/webhooks/{ids['webhook']}/"),
        ]
        for pattern, value in replacements:
            if re.search(pattern, command):
                assert "None" not in value, f"no object yet for {pattern} in: {command}"
                command = re.sub(pattern, value, command)
        return command

    examples = doc_examples()
    assert len(examples) >= len(MAIN_FLOWS)
    ran = []
    for number, example in enumerate(examples):
        args = shlex.split(substitute(example), comments=True)
        assert args[0] == "curl" and "..." not in args, f"not runnable as written: {example}"
        key = route(args, base)
        out = tmp_path / f"body-{number}"
        result = subprocess.run(
            ["curl", "-sS", "--noproxy", "*", "--max-time", "60", "-o", str(out),
             "-w", "%{http_code} %{content_type}", *args[1:]],
            capture_output=True, text=True, env=env, timeout=90, check=False,
        )
        assert result.returncode == 0, f"curl failed for {example}: {result.stderr}"
        status, _, content_type = result.stdout.partition(" ")
        body = out.read_text(encoding="utf-8") if out.exists() else ""
        assert int(status) == EXPECTED[key], f"{key} answered {status}, not {EXPECTED[key]}: {example}\n{body[:500]}"
        data = json.loads(body) if body else None
        ran.append(key)

        # The ids the later examples use.
        if key == ("POST", "/api/v1/tokens"):
            assert data["token"].startswith("kt_") and data["name"] == "CMS plugin"
            ids["token"] = data["id"]
        elif key == ("POST", "/api/v1/articles"):
            assert data["statements"], "the example article has no statements"
            cluster = ClaimCluster.objects.filter(claims__article_id=data["id"]).order_by("pk").first()
            assert cluster is not None, "the example article made no cluster"
            ids["cluster"] = cluster.pk
        elif key == ("POST", "/api/v1/articles/batch"):
            ids["job"] = data["id"]
        elif key == ("GET", "/api/v1/jobs/{id}"):
            # As the page says: the unfetchable page is its item's error, the others are ingested.
            assert data["status"] == "done"
            assert [item["status"] for item in data["items"]] == ["ok", "ok", "error"], data["items"]
            assert data["items"][2]["error"].startswith("could not fetch the URL")
            assert no_network == ["https://news.example.com/2024/06/beras"]
        elif key == ("POST", "/api/v1/reconciliation-runs"):
            assert data["status"] == "queued" and data["poll"].startswith(f"{base}/api/v1/reconciliation-runs?")
        elif key == ("GET", "/api/v1/reconciliation-runs"):
            # Tasks run eagerly here, so the run the example asked for is over.
            assert [run["status"] for run in data["results"]] == ["succeeded"]
        elif key == ("POST", "/api/v1/reviews"):
            assert data["status"] == "draft"
            ids["review"] = data["id"]
        elif key == ("POST", "/api/v1/reviews/{id}/publish"):
            assert data["status"] == "published"
        elif key == ("GET", "/api/v1/clusters/{id}/claimreview"):
            assert content_type.startswith("application/ld+json")
            assert data["@type"] == "ClaimReview" and data["reviewRating"]["ratingValue"] == 1  # "false"
        elif key == ("POST", "/api/v1/webhooks"):
            ids["webhook"] = data["id"]
        elif key == ("DELETE", "/api/v1/tokens/{id}"):
            assert ids["token"] is not None

    assert MAIN_FLOWS <= set(ran)
    merge_from.refresh_from_db()
    assert merge_from.merged_into_id == merge_into.pk
