"""Conflict profiles shipped with crosscheck (YAML; see crosscheck.resolve.profiles)."""
