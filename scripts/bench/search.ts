/**
 * Search in the browser: serves a built site with sirv on 127.0.0.1, opens the home page in Chromium, presses
 * Ctrl+K and types a query into the search dialog. Measures
 * - bytes: every request from pressing Ctrl+K until the results render (CDP Network events,
 *   encodedDataLength = bytes on the wire as sirv sends them, uncompressed JS/JSON; and an estimate with
 *   the text files gzipped as a real host would; Pagefind's index files are gzipped already);
 * - latency: from the last keystroke (the last `input` event, performance.now in the page) to the first
 *   result in #suchdialog-treffer (MutationObserver), cold (first query of a fresh browser context, Pagefind
 *   loading) and warm (further different queries on the same page).
 * Service workers are blocked: the site's worker precaches files after load, which would count here.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { median } from './format.ts';
import { distPath } from './pages.ts';
import { gzipBytes } from './sizes.ts';

export interface QueryMeasure {
  query: string;
  /** Last keystroke → first result rendered, ms (null: no result within the timeout). */
  latencyMs: number | null;
  /** First → last keystroke, ms (the UI waits 30 ms after a keystroke; typing must be faster). */
  typingMs: number;
  /** Delay between keystrokes when typing (0 = as fast as the browser takes them). */
  keyDelayMs: number;
  /** Renders of results for a prefix of the query before the answering one. */
  earlierRenders: number;
  /** Results shown. */
  shown: number;
  status: string;
  requests: number;
  /** Bytes on the wire (CDP encodedDataLength, headers included). */
  bytes: number;
  /** Same requests if the host gzipped text files (level 9). */
  gzipBytes: number;
  byKind: Record<string, { requests: number; bytes: number }>;
}

export interface SearchMeasure {
  firstQuery: string;
  /** One per fresh browser context. */
  cold: QueryMeasure[];
  warm: QueryMeasure[];
  coldMedianMs: number;
  warmMedianMs: number;
  /** Of the first cold run. */
  firstSearchBytes: number;
  firstSearchGzipBytes: number;
  /** The cold run typed at human speed (prefix searches run while typing). */
  humanTyped: QueryMeasure | null;
}

declare global {
  interface Window {
    __bench: { inputs: number; firstKey: number; lastKey: number; renders: Array<{ t: number; shown: number }> };
  }
}

/** The search UI runs a query this long after the last keystroke (src/scripts/search.ts). */
export const DEBOUNCE_MS = 30;

/**
 * The render that answers the last keystroke: the first at least DEBOUNCE_MS after it. An earlier render
 * is a search for a prefix that started before the last keystroke (typing slower than the debounce) and
 * finished before the final search began.
 */
export function answeringRender(renders: ReadonlyArray<{ t: number; shown: number }>, lastKey: number): { t: number; shown: number } | undefined {
  return renders.find((r) => r.t >= lastKey + DEBOUNCE_MS - 1);
}

/** Runs in every page before its scripts: timestamps of keystrokes and of every render of results. */
function instrument(): void {
  window.__bench = { inputs: 0, firstKey: 0, lastKey: 0, renders: [] };
  document.addEventListener(
    'input',
    (event) => {
      if ((event.target as HTMLElement | null)?.id !== 'suchdialog-eingabe') return;
      const now = performance.now();
      const b = window.__bench;
      if (b.inputs === 0) b.firstKey = now;
      b.inputs++;
      b.lastKey = now;
    },
    true,
  );
  const watch = () => {
    const list = document.getElementById('suchdialog-treffer');
    if (!list) return;
    new MutationObserver(() => {
      const b = window.__bench;
      if (b.lastKey > 0 && list.querySelector('li')) b.renders.push({ t: performance.now(), shown: list.children.length });
    }).observe(list, { childList: true });
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', watch);
  else watch();
}

export async function serve(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer(sirv(dir, { dev: false, etag: true }));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((done) => {
      server.close(() => done());
      server.closeAllConnections();
    }) };
}

/** Kind of a request for the byte breakdown. */
export function requestKind(path: string): string {
  if (/\/pagefind\/pagefind[^/]*\.js$/.test(path)) return 'pagefind.js';
  if (/\/pagefind\/pagefind-entry\.json$/.test(path)) return 'entry';
  if (/\/pagefind\/wasm\./.test(path)) return 'wasm';
  if (/\.pf_meta$/.test(path)) return 'meta';
  if (/\/pagefind\/index\//.test(path)) return 'word index';
  if (/\/pagefind\/filter\//.test(path)) return 'filters';
  if (/\/pagefind\/fragment\//.test(path)) return 'fragments';
  return 'other';
}

interface Tracked {
  url: string;
  window: string;
  done: boolean;
  status: number;
  headers: number;
  body: number;
}

/**
 * Records requests by measurement window through Playwright's network events, which (unlike a CDP session on
 * the page) include the requests of Pagefind's web worker; sizes come from CDP (encoded body + headers).
 */
class NetworkLog {
  private readonly requests = new Map<Request, Tracked>();
  window: string | null = null;

  constructor(context: BrowserContext) {
    context.on('request', (request) => {
      if (this.window === null) return;
      this.requests.set(request, { url: request.url(), window: this.window, done: false, status: 0, headers: 0, body: 0 });
    });
    context.on('requestfinished', (request) => {
      const r = this.requests.get(request);
      if (!r) return;
      void Promise.all([request.sizes(), request.response()])
        .then(([sizes, response]) => Object.assign(r, { status: response?.status() ?? 0, headers: sizes.responseHeadersSize, body: sizes.responseBodySize }))
        .finally(() => (r.done = true));
    });
    context.on('requestfailed', (request) => {
      const r = this.requests.get(request);
      if (r) r.done = true;
    });
  }

  async settled(window: string, timeoutMs = 5000): Promise<Tracked[]> {
    const t0 = Date.now();
    const of = () => [...this.requests.values()].filter((r) => r.window === window);
    while (of().some((r) => !r.done) && Date.now() - t0 < timeoutMs) await new Promise((r) => setTimeout(r, 20));
    return of();
  }
}

/** Text files a host would gzip; Pagefind's index, fragment, filter, meta and wasm files are gzipped already. */
const TEXT = /\.(js|mjs|json|css|html|svg|txt)$/;

function summarise(requests: Tracked[], outDir: string, baseUrl: string): Pick<QueryMeasure, 'requests' | 'bytes' | 'gzipBytes' | 'byKind'> {
  const byKind: QueryMeasure['byKind'] = {};
  let bytes = 0;
  let gzip = 0;
  for (const r of requests) {
    const local = r.url.startsWith(baseUrl);
    const path = local ? new URL(r.url).pathname : r.url;
    const rel = local ? distPath(path) : null;
    const file = rel ? join(outDir, decodeURIComponent(rel)) : null;
    const onDisk = file !== null && existsSync(file);
    // Chromium reports no body size for a worker's own script; sirv sends files as they are on disk.
    const body = r.body === 0 && r.status === 200 && onDisk ? statSync(file).size : r.body;
    const kind = requestKind(path);
    const entry = (byKind[kind] ??= { requests: 0, bytes: 0 });
    entry.requests++;
    entry.bytes += r.headers + body;
    bytes += r.headers + body;
    gzip += r.headers + (onDisk && TEXT.test(file) && r.status === 200 ? gzipBytes(readFileSync(file)) : body);
  }
  return { requests: requests.length, bytes, gzipBytes: gzip, byKind };
}

async function openHome(browser: Browser, baseUrl: string): Promise<{ context: BrowserContext; page: Page; net: NetworkLog }> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  await context.addInitScript(instrument);
  const page = await context.newPage();
  const net = new NetworkLog(context);
  await page.goto(`${baseUrl}/`, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  return { context, page, net };
}

async function typeQuery(page: Page, net: NetworkLog, label: string, query: string, outDir: string, baseUrl: string, openDialog: boolean, keyDelayMs: number): Promise<QueryMeasure> {
  await page.evaluate(() => Object.assign(window.__bench, { inputs: 0, firstKey: 0, lastKey: 0, renders: [] }));
  net.window = label;
  if (openDialog) await page.keyboard.press('Control+k');
  await page.keyboard.type(query, { delay: keyDelayMs });
  try {
    await page.waitForFunction((debounce) => window.__bench.renders.some((r) => r.t >= window.__bench.lastKey + debounce - 1), DEBOUNCE_MS, { timeout: 30_000 });
  } catch {
    // No result: reported as latency null with the status text.
  }
  net.window = null;
  const b = await page.evaluate(() => window.__bench);
  const status = (await page.locator('#suchdialog .search-status').textContent()) ?? '';
  const requests = await net.settled(label);
  const render = answeringRender(b.renders, b.lastKey);
  return {
    query,
    keyDelayMs,
    latencyMs: render ? render.t - b.lastKey : null,
    typingMs: b.lastKey - b.firstKey,
    earlierRenders: b.renders.filter((r) => r !== render && (!render || r.t < render.t)).length,
    shown: render?.shown ?? 0,
    status: status.trim(),
    ...summarise(requests, outDir, baseUrl),
  };
}

async function clearQuery(page: Page): Promise<void> {
  await page.locator('#suchdialog-eingabe').fill('');
  await page.waitForFunction(() => document.querySelectorAll('#suchdialog-treffer li').length === 0, null, { timeout: 10_000 });
  await new Promise((r) => setTimeout(r, 100));
}

export interface SearchOptions {
  firstQuery: string;
  warmQueries: string[];
  /** Fresh browser contexts typing the first query as fast as possible. */
  coldRuns: number;
  /** One more cold run typing at this human speed (ms between keys); 0 = none. */
  humanKeyDelayMs: number;
}

export async function measureSearch(browser: Browser, outDir: string, options: SearchOptions): Promise<SearchMeasure> {
  const server = await serve(outDir);
  try {
    const cold: QueryMeasure[] = [];
    const warm: QueryMeasure[] = [];
    const runs = [...Array.from({ length: options.coldRuns }, () => 0), ...(options.humanKeyDelayMs > 0 ? [options.humanKeyDelayMs] : [])];
    for (const [run, delay] of runs.entries()) {
      const { context, page, net } = await openHome(browser, server.url);
      try {
        cold.push(await typeQuery(page, net, `cold-${run}`, options.firstQuery, outDir, server.url, true, delay));
        if (run === options.coldRuns - 1) {
          for (const [i, query] of options.warmQueries.entries()) {
            await clearQuery(page);
            warm.push(await typeQuery(page, net, `warm-${i}`, query, outDir, server.url, false, 0));
          }
        }
      } finally {
        await context.close();
      }
    }
    const fast = cold.filter((q) => q.keyDelayMs === 0);
    const latencies = (list: QueryMeasure[]) => list.map((q) => q.latencyMs).filter((v): v is number => v !== null);
    return {
      firstQuery: options.firstQuery,
      cold,
      warm,
      coldMedianMs: median(latencies(fast)),
      warmMedianMs: median(latencies(warm)),
      firstSearchBytes: fast[0]?.bytes ?? Number.NaN,
      firstSearchGzipBytes: fast[0]?.gzipBytes ?? Number.NaN,
      humanTyped: cold.find((q) => q.keyDelayMs > 0) ?? null,
    };
  } finally {
    await server.close();
  }
}
