import os

# After a parallel product OpenBLAS keeps its threads spinning for ~0.1 s, on the two cores the
# embedding engine's threads need next: at 1M stored claims one claim's embedding took 36-97 ms
# after an IVF search instead of 16-23 (bench/bench_online_tiers.py). With the shortest timeout
# its threads sleep at once; products still run on every core. OpenBLAS reads this when numpy
# loads, and every entry point (manage.py, the WSGI app, the Celery app) imports this first.
os.environ.setdefault("OPENBLAS_THREAD_TIMEOUT", "4")

from .celery import app as celery_app  # noqa: E402

__all__ = ("celery_app",)
