#!/usr/bin/env node
// Make a rendered page smaller without changing what it shows:
//   node slim.js PAGE.html --purge       drop the CSS rules that match nothing in
//                                         the page (PurgeCSS, as a site built with
//                                         a CSS framework ships it)
//   node slim.js PAGE.html --drop-fonts  drop @font-face rules whose font is
//                                         embedded as a data: URI (the text falls
//                                         back to the next family named, as in a
//                                         page saved without its web fonts)
// The page is rewritten in place. Used by ../render-themes-more.sh for themes
// whose pages would otherwise weigh 400-700 KB each.
const fs = require('fs');
const { PurgeCSS } = require('purgecss');

const STYLE = /(<style\b[^>]*>)([\s\S]*?)(<\/style>)/gi;
const EMBEDDED_FONT = /@font-face\s*\{[^}]*url\(\s*["']?data:[^}]*\}/gi;

// class names as frameworks write them: md:w-16, print:pb-0, w-1/2
const extractor = (content) => content.match(/[^<>"'`\s]*[^<>"'`\s:]/g) || [];

async function purge(html) {
  const styles = [];
  html.replace(STYLE, (_, open, css) => styles.push(css));
  if (styles.length === 0) return html;
  const content = html.replace(STYLE, '$1$3');
  const result = await new PurgeCSS().purge({
    content: [{ raw: content, extension: 'html' }],
    css: styles.map((raw) => ({ raw })),
    defaultExtractor: extractor,
    keyframes: true,
    variables: true,
  });
  let k = 0;
  return html.replace(STYLE, (_, open, css, close) => open + '\n' + result[k++].css + '\n' + close);
}

function dropFonts(html) {
  return html.replace(STYLE, (_, open, css, close) => open + css.replace(EMBEDDED_FONT, '') + close);
}

async function main() {
  const [page, ...opts] = process.argv.slice(2);
  const known = new Set(['--purge', '--drop-fonts']);
  if (!page || opts.length === 0 || opts.some((o) => !known.has(o))) {
    console.error('usage: node slim.js PAGE.html --purge|--drop-fonts...');
    process.exit(2);
  }
  let html = fs.readFileSync(page, 'utf8');
  if (opts.includes('--drop-fonts')) html = dropFonts(html);
  if (opts.includes('--purge')) html = await purge(html);
  fs.writeFileSync(page, html);
}

main().catch((e) => {
  console.error(`slim.js: ${process.argv[2]}: ${e && e.message ? e.message : String(e)}`);
  process.exit(1);
});
