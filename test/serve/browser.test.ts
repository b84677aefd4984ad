// The workbench in a real browser (Debian's chromium through playwright-core): what the office and a department do.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePng } from '../fixtures/import/make-files.js';
import { exampleWorkspace, makeCodes, startOn } from './server.js';

let browser: Browser;
let server: Awaited<ReturnType<typeof startOn>>;
let codes: Map<string, string>;

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: process.env['CHROMIUM'] ?? '/usr/bin/chromium' });
  const dir = exampleWorkspace();
  codes = await makeCodes(dir);
  server = await startOn(dir, { requireSignIn: true });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** A new browser window signed in with the code of `who`. */
async function signedIn(who: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
  await page.goto(server.url);
  await expect.poll(() => page.url()).toContain('/sign-in');
  await page.fill('#code', codes.get(who)!);
  await page.click('button[type=submit]');
  await page.waitForURL(server.url);
  return page;
}

describe('the office', () => {
  it('finds the departments that owe evidence in two clicks', async () => {
    const page = await signedIn('创建办');
    await expect.poll(() => page.locator('h1').first().textContent()).toContain('总览');
    const first = page.locator('section.panel table tbody tr td a').first();
    const unit = (await first.textContent())!;
    await first.click();
    await page.waitForURL(/\/units\//);
    expect(await page.locator('h2').first().textContent()).toContain(`${unit}待办事项`);
    expect(await page.locator('main table').first().locator('tbody tr').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('filters the matrix and opens a task', async () => {
    const page = await signedIn('创建办');
    const missing = Number(await page.locator('a.card.miss .n').first().textContent());
    await page.click('nav >> text=任务矩阵');
    await page.waitForURL(/\/tasks$/);
    expect(await page.locator('a.tile').count()).toBe(87);
    await page.selectOption('select[name=status]', 'missing');
    await page.waitForURL(/status=missing/);
    expect(await page.locator('a.tile').count()).toBe(missing);
    expect(await page.locator('a.tile.missing').count()).toBe(missing);
    const tile = page.locator('a.tile').first();
    const id = await tile.getAttribute('data-task');
    await tile.click();
    await page.waitForURL(new RegExp(`/tasks/${id}$`));
    expect(await page.locator('h1').textContent()).toContain(`任务 ${id}`);
    expect(await page.locator('.badge.s-missing').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('follows a diagnostic to the line of the file', async () => {
    const page = await signedIn('创建办');
    await page.click('nav >> text=问题');
    const link = page.locator('main .diag a[href^="/source/"]').first();
    const href = (await link.getAttribute('href'))!;
    await link.click();
    await page.waitForURL(/\/source\//);
    const line = /#L(\d+)$/.exec(href)?.[1];
    if (line) {
      expect(await page.locator(`#L${line}`).evaluate((el) => el.matches(':target'))).toBe(true);
    }
    expect(await page.locator('pre.src span.ln').count()).toBeGreaterThan(3);
    await page.close();
  });

  it('sees an edit on disk without reloading', async () => {
    const page = await signedIn('创建办');
    await page.goto(new URL('/tasks/24', server.url).href);
    const fileLink = page.locator('main .panel h3 + p a').first();
    const file = (await fileLink.textContent())!;
    const path = join(server.dir, 'dossiers', file);
    const text = readFileSync(path, 'utf8');
    const title = /^title: (.*)$/m.exec(text)![1]!;
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
    const t0 = Date.now();
    writeFileSync(path, text.replace(`title: ${title}`, 'title: 磁盘上改过的标题'));
    await expect.poll(() => page.locator('main').textContent(), { timeout: 5000, interval: 50 }).toContain('磁盘上改过的标题');
    const elapsed = Date.now() - t0;
    // The same page, updated in place (no reload), and soon (the issue asks for two seconds).
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
    expect(elapsed).toBeLessThan(5000);
    await page.close();
  });
});

describe('a department', () => {
  it('submits evidence with a photo, which the office then sees checked and finds in the next report', async () => {
    const unit = '住建局';
    const page = await signedIn(unit);
    await page.goto(new URL(`/units/${encodeURIComponent(unit)}`, server.url).href);
    const submitLink = page.locator('a', { hasText: '在网页上报送' }).first();
    await submitLink.click();
    await page.waitForURL(/\/submit\?/);
    const task = new URL(page.url()).searchParams.get('task')!;
    await page.fill('#title', '网页报送的堤防整治材料');
    await page.fill('#date', '2021-06-25');
    await page.selectOption('#status', '已完成');
    await page.fill('#body', '已完成城区段堤防隐患排查整治，共整治隐患点 12 处。（示例）');
    // The photo is dropped on the drop zone, as a clerk drags it from a folder.
    const png = makePng(64, 48).toString('base64');
    await page.evaluate((b64) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([bytes], '堤防现场照片.png', { type: 'image/png' }));
      document.querySelector('#drop-files')!.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, png);
    expect(await page.locator('#drop-files .names').textContent()).toContain('堤防现场照片.png');
    await page.click('button[type=submit]');
    await page.waitForURL(new RegExp(`/tasks/${task}\\?saved=`));
    expect(await page.locator('#verdict').textContent()).toContain('已保存');
    expect(await page.locator('main').textContent()).toContain('网页报送的堤防整治材料');
    await page.close();

    const office = await signedIn('创建办');
    await office.goto(new URL(`/tasks/${task}`, server.url).href);
    expect(await office.locator('main').textContent()).toContain('网页报送的堤防整治材料');
    const img = office.locator('main img[alt="附件/T' + task + '-网页报送的堤防整治材料/堤防现场照片.png"], main img').last();
    expect(await img.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBe(64);

    await office.click('nav >> text=输出');
    await office.click('#rebuild');
    await expect.poll(() => office.locator('#rebuild-status').textContent(), { timeout: 170_000, interval: 500 }).toContain('已生成');
    const [download] = await Promise.all([office.waitForEvent('download'), office.locator('a', { hasText: '自评报告（PDF）' }).click()]);
    const pdf = await download.path();
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(text).toContain('网页报送的堤防整治材料');
    await office.close();
  }, 200_000);
});
