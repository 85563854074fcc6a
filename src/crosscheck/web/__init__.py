"""The web UI (``crosscheck serve``): server-rendered pages and a JSON API over a store opened read-only."""
