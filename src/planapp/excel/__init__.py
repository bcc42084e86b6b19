"""Read and write workbooks in the departmental Detailed Action Plan template.

Entry points (no Qt; plain domain ``Plan`` values in and out):

* ``reader.read_workbook(path, progress=None, mapping=None) -> ImportResult`` - every plan
  sheet of a workbook as departments send them; raises ``WorkbookError`` (a message naming
  the file and the problem; ``MappingRequired`` when the columns must be mapped) or
  ``ImportCancelled``.
* ``mapping.inspect_workbook(path) -> [SheetLayout]`` - each sheet's columns and the field
  each goes to, for the import preview and ``--show-mapping``; ``mapping.mapping_key``.
* ``writer.write_workbook(plan, path, lang=None, template=None, paper="legal") -> warnings``
  - the built-in print-ready template or a department's own workbook, written atomically, in
  the plan's language unless ``lang`` says otherwise, its extra columns after the template's
  (``extra_columns``); raises ``ExportError``.

One job per module: ``safety`` (hostile files, before any XML is parsed), ``package``
(finding the workbook in the zip: Strict, relocated, backslash-named packages), ``loading``
(opening it for cell values, in planapp's words), ``tolerant`` (the values of workbooks
openpyxl rejects, through python-calamine), ``quiet`` (no library output on the terminal),
``heading_forms`` (every heading form, in one table), ``headings`` (finding the header row),
``sheet_layout`` (columns and their fields), ``titles`` (the rows above the header), ``rows``
(rows into recommendations), ``plan_building`` (a sheet's rows into a plan, with warnings),
``pagination`` (recommendations continued on further rows), ``cleaning`` (texts as a cell
holds them), ``cell_writing`` (text cells and the plan's rows), ``saving`` (atomic saves),
``record`` (the hidden sheet that makes the round trip lossless), ``extra_columns`` (a
plan's extra columns as sheet columns), ``layout`` (the built-in
template and print setup), ``template`` (filling a department's workbook),
``openpyxl_internals`` (the writer's private openpyxl access), ``errors``.
"""
