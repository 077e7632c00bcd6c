#!/usr/bin/env node
// Render a JSON Resume with a published theme: node render.js RESUME.json THEME OUT.html
// THEME is the short name (flat) or the package name (jsonresume-theme-flat).
// Stylesheets that the theme links from its own package are inlined so that the
// page is self-contained; links to CDNs stay as they are (no network here: the
// page then looks like a saved page opened offline).
// (A copy of ../themes/render.js, with packageDir() added for colophon.)
const fs = require('fs');
const path = require('path');

// The theme's own folder (for its stylesheets). Themes whose package.json has an
// "exports" field without "./package.json" (colophon) cannot be resolved by
// PKG/package.json: the folder is found by walking up from the main module.
function packageDir(pkg) {
  try {
    return path.dirname(require.resolve(pkg + '/package.json'));
  } catch (e) {
    if (e.code !== 'ERR_PACKAGE_PATH_NOT_EXPORTED') throw e;
    let dir = path.dirname(require.resolve(pkg));
    while (!fs.existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
    return dir;
  }
}

async function main() {
  const [resumePath, theme, outPath] = process.argv.slice(2);
  if (!resumePath || !theme || !outPath) {
    console.error('usage: node render.js RESUME.json THEME OUT.html');
    process.exit(2);
  }
  const pkg = theme.startsWith('jsonresume-theme-') ? theme : 'jsonresume-theme-' + theme;
  const resume = JSON.parse(fs.readFileSync(resumePath, 'utf8'));
  let mod;
  try {
    mod = require(pkg);
  } catch (e) {
    if (e.code !== 'ERR_REQUIRE_ESM') throw e;
    mod = await import(pkg);
  }
  const render = mod.render || (mod.default && mod.default.render) || mod.default;
  if (typeof render !== 'function') throw new Error(pkg + ' exports no render()');
  let html = await render(resume);
  if (typeof html !== 'string' || html.trim() === '') throw new Error(pkg + ' rendered nothing');
  const dir = packageDir(pkg);
  html = html.replace(/<link\b[^>]*\bhref=["']([^"']+\.css)["'][^>]*>/gi, (tag, href) => {
    if (/^(https?:)?\/\//i.test(href)) return tag;
    const f = path.join(dir, href.replace(/^file:\/\//, ''));
    return fs.existsSync(f) ? '<style>\n' + fs.readFileSync(f, 'utf8') + '\n</style>' : tag;
  });
  if (!/<meta[^>]+charset/i.test(html)) {
    html = html.replace(/<head([^>]*)>/i, '<head$1><meta charset="utf-8">');
  }
  fs.writeFileSync(outPath, html);
}

main().catch((e) => {
  console.error(e && e.stack ? e.stack : String(e));
  process.exit(1);
});
