"""Shallow and deep copy operations."""
