"""Read and write workbooks in the departmental Detailed Action Plan template."""
