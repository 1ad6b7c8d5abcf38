/**
 * `npm run screenshot -- /path/ [/other/ …]`: serves dist/ on 127.0.0.1 and saves full-page PNGs of the
 * given pages into screenshots/ (git-ignored), in light and dark mode and at 360 px, for looking at the site.
 */
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';
import { launchBrowser } from '../tests/browser.ts';
import { projectPaths } from './paths.ts';

const paths = projectPaths();
const targets = process.argv.slice(2).filter((a) => a.startsWith('/'));
const outDir = join(paths.root, 'screenshots');
mkdirSync(outDir, { recursive: true });

const server = createServer(sirv(paths.outDir, { dev: false }));
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const { port } = server.address() as { port: number };
const browser = await launchBrowser();
try {
  for (const target of targets.length ? targets : ['/']) {
    const name = target.replace(/[^\w]+/g, '_').replace(/^_|_$/g, '') || 'home';
    for (const [suffix, options] of [
      ['', { viewport: { width: 1280, height: 900 }, colorScheme: 'light' }],
      ['-dark', { viewport: { width: 1280, height: 900 }, colorScheme: 'dark' }],
      ['-narrow', { viewport: { width: 360, height: 800 }, colorScheme: 'light' }],
    ] as const) {
      const page = await browser.newPage(options);
      await page.goto(`http://127.0.0.1:${port}${target}`);
      await page.waitForTimeout(300);
      const file = join(outDir, `${name}${suffix}.png`);
      await page.screenshot({ path: file, fullPage: true });
      await page.close();
      console.log(file);
    }
  }
} finally {
  await browser.close();
  server.close();
}
