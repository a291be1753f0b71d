"""Reusable widgets: field editors and delegates, filters, panels, pages and cards."""
