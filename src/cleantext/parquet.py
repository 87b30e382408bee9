"""Parquet in and out, with pyarrow: the ``parquet`` extra, imported when a Parquet file comes or goes.

Reading streams a file one row group at a time: each row of the ``--field`` column (a string column)
is a record; ``--id-field`` and ``--site-field`` name the columns that identify a row and name its
site. A file whose text column is missing or not a string column is refused as a whole; a null
cell is a bad record (as a JSON ``null`` is). Parquet needs to seek: a compressed file or standard
input is first copied to a temporary file.

Writing (:class:`ParquetWriter`) keeps the rows of a Parquet input as they came but for the cleaned
column (and ``cleantext_removed`` with ``--explain``): every other column is the very Arrow array read,
each row group is written as one row group, with the input's schema, metadata and compression. A
record that fails is left out (``--on-error keep``: its value is kept). Records of other formats are
written as the columns ``id``, ``url`` and ``text``.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from typing import Any, BinaryIO, NamedTuple

from .errors import FormatError, require_module
from .records import BatchItem, Job, Meta, Record, Result, too_large

__all__ = ["ParquetWriter", "Row", "split_rows"]

#: Rows of records from other formats gathered before they are written as one row group.
GROUP_ROWS = 10_000
GROUP_BYTES = 32 << 20


def _pyarrow() -> tuple[Any, Any]:
    """``pyarrow`` and ``pyarrow.parquet``, imported when first needed."""
    return require_module("pyarrow", "parquet", "Parquet"), require_module("pyarrow.parquet", "parquet", "Parquet")


class _File(NamedTuple):
    """What the writer needs of a Parquet input: its schema and each column's compression."""

    schema: Any
    compression: str | dict[str, str] | None


class _Group:
    """A row group being cleaned; its rows' items hold it until the last is written."""

    __slots__ = ("column", "file", "size", "table")

    def __init__(self, table: Any, column: int, file: _File) -> None:
        self.table = table
        self.column = column
        self.file = file
        self.size = table.num_rows


class Row(NamedTuple):
    """A record's place in its row group (the :attr:`~cleantext.records.Record.hold` of a Parquet row)."""

    group: _Group
    index: int


def _compression(metadata: Any) -> str | dict[str, str] | None:
    if metadata.num_row_groups == 0:
        return None
    group = metadata.row_group(0)
    codecs = {}
    for index in range(group.num_columns):
        column = group.column(index)
        codecs[column.path_in_schema] = "none" if column.compression == "UNCOMPRESSED" else column.compression.lower()
    return next(iter(codecs.values())) if len(set(codecs.values())) == 1 else codecs


def _is_text(pa: Any, kind: Any) -> bool:
    view = getattr(pa.types, "is_string_view", lambda _: False)
    return bool(pa.types.is_string(kind) or pa.types.is_large_string(kind) or view(kind))


def _column(schema: Any, name: str | None, option: str) -> int | str | None:
    """The index of column ``name`` (``None``: not asked for); or why there is no such column."""
    if name is None:
        return None
    index = schema.get_field_index(name)
    if index < 0:
        names = ", ".join(schema.names[:12]) + (", ..." if len(schema.names) > 12 else "")
        return f"no column {name!r} ({option}; its columns: {names})"
    return index


def _values(table: Any, index: int | None) -> list[Any] | None:
    if index is None:
        return None
    return [None if value is None else str(value) for value in table.column(index).to_pylist()]


def split_rows(handle: BinaryIO, job: Job, limit: int) -> Iterator[Record]:
    """Each row of the ``job.field`` column as a record, one row group read at a time."""
    pa, pq = _pyarrow()
    spooled = None
    if not handle.seekable():
        spooled = tempfile.TemporaryFile()  # noqa: SIM115  (closed below)
        shutil.copyfileobj(handle, spooled, 1 << 20)
        spooled.seek(0)
        handle = spooled
    try:
        try:
            parquet = pq.ParquetFile(handle)
        except (pa.ArrowException, OSError) as problem:
            yield Record(None, problem=f"not a Parquet file: {problem}")
            return
        schema = parquet.schema_arrow
        columns = [_column(schema, job.field, "--field"), _column(schema, job.id_field, "--id-field")]
        columns.append(_column(schema, job.site_field, "--site-field"))
        problem = next((found for found in columns if isinstance(found, str)), None)
        if problem is None and not _is_text(pa, schema.field(columns[0]).type):
            problem = f"column {job.field!r} is {schema.field(columns[0]).type}, not text (a string column)"
        if problem is not None:
            yield Record(None, problem=problem)
            return
        text, ids, urls = columns
        file = _File(schema, _compression(parquet.metadata))
        rows = 0
        for number in range(parquet.num_row_groups):
            try:
                table = parquet.read_row_group(number)
            except (pa.ArrowException, OSError) as problem:
                raise FormatError(f"row group {number}: {problem}") from None
            group = _Group(table, text, file)
            values, names, sites = table.column(text).to_pylist(), _values(table, ids), _values(table, urls)
            del table
            for index in range(len(values)):
                rows += 1
                meta = Meta(names[index] if names else None, sites[index] if sites else None)
                value, values[index] = values[index], None  # held by the record only
                if value is None:
                    yield Record(
                        None, rows, f"column {job.field!r} is null, not text", meta=meta, hold=Row(group, index)
                    )
                    continue
                data = value.encode("utf-8", "surrogatepass")
                del value
                problem = too_large(len(data), limit) if limit and len(data) > limit else None
                record = [
                    Record(None if problem else data, rows, problem, len(data), meta=meta, hold=Row(group, index))
                ]
                del data
                yield record.pop()
        if not rows:
            yield Record(None, problem="empty input, no rows")
    finally:
        if spooled is not None:
            spooled.close()


class _Drain:
    """Where pyarrow writes: bytes kept until :meth:`take` hands them to the output."""

    def __init__(self) -> None:
        self.parts: list[bytes] = []
        self.written = 0
        self.closed = False

    def write(self, data: bytes) -> int:
        self.parts.append(bytes(data))
        self.written += len(data)
        return len(data)

    def tell(self) -> int:
        return self.written

    def flush(self) -> None:
        pass

    def close(self) -> None:
        self.closed = True

    def take(self) -> bytes:
        data = b"".join(self.parts)
        self.parts.clear()
        return data


_REMOVED = "cleantext_removed"


class ParquetWriter:
    """One Parquet output: see the module's notes. :meth:`write` and :meth:`close` return the bytes to
    add to the output file (pyarrow writes a row group at a time, and the footer at the end)."""

    def __init__(self, job: Job) -> None:
        self.pa, self.pq = _pyarrow()
        self.job = job
        self.drain = _Drain()
        self.writer: Any = None
        self.schema: Any = None
        self.group: _Group | None = None
        self.values: list[object] = []  # the group's new text values, row by row
        self.kept: list[bool] = []
        self.removed: list[object] = []
        self.rows: dict[str, list[object]] = {"id": [], "url": [], "text": [], _REMOVED: []}
        self.pending = 0  # bytes of text in ``rows``

    def _removed_type(self) -> Any:
        pa = self.pa
        entry = pa.struct([("line", pa.int64()), ("step", pa.string()), ("reason", pa.string()), ("text", pa.string())])
        return pa.list_(entry)

    def _open(self, schema: Any, compression: str | dict[str, str] | None) -> None:
        if self.writer is not None:
            if not schema.equals(self.schema):
                raise FormatError("its columns differ from those of the Parquet output's first input (use -o DIR)")
            return
        self.schema = schema
        options = {} if compression is None else {"compression": compression}
        try:
            self.writer = self.pq.ParquetWriter(self.drain, schema, **options)
        except (self.pa.ArrowException, ValueError):  # a codec this pyarrow cannot write: its default
            self.writer = self.pq.ParquetWriter(self.drain, schema)

    def write(self, item: BatchItem, result: Result | None, keep: bool) -> bytes:
        """Add one record: cleaned (``result``), or failed (``None``: left out, or with ``keep`` kept as it came)."""
        if isinstance(item.hold, Row):
            self._add_row(item.hold, result, keep)
        elif result is not None:
            self._add_record(result)
        return self.drain.take()

    def _add_row(self, row: Row, result: Result | None, keep: bool) -> None:
        if row.group is not self.group:
            self._write_group()
            self.group = row.group
        assert self.group is not None
        kept = result is not None or keep
        if result is None and keep:
            value: object = self.group.table.column(self.group.column)[row.index].as_py()
        else:
            value = result.text if result is not None else None
        self.values.append(value)
        self.kept.append(kept)
        self.removed.append(list(result.removed) if result is not None and result.removed is not None else None)
        if row.index == self.group.size - 1:
            self._write_group()

    def _write_group(self) -> None:
        group, self.group = self.group, None
        if group is None:
            return
        pa = self.pa
        table = group.table.slice(0, len(self.values))
        field = table.schema.field(group.column)
        table = table.set_column(group.column, field, pa.array(self.values, type=field.type))
        schema = group.file.schema
        if self.job.explain:
            column = pa.array(self.removed, type=self._removed_type())
            if _REMOVED in table.schema.names:
                table = table.set_column(table.schema.get_field_index(_REMOVED), _REMOVED, column)
            else:
                table = table.append_column(_REMOVED, column)
            if _REMOVED not in schema.names:
                schema = schema.append(pa.field(_REMOVED, self._removed_type()))
            else:
                schema = schema.set(schema.get_field_index(_REMOVED), pa.field(_REMOVED, self._removed_type()))
        if not all(self.kept):
            table = table.filter(pa.array(self.kept))
        self.values, self.kept, self.removed = [], [], []
        self._open(schema, group.file.compression)
        self.writer.write_table(table.replace_schema_metadata(schema.metadata), row_group_size=max(table.num_rows, 1))

    def _add_record(self, result: Result) -> None:
        meta = result.meta or Meta()
        self.rows["id"].append(meta.id)
        self.rows["url"].append(meta.url)
        self.rows["text"].append(result.text)
        self.rows[_REMOVED].append(list(result.removed) if result.removed is not None else None)
        self.pending += len(result.text or "")
        if len(self.rows["text"]) >= GROUP_ROWS or self.pending >= GROUP_BYTES:
            self._write_records()

    def _write_records(self) -> None:
        pa = self.pa
        fields = [pa.field("id", pa.string()), pa.field("url", pa.string()), pa.field("text", pa.string())]
        if self.job.explain:
            fields.append(pa.field(_REMOVED, self._removed_type()))
        schema = pa.schema(fields)
        self._open(schema, None)
        if self.rows["text"]:
            table = pa.table(
                {field.name: pa.array(self.rows[field.name], type=field.type) for field in fields}, schema=schema
            )
            self.writer.write_table(table)
        self.rows = {name: [] for name in self.rows}
        self.pending = 0

    def close(self) -> bytes:
        """Write what is gathered and the file's footer; return the last bytes of the output."""
        self._write_group()
        if self.rows["text"] or self.writer is None:
            self._write_records()
        self.writer.close()
        return self.drain.take()
