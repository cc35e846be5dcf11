"""Procedure sheet and data exports."""
