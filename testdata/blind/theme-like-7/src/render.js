// usage: node render.js THEME resume.json out.html
// Calls the npm theme's render(resume) and writes its HTML unmodified.
const path = require('path'), fs = require('fs');
const [theme, inp, out] = process.argv.slice(2);
const dir = path.join(__dirname, 'themes', 'node_modules', 'jsonresume-theme-' + theme);
const resume = JSON.parse(fs.readFileSync(inp, 'utf8'));
// Older themes read resume-schema 0.x names. Add them as aliases (same values) so the
// v1.0.0 values are printed: work.company, *.website, education.gpa, languages.name/level.
const alias = (o, from, to) => { if (o && o[from] !== undefined && o[to] === undefined) o[to] = o[from]; };
alias(resume.basics, 'url', 'website');
for (const w of resume.work || []) { alias(w, 'name', 'company'); alias(w, 'url', 'website'); }
for (const v of resume.volunteer || []) alias(v, 'url', 'website');
for (const e of resume.education || []) alias(e, 'score', 'gpa');
for (const p of (resume.projects || []).concat(resume.publications || [])) alias(p, 'url', 'website');
for (const l of resume.languages || []) { alias(l, 'language', 'name'); alias(l, 'fluency', 'level'); }
(async () => {
  let mod;
  try { mod = require(dir); }
  catch (e) { const pj = require(path.join(dir, 'package.json'));
    const entry = pj.exports?.['.']?.import?.default || pj.module;
    mod = await import('file://' + path.join(dir, entry)); }
  const render = mod.render || (mod.default && mod.default.render);
  const html = await render(resume);
  fs.writeFileSync(out, html);
})().catch(e => { console.error(e); process.exit(1); });
