/**
 * Browser tests on the fixture site served over HTTP on 127.0.0.1 (Pagefind does not work from file://).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser.ts';

const baseUrl = inject('baseUrl');
const site = inject('siteDir');
let browser: Browser;
let page: Page;
const externalRequests: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
  page.on('request', (request) => {
    if (!request.url().startsWith(baseUrl) && !request.url().startsWith('data:')) externalRequests.push(request.url());
  });
});
afterAll(async () => {
  await browser?.close();
});

describe('search', () => {
  it('finds the Koksan article for the German plural "Haubitzen"', async () => {
    await page.goto(`${baseUrl}/suche/?q=Haubitzen`);
    const results = page.locator('#suchseite-treffer a');
    await expect.poll(() => results.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const urls = await results.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')));
    expect(urls.join('\n')).toMatch(/\/artikel\/nordkorea-soll-schwerste-artillerie-an-russland-liefern\//);
    expect(externalRequests).toEqual([]);
  });
});

describe('navigation', () => {
  it('opens a claim permalink and follows it back to the highlighted sentence in the article', async () => {
    const claims = JSON.parse(readFileSync(join(site, 'data/claims.json'), 'utf8')).claims as Array<{ id: string; url: string; text: string }>;
    const claim = claims.find((c) => c.text.includes('knapp 50'))!;
    expect(claim).toBeDefined();
    const response = await page.goto(`${baseUrl}${claim.url}`);
    expect(response?.status()).toBe(200);
    await expect.poll(() => page.locator('h1').textContent()).toContain('knapp 50');
    await page.getByRole('link', { name: 'Zum Satz im Artikel' }).click();
    await page.waitForURL(/\/artikel\//);
    expect(await page.evaluate(() => location.hash)).toBe(`#${claim.id}`);
    const target = page.locator(`[id="${claim.id}"]`);
    await expect.poll(() => target.evaluate((el) => el.matches(':target'))).toBe(true);
    expect(await target.textContent()).toContain('knapp 50');
  });

  it('shows each paragraph as its sentences with the spaces between them', async () => {
    const articles = JSON.parse(readFileSync(join(site, 'data/articles.json'), 'utf8')).articles as Array<{ url: string; sentences: Array<{ text: string; paragraph: number; role: string }> }>;
    for (const article of articles) {
      await page.goto(`${baseUrl}${article.url}`);
      const shown = await page.locator('article p:has(.s)').evaluateAll((ps) =>
        ps.map((p) => {
          const copy = p.cloneNode(true) as HTMLElement;
          copy.querySelectorAll('.claim-link, [role="tooltip"]').forEach((a) => a.remove());
          return copy.textContent;
        }),
      );
      const paragraphs = new Map<number, string[]>();
      for (const s of article.sentences.filter((x) => x.role === 'body')) paragraphs.set(s.paragraph, [...(paragraphs.get(s.paragraph) ?? []), s.text]);
      expect(shown).toEqual([...paragraphs.values()].map((texts) => texts.join(' ')));
    }
  });

  it('reaches every article from the home page', async () => {
    await page.goto(`${baseUrl}/`);
    const links = await page.locator('main a[href^="/artikel/"]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')));
    expect(links.length).toBeGreaterThanOrEqual(4);
    for (const href of links) {
      const response = await page.goto(`${baseUrl}${href}`);
      expect(response?.status(), href!).toBe(200);
      await expect.poll(() => page.locator('h1').count()).toBe(1);
    }
  });
});
