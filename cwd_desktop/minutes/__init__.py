"""The protokół: PDF minutes (ReportLab), certificates, PAdES signing and verification (pyHanko).

No Qt here: the GUI and the CLI both call `cwd_desktop.services.minutes`.
"""
