"""Settings come from the environment and bad values stop start-up with the variable's name."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def check_with(tmp_path, **env):
    # Start from the machine's environment without any of Kutip's own settings (CI sets several).
    ours = {"DATABASE_URL", "DEBUG", "TIME_ZONE", "SECRET_KEY", "ALLOWED_HOSTS"}
    environment = {
        k: v for k, v in os.environ.items() if k not in ours and not k.startswith(("CELERY_", "KUTIP_"))
    }
    environment.update(env, KUTIP_VAR_DIR=str(tmp_path), DJANGO_SETTINGS_MODULE="factcheck.settings")
    return subprocess.run(
        [sys.executable, "-c", "import django; django.setup(); from django.conf import settings; "
         "print(settings.DATABASES['default']['ENGINE'], settings.TIME_ZONE, settings.DEBUG, settings.CELERY_BROKER_URL)"],
        cwd=REPO, env=environment, capture_output=True, text=True, timeout=60,
    )


def test_the_defaults_run_on_one_machine(tmp_path):
    out = check_with(tmp_path)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["django.db.backends.sqlite3", "Asia/Jakarta", "False", "filesystem://"]


def test_the_secret_key_is_generated_once_into_the_var_folder(tmp_path):
    check_with(tmp_path)
    key = (tmp_path / "secret_key").read_text()
    check_with(tmp_path)
    assert len(key) > 40 and (tmp_path / "secret_key").read_text() == key


@pytest.mark.parametrize(
    ("name", "value"),
    [("DEBUG", "maybe"), ("DATABASE_URL", "nonsense"), ("TIME_ZONE", "Mars/Olympus"),
     ("KUTIP_RECONCILE_AT", "at two"), ("KUTIP_MAX_INPUT_BYTES", "-3")],
)
def test_a_bad_value_fails_loudly_with_its_name(tmp_path, name, value):
    out = check_with(tmp_path, **{name: value})
    assert out.returncode != 0
    assert name in out.stderr


def _run(code: str, **env) -> str:
    environment = {k: v for k, v in os.environ.items() if k != "OPENBLAS_THREAD_TIMEOUT"}
    environment.update(env)
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, env=environment, capture_output=True, text=True,
                         timeout=60)
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()


def test_blas_threads_do_not_spin_unless_the_operator_says_so():
    # OpenBLAS reads the variable when numpy loads: the project package sets it before that.
    code = "import sys, os, factcheck; print('numpy' in sys.modules, os.environ['OPENBLAS_THREAD_TIMEOUT'])"
    assert _run(code) == "False 4"
    assert _run(code, OPENBLAS_THREAD_TIMEOUT="12") == "False 12"
