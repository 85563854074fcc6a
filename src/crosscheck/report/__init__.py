"""Report and export: context builders, Jinja templates, and the exporters (JSON, CSV)."""
