#!/usr/bin/env python3
"""Make a theme's rendered HTML self-contained: no network at all.

- external <link rel=stylesheet> whose URL is a known CDN copy of an npm package
  (Bootstrap, Bootswatch, Tachyons, Font Awesome, normalize.css) is replaced by
  an inline <style> with that package's local file from src/themes/node_modules;
  Font Awesome's web font is inlined as a data: URL;
- every other external stylesheet, script, font, icon and image is dropped;
- @import url(http...) and @font-face blocks with remote sources are dropped.

Usage: localize.py IN.html OUT.html
"""
import base64
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
NM = os.path.join(HERE, 'themes', 'node_modules')


def read(p):
    with open(os.path.join(NM, p), encoding='utf-8') as f:
        return f.read()


def fa_css():
    css = read('font-awesome/css/font-awesome.min.css')
    with open(os.path.join(NM, 'font-awesome/fonts/fontawesome-webfont.woff2'), 'rb') as f:
        b64 = base64.b64encode(f.read()).decode()
    face = ("@font-face{font-family:'FontAwesome';src:url(data:font/woff2;base64,%s) format('woff2');"
            "font-weight:normal;font-style:normal}" % b64)
    css = re.sub(r'@font-face\{[^}]*\}', face, css, count=1)
    return css


LOCAL = [
    (r'bootswatch/3\.\d\.\d/yeti/bootstrap(\.min)?\.css', lambda: read('bootswatch/yeti/bootstrap.min.css')),
    (r'bootstrap@5[^"\']*/bootstrap(\.min)?\.css', lambda: read('bootstrap5/dist/css/bootstrap.min.css')),
    (r'bootstrap/3\.\d\.\d/css/bootstrap(\.min)?\.css', lambda: read('bootstrap3/dist/css/bootstrap.min.css')),
    (r'twitter-bootstrap/3\.\d\.\d/css/bootstrap(\.min)?\.css', lambda: read('bootstrap3/dist/css/bootstrap.min.css')),
    (r'tachyons@4[^"\']*/tachyons(\.min)?\.css', lambda: read('tachyons/css/tachyons.min.css')),
    (r'font-awesome/4\.7\.0/css/font-awesome(\.min)?\.css', fa_css),
    (r'normalize/8\.0\.1/normalize(\.min)?\.css', lambda: read('normalize.css/normalize.css')),
]

EXT = r'(?:https?:)?//'


def local_css(url):
    for pat, fn in LOCAL:
        if re.search(pat, url):
            css = fn()
            # bootstrap/bootswatch reference their own remote fonts: drop
            css = re.sub(r'@import url\([^)]*\);?', '', css)
            return css
    return None


def localize(html):
    def link(m):
        tag = m.group(0)
        href = re.search(r'href\s*=\s*["\']([^"\']*)["\']', tag)
        if not href:
            return tag
        url = href.group(1)
        rel = re.search(r'rel\s*=\s*["\']?([\w -]+)', tag)
        rel = rel.group(1).lower() if rel else ''
        if 'stylesheet' in rel and re.match(EXT, url):
            css = local_css(url)
            return '<style>%s</style>' % css if css else ''
        if 'icon' in rel or 'preconnect' in rel or 'dns-prefetch' in rel or 'manifest' in rel:
            return ''
        return tag
    html = re.sub(r'<link\b[^>]*>', link, html, flags=re.I)
    # external scripts
    html = re.sub(r'<script\b[^>]*\bsrc\s*=\s*["\']?' + EXT + r'[^>]*>\s*</script>', '', html, flags=re.I)
    # remote @import inside <style>
    html = re.sub(r'@import\s+url\(\s*["\']?' + EXT + r'[^)]*\)\s*;?', '', html, flags=re.I)
    html = re.sub(r'@import\s+["\']' + EXT + r'[^"\']*["\']\s*;?', '', html, flags=re.I)

    # @font-face blocks with remote sources
    def face(m):
        return '' if re.search(r'url\(\s*["\']?' + EXT, m.group(0)) else m.group(0)
    html = re.sub(r'@font-face\s*\{[^}]*\}', face, html, flags=re.I)
    # remote images (gravatar etc.)
    html = re.sub(r'<img\b[^>]*\bsrc\s*=\s*["\']?' + EXT + r'[^>]*>', '', html, flags=re.I)
    # any remaining remote url() in CSS (background images)
    html = re.sub(r'url\(\s*["\']?' + EXT + r'[^)]*\)', 'none', html, flags=re.I)
    return html


if __name__ == '__main__':
    src = open(sys.argv[1], encoding='utf-8').read()
    out = localize(src)
    left = re.findall(r'(?:src|href)\s*=\s*["\']?((?:https?:)?//[^"\'\s>]+)', out)
    res = [u for u in left if re.search(r'\.(css|js|woff2?|ttf|png|jpe?g|gif|svg)(\?|$)', u)]
    if res:
        sys.stderr.write('localize: resources left: %s\n' % res)
    with open(sys.argv[2], 'w', encoding='utf-8') as f:
        f.write(out)
