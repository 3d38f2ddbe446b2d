import os
from pathlib import Path

import pytest

from factcheck.celery import app as celery_app

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SEED = REPO / "seeds" / "detiknews-putin-korut-2024-05-25.txt"


@pytest.fixture(autouse=True)
def _celery_mode(request):
    """Tasks run in-process in unit tests; tests marked `worker` go through the real worker that
    .ci/run starts, and are skipped where none runs."""
    if request.node.get_closest_marker("worker"):
        if not os.environ.get("KUTIP_CELERY_WORKER"):
            pytest.skip("needs a running Celery worker (KUTIP_CELERY_WORKER=1, see .ci/run)")
        celery_app.conf.task_always_eager = False
    else:
        celery_app.conf.task_always_eager = True
    yield


@pytest.fixture(autouse=True)
def _meaning_tier(request, settings):
    """Embedding costs ~60 ms a claim: only tests marked `meaning` run the meaning tier."""
    settings.KUTIP_MEANING = bool(request.node.get_closest_marker("meaning"))


@pytest.fixture
def seed_bytes() -> bytes:
    return SEED.read_bytes()


@pytest.fixture
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the checkout")
    return SHARED
