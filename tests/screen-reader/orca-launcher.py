"""Starts Orca (/usr/bin/orca, with the arguments given) so that its --debug-file is written line by line.

Orca opens its debug file block-buffered, so a harness that follows the log while Orca runs would see what it
said only kilobytes late. This opens that one file line-buffered and runs Orca's own entry point unchanged.
"""
import builtins
import runpy
import sys

ORCA = "/usr/bin/orca"
DEBUG_FILE = sys.argv[sys.argv.index("--debug-file") + 1]
_open = builtins.open


def _open_debug_file_line_buffered(file, mode="r", buffering=-1, *args, **kwargs):
    if file == DEBUG_FILE and "w" in mode:
        buffering = 1
    return _open(file, mode, buffering, *args, **kwargs)


builtins.open = _open_debug_file_line_buffered
sys.argv[0] = ORCA
runpy.run_path(ORCA, run_name="__main__")
