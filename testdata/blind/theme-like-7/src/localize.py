#!/usr/bin/env python3
"""Make a theme's HTML self-contained (no network), leaving the theme's markup alone.

- Remote stylesheets / scripts that are CDN copies of npm packages are inlined from
  src/themes/node_modules (Font Awesome 4.7.0 and 5/6 "free", Bootstrap 3.3.7, Material Icons,
  Material Design Lite 1.3.0); icon fonts become woff2 data: URLs.
- Every other remote resource (Google Fonts, analytics, jQuery plugins, Gravatar) is dropped.
- kards embeds two full-page background photos (base64 JPEG, ~3 MB) and eleven WOFF web fonts
  (~1 MB); the photos become a 1x1 transparent GIF and the fonts are dropped (system fonts are
  used), to keep the set small. The text is unaffected.
usage: localize.py IN.html OUT.html
"""
import base64, os, re, sys

NM = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'themes', 'node_modules')
GIF = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7'

def rd(p):
    with open(os.path.join(NM, p), encoding='utf-8') as f:
        return f.read()

def datafont(p):
    with open(os.path.join(NM, p), 'rb') as f:
        return 'data:font/woff2;base64,' + base64.b64encode(f.read()).decode()

def fa4():
    css = rd('font-awesome/css/font-awesome.min.css')
    return re.sub(r'src:url\([^;]*;src:url\([^;]*;',
                  "src:url(%s) format('woff2');" % datafont('font-awesome/fonts/fontawesome-webfont.woff2'), css)

def fa_free(name):
    """Font Awesome free CSS; each webfont is embedded once (alias @font-face rules that
    reuse a file already embedded are dropped, to keep the page small)."""
    css = rd('@fortawesome/fontawesome-free/css/%s' % name)
    seen = set()
    def face(m):
        block = m.group(0)
        f = re.search(r'url\(\.\./webfonts/([a-z0-9-]+\.woff2)\)', block)
        if not f:
            return block
        if f.group(1) in seen:
            return ''
        seen.add(f.group(1))
        return block.replace(f.group(0), 'url(%s)' % datafont('@fortawesome/fontawesome-free/webfonts/' + f.group(1)))
    return re.sub(r'@font-face\{[^}]*\}', face, css)

def bootstrap3():
    css = rd('bootstrap/dist/css/bootstrap.min.css')
    return re.sub(r'@font-face\{font-family:\'Glyphicons Halflings\';[^}]*\}', '', css)

def material_icons():
    css = rd('material-icons/iconfont/filled.css')
    return re.sub(r'url\("?\./?(material-icons\.woff2)"?\)',
                  lambda m: 'url(%s)' % datafont('material-icons/iconfont/' + m.group(1)), css)

KNOWN_CSS = [
    (r'font-awesome/4\.\d\.\d/css/font-awesome(\.min)?\.css', fa4),
    (r'fontawesome\.com/releases/v5[^"\']*/css/all\.css', lambda: fa_free('all.min.css')),
    (r'fontawesome\.com/releases/v5[^"\']*/css/v4-shims\.css', lambda: fa_free('v4-shims.min.css')),
    (r'bootstrap/3\.3\.7/css/bootstrap(\.min)?\.css', bootstrap3),
    (r'fonts\.googleapis\.com/icon\?family=Material\+Icons', material_icons),
]
KNOWN_JS = [
    (r'code\.getmdl\.io/1\.3\.0/material(\.min)?\.js', lambda: rd('material-design-lite/material.min.js')),
]

def is_remote(u):
    return bool(re.match(r'(https?:)?//', u.strip()))

def css_for(url):
    for pat, fn in KNOWN_CSS:
        if re.search(pat, url):
            return fn()
    return None

def main(inp, out):
    html = open(inp, encoding='utf-8').read()
    def link(m):
        tag = m.group(0)
        h = re.search(r'href\s*=\s*["\']([^"\']+)["\']', tag)
        if not h or 'stylesheet' not in tag or not is_remote(h.group(1)):
            return tag
        css = css_for(h.group(1))
        return '<style>%s</style>' % css if css else ''
    html = re.sub(r'<link\b[^>]*>', link, html, flags=re.I)
    def script(m):
        tag, src = m.group(0), m.group(1)
        if not is_remote(src):
            return tag
        for pat, fn in KNOWN_JS:
            if re.search(pat, src):
                return '<script>%s</script>' % fn()
        return ''
    html = re.sub(r'<script\b[^>]*\bsrc\s*=\s*["\']([^"\']+)["\'][^>]*>\s*</script>', script, html, flags=re.I)
    # inline scripts that pull remote code (analytics)
    html = re.sub(r'<script\b[^>]*>(?:(?!</script>).)*(google-analytics|_gat\.|gtag\()(?:(?!</script>).)*</script>', '', html, flags=re.S | re.I)
    def imp(m):
        css = css_for(m.group(1))
        return css if css else ''
    html = re.sub(r'@import\s+url\(\s*["\']?([^"\')]+)["\']?\s*\)\s*;?', lambda m: imp(m) if is_remote(m.group(1)) else m.group(0), html)
    html = re.sub(r'url\(\s*["\']?(https?:)?//[^)"\']*["\']?\s*\)', 'url(data:,)', html)
    html = re.sub(r'(<img\b[^>]*\bsrc\s*=\s*["\'])((https?:)?//[^"\']*)(["\'])', lambda m: m.group(1) + GIF + m.group(4), html, flags=re.I)
    html = re.sub(r'data:image/(jpeg|png);base64,[A-Za-z0-9+/=]{20000,}', GIF, html)
    # web fonts the theme itself embeds as WOFF data: URLs (kards: 11 faces, ~1 MB) -> system fonts
    html = re.sub(r'data:(font/woff|application/(x-)?font-woff);base64,[A-Za-z0-9+/=]+', 'data:,', html)
    open(out, 'w', encoding='utf-8').write(html)
    left = re.findall(r'(?:src|href)\s*=\s*["\']((?:https?:)?//[^"\']+)', html)
    left = [u for u in left if not re.search(r'<a\b', u)]
    return 0

if __name__ == '__main__':
    sys.exit(main(*sys.argv[1:3]))
