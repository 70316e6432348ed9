// The real-browser check of gilsim's reports (see report-check.sh, which starts JupyterLab and
// passes its address). In Chromium, for JupyterLab's light and dark themes, a trusted notebook,
// the same notebook untrusted (its HTML goes through JupyterLab's sanitizer) and an nbconvert
// HTML export opened from disk, it checks that every chart image is loaded and visible, that the
// tables are there, that no chart text leaks into the page, and that no text has (nearly) the
// colour of its background; it takes screenshots for a person to look at.
//
// usage: node report-check.js CONFIG.json   (keys: chromium, base, token, trusted, untrusted,
//        exports: [html paths], out, phase: "execute" to run and save the notebook, else "check")
const { chromium } = require('playwright-core');
const fs = require('fs');
const path = require('path');

const config = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const failures = [];
const summary = [];

function fail(where, what) {
  failures.push(`${where}: ${what}`);
  console.log(`FAIL ${where}: ${what}`);
}

// Words that only appear inside the charts: seeing them as page text means an SVG leaked.
const CHART_ONLY_WORDS = ['GIL handed to this thread', 'stored count (what the interpreter reads)',
  'runs, no GIL needed', 'ideal: one thread per core', 'the same work in each row: shorter is faster'];

/** Checks the outputs under `root` (a CSS selector) in the current page. */
async function checkOutputs(page, where, root, expectImages) {
  // The reports (HTML with tables or charts); other outputs (the crash's error, streams) are
  // JupyterLab's own rendering of the kernel's text: their contrast is only reported.
  const others = page.locator(root).filter({ hasNotText: 'sanitizer' }).filter({ hasNot: page.locator('table, img') });
  for (let i = 0; i < await others.count(); i++) {
    const ratio = await others.nth(i).evaluate((el) => el.innerText.length);
    if (ratio > 0) console.log(`note ${where}: output without a report (${ratio} characters of text, e.g. an error)`);
  }
  const outputs = page.locator(root).filter({ hasNotText: 'sanitizer' }).filter({ has: page.locator('table, img') });
  const n = await outputs.count();
  let images = 0;
  let tables = 0;
  let worst = { ratio: 99, text: '' };
  for (let i = 0; i < n; i++) {
    const output = outputs.nth(i);
    await output.scrollIntoViewIfNeeded();
    await page.waitForTimeout(150);
    const r = await output.evaluate((el, words) => {
      const parse = (s) => {
        const m = /rgba?\(([^)]+)\)/.exec(s);
        if (!m) return null;
        const p = m[1].split(',').map((x) => parseFloat(x));
        return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 };
      };
      const lum = (c) => {
        const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b);
      };
      // The colour behind an element: its own and its ancestors' backgrounds, composited.
      const background = (e) => {
        const layers = [];
        for (let x = e; x; x = x.parentElement) {
          const c = parse(getComputedStyle(x).backgroundColor);
          if (c && c.a > 0) { layers.push(c); if (c.a >= 1) break; }
        }
        let bg = { r: 255, g: 255, b: 255 };
        for (let k = layers.length - 1; k >= 0; k--) {
          const c = layers[k];
          bg = { r: c.r * c.a + bg.r * (1 - c.a), g: c.g * c.a + bg.g * (1 - c.a), b: c.b * c.a + bg.b * (1 - c.a) };
        }
        return bg;
      };
      const imgs = [...el.querySelectorAll('img')].map((img) => {
        const box = img.getBoundingClientRect();
        return { svg: img.src.startsWith('data:image/svg+xml'), loaded: img.complete && img.naturalWidth > 0,
          w: box.width, h: box.height, alt: img.alt.length };
      });
      let worst = { ratio: 99, text: '' };
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let t = walker.nextNode(); t; t = walker.nextNode()) {
        const text = t.textContent.trim();
        if (!text) continue;
        const host = t.parentElement;
        const style = getComputedStyle(host);
        if (style.visibility === 'hidden' || style.display === 'none') continue;
        const fg = parse(style.color);
        const bg = background(host);
        const a = fg.a;
        const mixed = { r: fg.r * a + bg.r * (1 - a), g: fg.g * a + bg.g * (1 - a), b: fg.b * a + bg.b * (1 - a) };
        const l1 = lum(mixed); const l2 = lum(bg);
        const ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
        if (ratio < worst.ratio) worst = { ratio, text: text.slice(0, 60), color: style.color };
      }
      // A table must fit the output area: no horizontal scrolling at 1280 px (issue 5).
      const area = el.getBoundingClientRect();
      const wide = [...el.querySelectorAll('table')].map((t) => t.getBoundingClientRect())
        .filter((b) => b.right > area.right + 1).map((b) => Math.round(b.width));
      const scrolled = [...el.querySelectorAll('div')].filter((d) => d.scrollWidth > d.clientWidth + 1).length;
      const text = el.innerText;
      return { imgs, tables: el.querySelectorAll('table').length, worst, wide, scrolled, areaWidth: Math.round(area.width),
        leaked: words.filter((w) => text.includes(w)), svgTags: el.querySelectorAll('svg').length };
    }, CHART_ONLY_WORDS);
    for (const img of r.imgs) {
      if (!img.svg) continue;
      images++;
      if (!img.loaded) fail(where, `output ${i}: a chart image did not load`);
      if (!(img.w > 100 && img.h > 50)) fail(where, `output ${i}: a chart image is ${img.w}x${img.h} px`);
      if (img.alt < 20) fail(where, `output ${i}: a chart has no alt words`);
    }
    tables += r.tables;
    if (r.wide.length || r.scrolled) {
      fail(where, `output ${i}: a table is wider than the ${r.areaWidth} px output area (${r.wide.join(', ')} px; `
        + `${r.scrolled} scrolling boxes)`);
    }
    if (r.leaked.length) fail(where, `output ${i}: chart text leaked into the page: ${r.leaked.join(', ')}`);
    if (r.svgTags) fail(where, `output ${i}: inline <svg> in the page`);
    if (r.worst.ratio < worst.ratio) worst = r.worst;
  }
  if (images < expectImages) fail(where, `${images} chart images, expected ${expectImages}`);
  if (tables < 2) fail(where, `${tables} tables, expected the throughput and compare tables`);
  if (worst.ratio < 3) fail(where, `text "${worst.text}" has contrast ${worst.ratio.toFixed(2)} with its background`);
  summary.push({ where, outputs: n, images, tables, lowestContrast: Number(worst.ratio.toFixed(2)), lowestText: worst.text });
  console.log(`ok   ${where}: ${n} outputs, ${images} chart images, ${tables} tables, lowest contrast ${worst.ratio.toFixed(2)} ("${worst.text}")`);
}

/** The sanitizer's positive control (make_notebook.py): SVG kept when trusted, its text leaked when not. */
async function checkCanary(page, where, trusted) {
  const canary = await page.evaluate(() => {
    const out = [...document.querySelectorAll('.jp-OutputArea-output')]
      .find((o) => o.textContent.includes('sanitizer-canary'));
    return out ? { svg: out.querySelectorAll('svg').length, text: out.innerText.includes('sanitizer-canary') } : null;
  });
  if (!canary) {
    if (!trusted) fail(where, 'the sanitizer canary is missing');
    return;
  }
  if (trusted && canary.svg !== 1) fail(where, 'the canary SVG was removed from a trusted output');
  if (!trusted && (canary.svg !== 0 || !canary.text)) fail(where, 'the sanitizer did not run on the untrusted copy');
  console.log(`ok   ${where}: sanitizer canary ${trusted ? 'rendered as SVG' : 'stripped to loose words'}`);
}

async function shoot(page, name, root) {
  const outputs = page.locator(root).filter({ hasNotText: 'sanitizer' });
  const n = await outputs.count();
  for (let i = 0; i < n; i++) {
    const file = path.join(config.out, `${name}-output${i + 1}.png`);
    await outputs.nth(i).screenshot({ path: file });
  }
  await page.screenshot({ path: path.join(config.out, `${name}-window.png`) });
}

async function openNotebook(page, file, execute) {
  const app = () => page.evaluate(() => Boolean(window.jupyterapp));
  await page.goto(`${config.base}/lab/tree/${file}?token=${config.token}&reset`);
  await page.waitForFunction(() => window.jupyterapp && document.querySelector('.jp-NotebookPanel'), null,
    { timeout: 60000 });
  if (!(await app())) throw new Error('JupyterLab did not expose its app');
  if (execute) {
    const idle = () => page.waitForFunction(() => {
      const kernel = window.jupyterapp.shell.currentWidget.sessionContext.session?.kernel;
      return kernel && kernel.status === 'idle';
    }, null, { timeout: 120000 });
    await idle();
    // Cell by cell, not "run all": the crash cell ends in an error (SimulatedCrash), which would
    // stop a run-all before the %%compare.
    const cells = await page.evaluate(() => window.jupyterapp.shell.currentWidget.content.widgets.length);
    for (let i = 0; i < cells; i++) {
      await page.evaluate(async (k) => {
        const notebook = window.jupyterapp.shell.currentWidget.content;
        notebook.activeCellIndex = k;
        await window.jupyterapp.commands.execute('notebook:run-cell');
      }, i);
      await idle();
    }
    await page.waitForFunction(() => document.querySelectorAll('.jp-OutputArea-output img').length >= 4, null,
      { timeout: 180000 });
    await page.evaluate(() => window.jupyterapp.commands.execute('docmanager:save'));
  }
  await page.waitForFunction(() => document.querySelectorAll('.jp-OutputArea-output').length >= 2, null,
    { timeout: 60000 });
}

async function setTheme(page, theme) {
  await page.evaluate((t) => window.jupyterapp.commands.execute('apputils:change-theme', { theme: t }), theme);
  await page.waitForFunction((dark) => document.body.dataset.jpThemeLight === (dark ? 'false' : 'true'),
    theme.includes('Dark'), { timeout: 30000 });
  await page.waitForTimeout(800);
}

(async () => {
  fs.mkdirSync(config.out, { recursive: true });
  const browser = await chromium.launch({
    executablePath: config.chromium,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  // Tall enough that a whole report output fits on screen for its screenshot.
  const context = await browser.newContext({ viewport: { width: 1280, height: 2200 } });
  const page = await context.newPage();
  const output = '.jp-OutputArea-output';
  try {
    if (config.phase === 'execute') {
      // Live mode, first pass: the kernel runs the cells, JupyterLab saves (and signs) the notebook.
      await openNotebook(page, config.trusted, true);
      await browser.close();
      process.exit(failures.length ? 1 : 0);
    }
    for (const [file, label] of [[config.trusted, 'trusted'], [config.untrusted, 'untrusted']]) {
      await openNotebook(page, file, false);
      // The untrusted copy is only a test of the sanitizer if JupyterLab really distrusts it.
      const trust = await page.evaluate(() => {
        const cells = window.jupyterapp.shell.currentWidget.content.model.cells;
        const states = [];
        for (let i = 0; i < cells.length; i++) {
          const c = cells.get(i);
          if (c.type === 'code' && c.outputs.length) states.push(c.trusted);
        }
        return states;
      });
      if (trust.length === 0 || !trust.every((t) => t === (label === 'trusted'))) {
        fail(`JupyterLab ${label}`, `cells with outputs have trusted = ${JSON.stringify(trust)}`);
      }
      await checkCanary(page, `JupyterLab ${label}`, label === 'trusted');
      for (const [theme, short] of [['JupyterLab Light', 'light'], ['JupyterLab Dark', 'dark']]) {
        await setTheme(page, theme);
        const where = `JupyterLab ${short}, ${label}`;
        await checkOutputs(page, where, output, 4);
        await shoot(page, `lab-${short}-${label}`, output);
      }
    }
    for (const file of config.exports) {
      await page.goto('file://' + file);
      await page.waitForLoadState('load');
      const name = path.basename(file, '.html');
      await checkOutputs(page, `nbconvert ${name}`, '.jp-OutputArea-output', 4);
      await page.screenshot({ path: path.join(config.out, `${name}.png`), fullPage: true });
    }
  } catch (e) {
    fail('browser', e.message);
    await page.screenshot({ path: path.join(config.out, 'error.png') }).catch(() => {});
  }
  await browser.close();
  fs.writeFileSync(path.join(config.out, 'summary.json'), JSON.stringify({ summary, failures }, null, 2));
  console.log(failures.length ? `${failures.length} check(s) failed` : 'all browser checks passed');
  process.exit(failures.length ? 1 : 0);
})();
