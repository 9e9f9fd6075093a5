"""Backup Doctor's core: facts from Azure, checks, findings. Imports nothing from Qt."""

__version__ = "0.1.0"
