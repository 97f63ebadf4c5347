"""Evaluation: score extractions against gold annotation files (``pko-extract evaluate``).

Contract:
    gold JSON files (the corpus GUIDE.md format) + the reports they name
    -> per-field micro precision, recall and F1 over documents, per document kind, and per
    document the misses (in the gold, not extracted) and extras (extracted, not in the gold).

Modules, one responsibility each:

- :mod:`~pko_extract.evaluation.gold`: gold files and the document index (I/O, validation);
- :mod:`~pko_extract.evaluation.normalize`: name and text normalisation (pure; imports
  nothing else of the package, so gold and matching share it without a cycle);
- :mod:`~pko_extract.evaluation.matching`: name, text-slot, phrase and agenda matching (pure);
- :mod:`~pko_extract.evaluation.scoring`: one document's scores and their sums (pure);
- :mod:`~pko_extract.evaluation.run`: locating the reports, extracting and scoring them;
  subsets of gold ids (``select_ids``, ``restrict``);
- :mod:`~pko_extract.evaluation.report`: tables, JSON, Markdown and the command.

``pko_extract.evaluate`` re-exports the public names and runs as ``python -m
pko_extract.evaluate`` (it adds ``--markdown``, the results table of docs/EVALUATION.md).
"""
