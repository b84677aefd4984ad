// Screenshots of every workbench page at 1366×768 and on a phone-sized window, for looking at them.
// Usage: node scripts/screenshots.mjs http://127.0.0.1:8080/ OUT_FOLDER   (a running dossier serve; Debian's chromium)
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const [base = 'http://127.0.0.1:8080/', out = 'screenshots'] = process.argv.slice(2);
const pages = [
  ['overview', '/'],
  ['matrix', '/tasks'],
  ['matrix-filtered', '/tasks?status=missing&overdue=1'],
  ['task', '/tasks/24'],
  ['units', '/units'],
  ['unit', `/units/${encodeURIComponent('住建局')}`],
  ['issues', '/issues'],
  ['source', null],
  ['outputs', '/outputs'],
  ['submit', '/submit?task=24'],
];
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium' });
for (const [size, viewport] of [
  ['desktop', { width: 1366, height: 768 }],
  ['phone', { width: 390, height: 844 }],
]) {
  const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
  for (const [name, path] of pages) {
    if (path === null) {
      await page.goto(new URL('/issues', base).href);
      await page.locator('main h3 a').first().click();
    } else await page.goto(new URL(path, base).href);
    await page.waitForLoadState('load');
    await page.screenshot({ path: join(out, `${size}-${name}.png`), fullPage: process.env.FULL === '1' });
  }
  await page.close();
}
await browser.close();
console.log(`screenshots in ${out}/`);
