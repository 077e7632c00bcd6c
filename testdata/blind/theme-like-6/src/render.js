// Render one résumé with its npm JSON Resume theme.
// usage: node render.js NAME OUT.html   (reads resumes/NAME.json and themes.json)
// The résumé is a JSON Resume v1.0.0 document.  Many themes were written for
// the older schema (work.company, website, gpa, languages.name/level,
// certifications …), so legacy aliases are added here, as a user of those
// themes would have written them; the values are the same.
'use strict';
const fs = require('fs');
const path = require('path');
const [name, out] = process.argv.slice(2);
const conf = JSON.parse(fs.readFileSync(path.join(__dirname, 'themes.json'), 'utf8'))[name];
const resume = JSON.parse(fs.readFileSync(path.join(__dirname, 'resumes', name + '.json'), 'utf8'));
const themeName = conf.theme;
const theme = require(path.join(__dirname, 'themes', 'node_modules', themeName));

const r = JSON.parse(JSON.stringify(resume));
const each = (xs, f) => (xs || []).forEach(f);
if (r.basics && r.basics.url) r.basics.website = r.basics.url;
each(r.work, w => { w.company = w.name; if (w.url) w.website = w.url; });
each(r.volunteer, v => { if (v.url) v.website = v.url; });
each(r.publications, p => { if (p.url) p.website = p.url; });
each(r.education, e => { if (e.score) e.gpa = e.score; });
each(r.projects, p => { if (p.roles) p.role = p.roles.join(' / '); });
if (themeName === 'jsonresume-theme-jacrys') each(r.languages, l => { l.name = l.language; });

const levelNum = { master: 5, expert: 5, advanced: 4, intermediate: 3, beginner: 2 };
if (themeName === 'jsonresume-theme-elite') {
  each(r.languages, l => { l.name = l.language; l.level = l.fluency; });
  each(r.skills, s => { if (s.level) s.level = String(levelNum[s.level.toLowerCase()] || s.level); });
  each(r.references, x => { if (x['x-title']) x.position = x['x-title']; });
  r.certifications = (r.certificates || []).map(c => ({ title: c.name, awarder: c.issuer, date: c.date }));
}
if (themeName === 'jsonresume-theme-dave') {
  // dave: military service goes to its own "experience" list, certificates to
  // the legacy "certifications" list, and every date must be a string.
  r.experience = (r.work || []).filter(w => w['x-section'] === 'military')
    .map(w => ({ organization: w.name, position: w.position, startDate: w.startDate, endDate: w.endDate || '',
                 summary: w.summary, highlights: w.highlights }));
  r.work = (r.work || []).filter(w => w['x-section'] !== 'military');
  r.certifications = (r.certificates || []).map(c => ({ name: c.name, startDate: c.date, endDate: '' }));
  for (const k of ['work', 'volunteer', 'education']) each(r[k], x => { if (!x.endDate) x.endDate = ''; if (!x.startDate) x.startDate = ''; });
  each(r.publications, p => { if (!p.releaseDate) p.releaseDate = ''; });
  each(r.awards, a => { if (!a.date) a.date = ''; });
}
Object.assign(r, conf.options || {});

(async () => {
  const html = await theme.render(r);
  fs.writeFileSync(out, html);
})().catch(e => { console.error('render failed:', name, e && e.stack || e); process.exit(1); });
