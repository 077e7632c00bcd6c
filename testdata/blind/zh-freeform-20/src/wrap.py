#!/usr/bin/env python3
"""wrap.py TEMPLATE FRAGMENT OUT: put a pandoc HTML fragment into a hand-written page at {{BODY}}."""
import sys
tpl, frag, out = sys.argv[1:4]
page = open(tpl, encoding="utf-8").read().replace("{{BODY}}", open(frag, encoding="utf-8").read())
open(out, "w", encoding="utf-8").write(page)
