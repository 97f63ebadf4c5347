"""pko-extract: reports of UN peacekeeping events -> validated Parquet tables."""

__version__ = "0.1.0"
PIPELINE_VERSION = __version__
