/**
 * `npm run size`: enforces `.size-limit.json`. size-limit 13 needs Node ^22.18 (it imports
 * `glob` from `node:fs/promises`); on such a Node this runs size-limit itself. On older Node
 * (the package supports >=20.19) it applies the same check as size-limit's file plugin: gzip
 * level 9 (or brotli quality 11 when `gzip` is not true), summed over `path`, against `limit`
 * read the way size-limit reads it ("20 kB" = 20 000 bytes, "20 KiB" = 20 480 bytes).
 * `--config FILE` reads another file of checks, paths from the repo root, always with this check
 * (size-limit would read them from FILE's folder); a path may be a `dir/*.ext` pattern.
 * Exits 1 when a limit is exceeded.
 */
import { spawnSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { brotli, gzip } from './size.js';

const root = resolve(import.meta.dirname, '..');
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);

const configFlag = process.argv.indexOf('--config');
// size-limit reads a config's paths from the config's own folder; --config files here (bench/size-guard.json)
// give them from the repo root, as the check below reads them, so only the root .size-limit.json goes to size-limit.
if ((major > 22 || (major === 22 && minor >= 18)) && configFlag < 0) {
  const run = spawnSync(join(root, 'node_modules/.bin/size-limit'), process.argv.slice(2), { stdio: 'inherit', cwd: root });
  process.exit(run.status ?? 1);
}

interface Check {
  name?: string;
  path: string | string[];
  limit: string;
  gzip?: boolean;
  brotli?: boolean;
}

const units: Record<string, number> = { b: 1, kb: 1e3, mb: 1e6, kib: 1024, mib: 1024 ** 2 };
function parseLimit(limit: string): number {
  const match = /^\s*([\d.]+)\s*([a-z]*)\s*$/i.exec(limit);
  const factor = units[(match?.[2] || 'b').toLowerCase()];
  if (!match || factor === undefined) throw new Error(`Cannot read the limit "${limit}"`);
  return Math.round(Number(match[1]) * factor);
}

/** A path, or a `dir/*.ext` pattern as size-limit accepts, as the files it names. */
async function expand(path: string): Promise<string[]> {
  const star = path.lastIndexOf('*');
  if (star < 0) return [path];
  const folder = path.slice(0, path.lastIndexOf('/', star));
  const [before, after] = path.slice(folder.length + 1).split('*') as [string, string];
  const names = await readdir(join(root, folder));
  return names.filter((name) => name.startsWith(before) && name.endsWith(after)).map((name) => `${folder}/${name}`);
}

const configPath = configFlag > 0 ? resolve(process.argv[configFlag + 1] ?? '') : join(root, '.size-limit.json');
const checks = JSON.parse(await readFile(configPath, 'utf8')) as Check[];
let failed = 0;
console.log(`Applying ${configPath} with size-limit's measurement (Node ${process.version}).`);
for (const check of checks) {
  const paths = (await Promise.all((Array.isArray(check.path) ? check.path : [check.path]).map(expand))).flat();
  let size = 0;
  for (const path of paths) {
    const data = await readFile(join(root, path));
    size += check.gzip === true ? gzip(data) : check.brotli === false ? data.length : brotli(data);
  }
  const limit = parseLimit(check.limit);
  const over = size > limit;
  if (over) failed++;
  const method = check.gzip === true ? 'gzipped' : check.brotli === false ? '' : 'brotlied';
  console.log(`\n  ${check.name ?? paths.join(', ')}\n  Size limit: ${check.limit} (${limit} B)\n  Size:       ${size} B ${method}${over ? `  ✖ over by ${size - limit} B` : '  ✔'}`);
}
process.exit(failed ? 1 : 0);
