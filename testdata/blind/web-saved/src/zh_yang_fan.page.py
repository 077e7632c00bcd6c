#!/usr/bin/python3
"""Writes zh_yang_fan.html: the repository page github.com/yangfan-data/resume as a browser saves it
("Save page as… HTML only"): site chrome around README.md rendered as GitHub Flavored Markdown (pandoc)."""
import subprocess, sys, os
here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
body = subprocess.run(["pandoc", "-f", "gfm", "-t", "html5", os.path.join(here, "zh_yang_fan.md")],
                      capture_output=True, text=True, check=True).stdout
page = open(os.path.join(here, "src", "zh_yang_fan.chrome.html"), encoding="utf-8").read()
open(os.path.join(here, "zh_yang_fan.html"), "w", encoding="utf-8").write(page.replace("<!--README-->", body))
