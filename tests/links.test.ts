/** Every internal link and anchor in the built site resolves: no page, file or #id is missing. */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, inject, it } from 'vitest';
import { htmlFiles, readPage, type PageInfo } from './site-walk.ts';

const site = inject('siteDir');

function targetFile(path: string): string | null {
  const file = join(site, decodeURIComponent(path));
  if (path.endsWith('/')) return existsSync(join(file, 'index.html')) ? join(file, 'index.html') : null;
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

it('has no broken internal link or anchor', () => {
  const pages = new Map<string, PageInfo>();
  for (const file of htmlFiles(site)) {
    const page = readPage(site, file);
    pages.set(page.path, page);
  }
  expect(pages.size).toBeGreaterThan(20);
  const broken: string[] = [];
  for (const page of pages.values()) {
    for (const { attribute, value } of page.links) {
      if (/^(?:[a-z]+:|\/\/)/i.test(value)) continue; // other hosts and schemes are checked by the no-external-requests test
      const resolved = new URL(value, `http://site${page.path}`);
      const [anchor] = resolved.hash.slice(1).split(':~:');
      const target = resolved.pathname;
      const file = targetFile(target);
      if (!file) {
        broken.push(`${page.path}: ${attribute}="${value}" → no such page or file`);
        continue;
      }
      if (anchor && file.endsWith('.html')) {
        const ids = pages.get(target)?.ids ?? readPage(site, file).ids;
        if (!ids.has(decodeURIComponent(anchor))) broken.push(`${page.path}: ${attribute}="${value}" → no element with id "${anchor}"`);
      }
    }
  }
  expect(broken).toEqual([]);
});
