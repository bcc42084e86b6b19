"""The plan as a Word document (python-docx): the template's table, landscape, in a language."""
