// @ts-check
import { resolve } from 'node:path';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';

const env = process.env;

export default defineConfig({
  // Absolute URLs (canonical, OpenGraph, citations) need the public address; set QL_SITE when deploying.
  site: env.QL_SITE ?? 'https://quellenlage.example',
  base: env.QL_BASE ?? '/',
  outDir: resolve(env.QL_OUT_DIR ?? './dist'),
  cacheDir: resolve(env.QL_CACHE_DIR ?? './node_modules/.astro'),
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  compressHTML: true,
  devToolbar: { enabled: false },
  // Article text must reach the page exactly as written: no typographic quotes (smart punctuation), no
  // GFM autolinks or strikethrough that the MDX serialiser does not escape for.
  markdown: { processor: satteri({ features: { smartPunctuation: false, gfm: false } }) },
  integrations: [mdx()],
  vite: {
    // Vite's dependency cache next to Astro's, so that builds into different folders do not share it.
    cacheDir: resolve(env.QL_CACHE_DIR ?? './node_modules/.astro', 'vite'),
    build: {
      rolldownOptions: {
        onLog(level, log, handler) {
          // Every .mdx module logs this directive warning (Astro bug #18087); it says nothing about our content.
          if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
          handler(level, log);
        },
      },
    },
  },
});
