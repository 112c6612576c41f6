"""The web UI and JSON API: a thin Flask layer over `search.Archive`."""
from .app import create_app

__all__ = ["create_app"]
