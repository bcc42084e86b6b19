"""The formatted plan on paper and in PDF."""
