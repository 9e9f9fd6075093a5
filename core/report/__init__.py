"""The report for the ticket: a scan as one self-contained HTML file, the saved scan JSON, and the
plain-text summary of one VM for the clipboard. Qt-free; the GUI and the CLI call it."""
