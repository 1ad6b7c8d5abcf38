/**
 * Search in Debian Chromium on the fixture site served over HTTP: German plurals and compounds, weapon
 * aliases, facets, keyboard-only use, and search and reading with the network cut after the first visit.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function fresh(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  return { context, page: await context.newPage() };
}

/** Types a query into the dialog (opened with Ctrl+K) and returns the result URLs. */
async function dialogSearch(page: Page, query: string): Promise<string[]> {
  await page.keyboard.press('Control+k');
  const input = page.locator('#suchdialog-eingabe');
  await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
  await input.fill(query);
  const links = page.locator('#suchdialog-treffer a');
  await expect.poll(() => links.count(), { timeout: 15_000 }).toBeGreaterThan(0);
  return links.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

async function resultTexts(page: Page): Promise<string[]> {
  return page.locator('#suchdialog-treffer a').allTextContents();
}

describe('search', () => {
  it('finds a compound by its last part: "Rakete" finds "Kurzstreckenraketen", "Geschoss" finds "Artilleriegeschosse"', async () => {
    const { context, page } = await fresh();
    await page.goto(`${baseUrl}/`);
    // All results, not only the first screen: the index must contain the compound's parts.
    // A string, not a function: the test runner would rewrite a dynamic import() in a function's source.
    const contents = (query: string) =>
      page.evaluate(`(async () => {
        const pagefind = await import('/pagefind/pagefind.js');
        const search = await pagefind.search(${JSON.stringify(query)});
        const data = await Promise.all(search.results.map((r) => r.data()));
        return data.map((d) => d.content).join('\\n');
      })()`) as Promise<string>;
    expect(await contents('Rakete')).toMatch(/Kurzstreckenraketen/);
    expect(await contents('Geschoss')).toMatch(/Artilleriegeschosse/);
    expect(await contents('Haubitze')).toMatch(/Haubitzen/);
    await context.close();
  });

  it('finds a weapon by an alias: "Hwasong-11" leads to the KN-23 page', async () => {
    const { context, page } = await fresh();
    await page.goto(`${baseUrl}/`);
    const urls = await dialogSearch(page, 'Hwasong-11');
    expect(urls.slice(0, 3)).toContain('/waffen/kn-23/');
    await context.close();
  });

  it('shows the type and, for claims, the stance of each result, with the match marked', async () => {
    const { context, page } = await fresh();
    await page.goto(`${baseUrl}/`);
    await dialogSearch(page, 'Haubitzen');
    const first = page.locator('#suchdialog-treffer li').first();
    expect(await first.locator('.search-result-type').textContent()).toMatch(/^(Artikel|Behauptung|Waffe|Glossar|Quelle)$/);
    expect(await page.locator('#suchdialog-treffer mark').count()).toBeGreaterThan(0);
    const claim = page.locator('#suchdialog-treffer li', { has: page.locator('.search-result-type', { hasText: 'Behauptung' }) }).first();
    expect(await claim.locator('.badge').textContent()).toMatch(/Tatsachenbehauptung|Zugeschrieben|Unbestätigt|Spekulativ|Wertung/);
    await context.close();
  });

  it('narrows results with a facet on the search page', async () => {
    const { context, page } = await fresh();
    await page.goto(`${baseUrl}/suche/?q=Nordkorea`);
    const results = page.locator('#suchseite-treffer li');
    await expect.poll(() => results.count(), { timeout: 15_000 }).toBeGreaterThan(1);
    const facet = page.locator('fieldset[data-facet="typ"] input[value="Waffe"]');
    await facet.check();
    await expect.poll(async () => [...new Set(await results.locator('.search-result-type').allTextContents())]).toEqual(['Waffe']);
    await context.close();
  });

  it('can be used with the keyboard only', async () => {
    const { context, page } = await fresh();
    await page.goto(`${baseUrl}/`);
    await page.keyboard.press('Control+k');
    await page.keyboard.type('Koksan');
    const links = page.locator('#suchdialog-treffer a');
    await expect.poll(() => links.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await page.keyboard.press('ArrowDown');
    const target = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
    expect(target).toContain(baseUrl);
    await page.keyboard.press('Escape');
    expect(await page.locator('#suchdialog').evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-search-open'))).toBe(true);
    await page.keyboard.press('Control+k');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.href.startsWith(target.split('?')[0]!));
    await expect.poll(() => page.locator('.search-hit').count()).toBeGreaterThan(0);
    await context.close();
  });
});

describe('offline', () => {
  it('reloads pages and searches with the network cut after the first visit', async () => {
    const { context, page } = await fresh();
    await page.goto(`${baseUrl}/`);
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      return registration.active?.state;
    });
    // Wait until the worker has cached the site.
    await expect.poll(() => page.evaluate(async () => (await caches.keys()).length), { timeout: 30_000 }).toBeGreaterThan(0);
    await expect.poll(() => page.evaluate(async () => (await (await caches.open((await caches.keys())[0]!)).keys()).length), { timeout: 30_000 }).toBeGreaterThan(20);
    await context.setOffline(true);
    const response = await page.reload();
    expect(response?.ok() ?? true).toBe(true);
    expect(await page.locator('h1').first().textContent()).toBeTruthy();
    const hrefs = await page.locator('main a[href^="/artikel/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    const article = hrefs.find((href) => /^\/artikel\/[^/]+\/$/.test(href));
    expect(article).toBeDefined();
    await page.goto(`${baseUrl}${article}`);
    expect(await page.locator('article h1').textContent()).toBeTruthy();
    const urls = await dialogSearch(page, 'Haubitzen');
    expect(urls.length).toBeGreaterThan(0);
    await context.close();
  });
});
