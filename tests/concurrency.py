"""Run a function in several threads at the same instant: the races the database must settle."""

import threading

from django.db import connection


def run_at_once(fn, times: int = 2) -> list:
    """Call `fn()` in `times` threads released together by a barrier; their results, in the order
    they finished. Each thread closes its own database connection (Django opens one per thread)."""
    barrier = threading.Barrier(times)
    results = []

    def call():
        try:
            barrier.wait()
            results.append(fn())
        finally:
            connection.close()

    threads = [threading.Thread(target=call) for _ in range(times)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results
