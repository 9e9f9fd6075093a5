"""Every rendering of a scan, Qt-free; the GUI and the CLI call it: the `scan` command's text (`scan_text`)
and streamed JSON (`scan_json`), the report for the ticket as one self-contained HTML file (`html`), the
saved scan JSON (`saved_scan`), and the plain-text summary of one VM for the clipboard (`ticket`)."""
