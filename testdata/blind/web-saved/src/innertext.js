// Prints document.body.innerText of an HTML file as rendered by headless Chromium at a
// desktop window size: the text a browser puts on the clipboard after Ctrl-A / Ctrl-C
// (hidden elements dropped, block boundaries as line breaks, table cells tab-separated).
// usage: node innertext.js FILE.html > FILE.txt   (no npm packages: CDP over --remote-debugging-pipe)
const { spawn } = require('child_process');
const path = require('path');
const file = 'file://' + path.resolve(process.argv[2]);
const ch = spawn('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--remote-debugging-pipe',
  '--window-size=1366,900', 'about:blank'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] });
const out = ch.stdio[3], inp = ch.stdio[4];
let id = 0; const waiting = {}; let buf = ''; let loaded = null;
function send(method, params, sessionId) {
  return new Promise(res => { id++; waiting[id] = res;
    out.write(JSON.stringify({ id, method, params: params || {}, sessionId }) + '\0'); });
}
inp.on('data', d => { buf += d.toString('utf8'); let i;
  while ((i = buf.indexOf('\0')) >= 0) { const m = JSON.parse(buf.slice(0, i)); buf = buf.slice(i + 1);
    if (m.id && waiting[m.id]) { waiting[m.id](m); delete waiting[m.id]; }
    if (m.method === 'Page.loadEventFired' && loaded) loaded(); } });
(async () => {
  const t = await send('Target.createTarget', { url: 'about:blank' });
  const a = await send('Target.attachToTarget', { targetId: t.result.targetId, flatten: true });
  const s = a.result.sessionId;
  await send('Page.enable', {}, s);
  await send('Emulation.setDeviceMetricsOverride', { width: 1366, height: 900, deviceScaleFactor: 1, mobile: false }, s);
  const p = new Promise(r => loaded = r);
  await send('Page.navigate', { url: file }, s); await p;
  const r = await send('Runtime.evaluate', { expression: 'document.body.innerText', returnByValue: true }, s);
  process.stdout.write(r.result.result.value.replace(/\u00a0/g, ' ') + '\n');
  await send('Browser.close'); process.exit(0);
})();
