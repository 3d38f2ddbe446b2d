"""Moving the test database between migrations, for the tests of data migrations."""

from django.db import connection
from django.db.migrations.executor import MigrationExecutor


def _executor() -> MigrationExecutor:
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    return executor


def migrate(target: tuple[str, str]) -> None:
    _executor().migrate([target])


def migrate_to_latest() -> None:
    """Where every other test expects the schema: a test that went back must end here."""
    executor = _executor()
    executor.migrate(executor.loader.graph.leaf_nodes())


def model_at(target: tuple[str, str], name: str):
    """The model `name` of the claims app as it was at `target`: rows made with today's model
    would name columns that the schema at `target` does not have yet."""
    return _executor().loader.project_state([target]).apps.get_model("claims", name)
