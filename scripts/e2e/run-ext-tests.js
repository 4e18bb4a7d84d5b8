// usage: node run-ext-tests.js BASE_URL WORKSPACE_DIR EXTENSION_DIR TESTS_MODULE
// Opens the VS Code workbench in headless chromium with the extension under development and its tests;
// VS Code reports the tests' exit code through codeAutomationExit (needs --enable-smoke-test-driver).
// The tests ask for a screenshot by logging "E2E_SCREENSHOT <name>": the page is saved to
// $SCREENSHOT_DIR/<name>.png (written to a temp name, then renamed, so the tests can wait for the file).
// Likewise "E2E_MEASURE_HOVER <name>" (the hover's box) and "E2E_WALKTHROUGH <name>" (the walkthrough's steps, ticked or not).
const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');
(async () => {
  const [base, folder, devPath, testsPath] = process.argv.slice(2);
  const shots = process.env.SCREENSHOT_DIR || '.';
  const authority = new URL(base).host;
  const uri = p => `vscode-remote://${authority}${p}`;
  const payload = [['extensionDevelopmentPath', uri(devPath)], ['extensionTestsPath', uri(testsPath)], ['skipWelcome', 'true']];
  const url = `${base}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/lib/chromium/chromium', headless: true,
    args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run','--disable-dev-shm-usage'] });
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  let resolveDone; const done = new Promise(r => resolveDone = r);
  const screenshot = async (name) => {
    const safe = String(name).replace(/[^\w.-]/g, '_');
    const tmp = path.join(shots, `.${safe}.tmp.png`);
    try { await page.screenshot({ path: tmp }); fs.renameSync(tmp, path.join(shots, `${safe}.png`)); console.log(`[driver] screenshot ${safe}.png`); }
    catch (e) { console.error('[driver] screenshot failed', e); }
  };
  // "E2E_MEASURE_HOVER <name>": the visible hover's box and whether its content scrolls, to $SCREENSHOT_DIR/<name>.json
  const measureHover = async (name) => {
    const safe = String(name).replace(/[^\w.-]/g, '_');
    const r = await page.evaluate(() => {
      const shown = [...document.querySelectorAll('.monaco-hover')].filter((h) => { const b = h.getBoundingClientRect(); return b.width > 0 && b.height > 0 && getComputedStyle(h).visibility !== 'hidden'; });
      return shown.map((h) => {
        const b = h.getBoundingClientRect();
        const c = h.querySelector('.monaco-hover-content') || h;
        return { top: b.top, left: b.left, bottom: b.bottom, right: b.right, width: b.width, height: b.height, scrollHeight: c.scrollHeight, clientHeight: c.clientHeight, text: h.innerText };
      });
    });
    const tmp = path.join(shots, `.${safe}.tmp.json`);
    fs.writeFileSync(tmp, JSON.stringify({ viewport: page.viewportSize(), hovers: r }, null, 1));
    fs.renameSync(tmp, path.join(shots, `${safe}.json`));
  };
  // "E2E_WALKTHROUGH <name>": the steps of the walkthrough on screen and whether each is ticked, to $SCREENSHOT_DIR/<name>.json
  const walkthroughSteps = async (name) => {
    const safe = String(name).replace(/[^\w.-]/g, '_');
    const steps = await page.evaluate(() => [...document.querySelectorAll('button.getting-started-step')]
      .filter((b) => b.getBoundingClientRect().width > 0)
      .map((b) => ({ id: b.getAttribute('data-step-id'), checked: b.getAttribute('aria-checked') === 'true', text: b.innerText.split('\n')[0] })));
    const tmp = path.join(shots, `.${safe}.tmp.json`);
    fs.writeFileSync(tmp, JSON.stringify({ steps }, null, 1));
    fs.renameSync(tmp, path.join(shots, `${safe}.json`));
  };
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const line = (args || []).map(String).join(' ');
    const m = /E2E_SCREENSHOT (\S+)/.exec(line);
    if (m) { screenshot(m[1]); return; }
    const h = /E2E_MEASURE_HOVER (\S+)/.exec(line);
    if (h) { measureHover(h[1]).catch((e) => console.error('[driver] measure failed', e)); return; }
    const w = /E2E_WALKTHROUGH (\S+)/.exec(line);
    if (w) { walkthroughSteps(w[1]).catch((e) => console.error('[driver] walkthrough failed', e)); return; }
    console[type] ? console[type](...args) : console.log(...args);
  });
  await page.exposeFunction('codeAutomationExit', code => resolveDone(code));
  page.on('console', m => { if (process.env.VERBOSE || m.type() === 'error') console.log('[page:' + m.type() + ']', m.text().slice(0, 300)); });
  const timer = setTimeout(async () => { console.error('TIMEOUT'); await screenshot('e2e-timeout'); process.exit(124); }, +(process.env.TEST_TIMEOUT_MS || 300000));
  await page.goto(url);
  const code = await done;
  clearTimeout(timer);
  await browser.close();
  console.log('extension tests exit code', code);
  process.exit(code);
})().catch(e => { console.error(e); process.exit(2); });
