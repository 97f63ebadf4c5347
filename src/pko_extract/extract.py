"""Stage orchestration for one report: Document -> validated Extraction.

(Placeholder signature; the real implementation lands with segment/recognize/parse.)
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from pko_extract.models import Document, Extraction


def extract_documents(docs: Iterable[Document], nlp=None, gazetteer=None) -> Iterator[Extraction]:
    """Extract every document, running spaCy over them in batches (nlp.pipe)."""
    raise NotImplementedError


def extract_document(doc: Document, nlp=None, gazetteer=None) -> Extraction:
    """Extract one document."""
    return next(iter(extract_documents([doc], nlp=nlp, gazetteer=gazetteer)))
