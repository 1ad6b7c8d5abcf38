/**
 * Step 1: read seed files. Detects the encoding (UTF-8 with or without BOM, UTF-16 with BOM, Windows-1252
 * as a fallback for bytes that are not UTF-8), normalises line endings, separates optional YAML front matter,
 * and refuses binary data and empty files with a message naming the file.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { IngestError } from './errors.ts';
import type { SeedFile } from './types.ts';

export const SEED_EXTENSION = '.txt';
/** A news article is a few dozen KB; anything this large is an export gone wrong, not one article. */
export const MAX_SEED_BYTES = Number(process.env.QL_MAX_SEED_BYTES ?? 2 * 1024 * 1024);

export interface SeedListing {
  files: string[];
  /** Files that are not seeds (wrong extension), with the reason; reported, never silently dropped. */
  skipped: Array<{ file: string; reason: string }>;
}

/** Lists the seed files of a folder in a stable order. Hidden files (.gitkeep, .DS_Store) are ignored. */
export function listSeeds(seedsDir: string, root: string): SeedListing {
  const files: string[] = [];
  const skipped: SeedListing['skipped'] = [];
  for (const name of readdirSync(seedsDir).sort()) {
    if (name.startsWith('.')) continue;
    const path = join(seedsDir, name);
    const rel = toPosix(relative(root, path));
    if (!statSync(path).isFile()) {
      skipped.push({ file: rel, reason: 'not a file' });
    } else if (!name.toLowerCase().endsWith(SEED_EXTENSION)) {
      skipped.push({ file: rel, reason: `not a ${SEED_EXTENSION} file; seeds are plain-text articles` });
    } else {
      files.push(path);
    }
  }
  return { files, skipped };
}

export function readSeed(path: string, root: string): SeedFile {
  const rel = toPosix(relative(root, path));
  const size = statSync(path).size;
  if (size > MAX_SEED_BYTES) {
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    throw new IngestError(rel, `${mb(size)} is more than the ${mb(MAX_SEED_BYTES)} one article may have; split the file into articles (or set QL_MAX_SEED_BYTES)`);
  }
  return decodeSeed(readFileSync(path), rel);
}

export function decodeSeed(bytes: Uint8Array, file: string): SeedFile {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (bytes.length === 0) throw new IngestError(file, 'the file is empty; a seed needs at least a title line and a paragraph');
  const { text: decoded, encoding } = decode(bytes, file);
  const normalised = decoded.replace(/\r\n?/g, '\n');
  const control = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/.exec(normalised);
  if (control) {
    const line = lineOf(normalised, control.index);
    const code = control[0].charCodeAt(0).toString(16).padStart(4, '0');
    throw new IngestError(file, `contains the control character U+${code}; this looks like binary data, not a plain-text article`, line);
  }
  const { frontMatter, bodyOffset } = splitFrontMatter(normalised, file);
  // Offsets everywhere point into `text`; front matter is blanked out (kept as empty lines) so line numbers stay true.
  const text = bodyOffset === 0 ? normalised : normalised.slice(0, bodyOffset).replace(/[^\n]/g, '') + normalised.slice(bodyOffset);
  if (text.trim() === '') throw new IngestError(file, 'the file has no text after its front matter');
  return { path: file, sha256, text, encoding, frontMatter, firstBodyLine: lineOf(normalised, bodyOffset) };
}

function decode(bytes: Uint8Array, file: string): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: strictUtf8(bytes.subarray(3), file), encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8. Plain-text exports from older Windows tools are Windows-1252 (a superset of Latin-1 for
    // printable text); NUL bytes mean binary or BOM-less UTF-16, which we refuse rather than guess.
    if (bytes.includes(0)) throw new IngestError(file, 'contains NUL bytes: binary data or UTF-16 without a byte-order mark; save the article as UTF-8');
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

function strictUtf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new IngestError(file, 'starts with a UTF-8 byte-order mark but is not valid UTF-8');
  }
}

const FRONT_MATTER = /^---\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;

function splitFrontMatter(text: string, file: string): { frontMatter: Record<string, unknown>; bodyOffset: number } {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { frontMatter: {}, bodyOffset: 0 };
  let data: unknown;
  try {
    data = parseYaml(match[1] ?? '');
  } catch (error) {
    const line = (error as { linePos?: Array<{ line: number }> }).linePos?.[0]?.line;
    throw new IngestError(file, `front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}`, line === undefined ? 2 : line + 1);
  }
  if (data !== null && (typeof data !== 'object' || Array.isArray(data))) {
    throw new IngestError(file, 'front matter must be a YAML mapping (key: value lines)', 2);
  }
  return { frontMatter: (data ?? {}) as Record<string, unknown>, bodyOffset: match[0].length };
}

export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function toPosix(path: string): string {
  return path.split('\\').join('/');
}
