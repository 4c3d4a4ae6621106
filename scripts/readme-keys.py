#!/usr/bin/env python3
"""Rewrite the key table in README.md from `hearsay keys --markdown` (the defaults,
no user keymap). ReadmeKeyTableTests fails when the README is stale."""
import os, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
binary = os.path.join(ROOT, ".build", "debug", "hearsay")
table = subprocess.run([binary, "keys", "--markdown"], capture_output=True, text=True, check=True,
                       env={"HOME": "/nonexistent", "PATH": "/usr/bin:/bin"}).stdout
path = os.path.join(ROOT, "README.md")
text = open(path, encoding="utf-8").read()
start = text.index("| Keys | Does | Where |")
end = text.index("\n\n", start) + 1
open(path, "w", encoding="utf-8").write(text[:start] + table + text[end:])
