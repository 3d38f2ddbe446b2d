"""Row-by-row updates of many rows in one round of statements, for the nightly job's writes.

Django's `bulk_update` writes one `CASE WHEN pk = ... THEN ...` expression per field and object,
whose building in Python costs ~1 ms a row at tens of thousands of rows; here each row is a
parameter tuple of one prepared UPDATE, sent with the driver's `executemany` (SQLite and
PostgreSQL alike). No model signals are sent and `auto_now` fields are not touched: the caller
passes every value.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from django.db import connection
from django.db.models import Model


def rows_update(model: type[Model], fields: Sequence[str], rows: Iterable[Sequence]) -> None:
    """UPDATE model SET fields... WHERE pk = ... for each row (the fields' values, then the pk).
    Foreign keys are given by field name and take the related row's id."""
    meta = model._meta
    quote = connection.ops.quote_name
    columns = ", ".join(f"{quote(meta.get_field(name).column)} = %s" for name in fields)
    sql = f"UPDATE {quote(meta.db_table)} SET {columns} WHERE {quote(meta.pk.column)} = %s"
    prepared = [meta.get_field(name) for name in fields]
    params = [
        [field.get_db_prep_save(value, connection) for field, value in zip(prepared, row[:-1], strict=True)] + [row[-1]]
        for row in rows
    ]
    if params:
        with connection.cursor() as cursor:
            cursor.executemany(sql, params)
