// Renders the extension icon and the walkthrough pictures from the HTML in this folder with headless
// chromium (playwright-core from the e2e cache). usage: NODE_PATH=.vscode-test/pw/node_modules node media/render/render.js
const path = require('path');
const { chromium } = require('playwright-core');
const here = __dirname;
const media = path.dirname(here);
const jobs = [
  ['icon.html', 'icon.png', 128, 128],
  ['squiggles.html', 'walkthrough/squiggles.png', 800, 460],
  ['hover.html', 'walkthrough/hover.png', 800, 460],
  ['quickfix.html', 'walkthrough/quickfix.png', 800, 460],
  ['quotes.html', 'walkthrough/quotes.png', 800, 460],
];
(async () => {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/lib/chromium/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  for (const [src, out, w, h] of jobs) {
    const page = await browser.newPage({ viewport: { width: w, height: h }, deviceScaleFactor: 1 });
    await page.goto('file://' + path.join(here, src));
    await page.screenshot({ path: path.join(media, out), omitBackground: src === 'icon.html' });
    await page.close();
    console.log('rendered', out);
  }
  await browser.close();
})().catch((e) => { console.error(e); process.exit(1); });
