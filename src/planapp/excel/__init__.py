"""Read and write workbooks in the departmental Detailed Action Plan template.

Entry points (no Qt; plain domain ``Plan`` values in and out):

* ``reader.read_workbook(path, progress=None) -> ImportResult`` - every plan sheet of a
  workbook as departments send them; raises ``WorkbookError`` (a message naming the file
  and the problem) or ``ImportCancelled``.
* ``writer.write_workbook(plan, path, lang="en", template=None, paper="legal") -> warnings``
  - the built-in print-ready template or a department's own workbook, written atomically;
  raises ``ExportError``.

One job per module: ``safety`` (hostile files, before any XML is parsed), ``package``
(finding the workbook in the zip: Strict, relocated, backslash-named packages), ``loading``
(opening it for cell values, in planapp's words), ``tolerant`` (the values of workbooks
openpyxl rejects, through python-calamine), ``quiet`` (no library output on the terminal),
``headings`` (finding the header row), ``pagination`` (recommendations continued on further
rows), ``record`` (the hidden sheet that makes the round trip lossless), ``layout`` (the
built-in template and print setup), ``template`` (filling a department's workbook),
``openpyxl_internals`` (the writer's private openpyxl access), ``errors``.
"""
