"""planapp: keep a department's Detailed Action Plan as data."""

__version__ = "0.1.0"
