"""Prefect flows of pko-extract (thin wrappers around the library; see flows/pipeline.py)."""
