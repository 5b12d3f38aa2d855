"""The collection store: many articles' summaries in one SQLite file, queryable across articles.

:class:`Store` opens (or creates) the file; :func:`save_article` writes one finished article whole, in
one transaction; :mod:`summarizer.store.query` answers the questions asked across articles and
streams flat rows for export. The schema is :data:`summarizer.store.schema.SCHEMA`.
"""

from summarizer.store.db import Store, StoreTotals, connect
from summarizer.store.save import ArticleIdentity, date_bounds, save_article
from summarizer.store.schema import SCHEMA, SCHEMA_VERSION

__all__ = [
    "SCHEMA", "SCHEMA_VERSION", "ArticleIdentity", "Store", "StoreTotals", "connect", "date_bounds", "save_article",
]
