/**
 * Size figures: the script-tag entry and the files beside it (gzip and brotli, as size-limit's
 * file plugin measures them), the ESM entry bundled the way an app's bundler would (Lit and zod
 * included), and an attribution of a chunk's bytes to packages and modules through its source map.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '..');
export const IIFE_PATH = join(root, 'dist/juspay-session-checkout.iife.js');
/** The folder beside the entry that it loads its chunks and locales from. */
export const CHUNK_DIR = join(root, 'dist/juspay-session-checkout');
/** The first chunk the entry imports: Lit, the element, the form. */
export const ELEMENT_CHUNK = join(CHUNK_DIR, 'element.js');

export const gzip = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;
export const brotli = (data: string | Buffer) =>
  brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

const sizes = (code: string | Buffer): Sizes => ({ raw: Buffer.byteLength(code), gzip: gzip(code), brotli: brotli(code) });

export interface ScriptTagFiles {
  /** The entry and every chunk, each gzipped: everything the drop-in can load but a language's strings. */
  bytes: number;
  code: { path: string; gzip: number }[];
  locales: { path: string; gzip: number }[];
}

/** Every file of the script-tag drop-in, each gzipped as a server would send it. */
export async function scriptTagFiles(): Promise<ScriptTagFiles> {
  const inFolder = await readdir(CHUNK_DIR, { recursive: true });
  const measure = async (paths: string[]) =>
    Promise.all(paths.sort().map(async (path) => ({ path: relative(join(root, 'dist'), path), gzip: gzip(await readFile(path)) })));
  const code = await measure([IIFE_PATH, ...inFolder.filter((path) => path.endsWith('.js')).map((path) => join(CHUNK_DIR, path))]);
  const locales = await measure(inFolder.filter((path) => /^locales\/[\w-]+\.json$/.test(path)).map((path) => join(CHUNK_DIR, path)));
  return { bytes: code.reduce((sum, file) => sum + file.gzip, 0), code, locales };
}

export async function iifeSizes(): Promise<Sizes> {
  return sizes(await readFile(IIFE_PATH));
}

/** `dist/index.js` (tsc's ESM) bundled and minified with esbuild for the browser, as an app would ship it. */
export async function esmEntrySizes(): Promise<Sizes & { inputs: number }> {
  const result = await build({
    entryPoints: [join(root, 'dist/index.js')],
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    // The catalogues are dynamic imports an app's bundler splits off; only the entry is measured.
    external: ['./locales/*'],
    metafile: true,
    logLevel: 'silent',
  });
  return { ...sizes(result.outputFiles[0]!.text), inputs: Object.keys(result.metafile.inputs).length };
}

// ---- attribution ------------------------------------------------------------------------------

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const digit = new Map([...BASE64].map((c, i) => [c, i]));

/** Decodes one source-map line into segments of [column, source?, line?, column?, name?] (absolute columns). */
function decodeLine(line: string, state: number[]): number[][] {
  const segments: number[][] = [];
  let column = 0;
  for (const text of line.split(',')) {
    if (!text) continue;
    const fields: number[] = [];
    let value = 0;
    let shift = 0;
    for (const c of text) {
      const d = digit.get(c)!;
      value += (d & 31) << shift;
      if (d & 32) shift += 5;
      else {
        fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
        value = 0;
        shift = 0;
      }
    }
    column += fields[0]!;
    const segment = [column];
    if (fields.length >= 4) {
      for (let i = 1; i < 4; i++) state[i] = state[i]! + fields[i]!;
      segment.push(state[1]!);
    }
    segments.push(segment);
  }
  return segments;
}

export interface Share {
  name: string;
  /** Minified bytes in the bundle. */
  bytes: number;
  /** How many gzip bytes the bundle loses when this part's code is cut out. */
  gzipDelta: number;
}

export interface Attribution {
  total: Sizes;
  packages: Share[];
  modules: Share[];
  /** Whitespace runs (a newline plus indentation) inside template literals: Lit's css`` and html`` kept verbatim. */
  templateWhitespace: { bytes: number; gzipDelta: number };
  /** The largest string literals / templates, which the minifier cannot shrink. */
  notes: string[];
}

const packageOf = (source: string): string => {
  const path = source.replace(/^(\.\.\/)+/, '');
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (match) return match[1]!;
  const src = /^src\/([^/]+)/.exec(path);
  return src ? `src/${src[1]}` : path;
};

/** Attributes one built file's bytes (by default the element chunk) through its source map. */
export async function attribute(file = ELEMENT_CHUNK): Promise<Attribution> {
  const code = await readFile(file, 'utf8');
  const map = JSON.parse(await readFile(`${file}.map`, 'utf8')) as { sources: string[]; mappings: string };
  const owner = new Int32Array(code.length).fill(-1);
  const lines = code.split('\n');
  const mapLines = map.mappings.split(';');
  const state = [0, 0, 0, 0];
  let offset = 0;
  // Lines inside a multi-line template literal (Lit's css`` and html``) carry no mapping: they
  // belong to the module whose code came last, like unmapped segments within a line.
  let current = -1;
  lines.forEach((line, index) => {
    const segments = decodeLine(mapLines[index] ?? '', state);
    const first = segments[0]?.[0] ?? line.length;
    for (let c = 0; c < first; c++) owner[offset + c] = current;
    segments.forEach((segment, i) => {
      const end = i + 1 < segments.length ? segments[i + 1]![0]! : line.length;
      if (segment.length > 1) current = segment[1]!;
      for (let c = segment[0]!; c < end; c++) owner[offset + c] = current;
    });
    if (offset + line.length < code.length) owner[offset + line.length] = current;
    offset += line.length + 1;
  });
  if (file.endsWith('.iife.js')) {
    // The IIFE wrapper, its exports and the sourceMappingURL comment.
    owner.fill(-1, 0, code.indexOf(';') + 1);
    const tail = code.search(/(?:[\w$]+\.[\w$]+=[\w$]+,)*[\w$]+\}\)\(\{\}\);/);
    if (tail > 0) owner.fill(-1, tail);
  } else {
    owner.fill(-1, code.lastIndexOf('\n//# sourceMappingURL='));
  }

  const total = sizes(code);
  const without = (keep: (source: number) => boolean) => {
    let out = '';
    let start = -1;
    for (let i = 0; i <= code.length; i++) {
      const kept = i < code.length && keep(owner[i]!);
      if (kept && start < 0) start = i;
      if (!kept && start >= 0) {
        out += code.slice(start, i);
        start = -1;
      }
    }
    return out;
  };
  const bytesOf = (select: (source: number) => boolean) => {
    let bytes = 0;
    for (let i = 0; i < code.length; i++) if (select(owner[i]!)) bytes += Buffer.byteLength(code[i]!);
    return bytes;
  };
  const share = (name: string, members: Set<number>): Share => ({
    name,
    bytes: bytesOf((s) => members.has(s)),
    gzipDelta: total.gzip - gzip(without((s) => !members.has(s))),
  });

  const groups = new Map<string, Set<number>>();
  map.sources.forEach((source, index) => {
    const name = packageOf(source);
    groups.set(name, (groups.get(name) ?? new Set()).add(index));
  });
  groups.set('(wrapper, imports, exports, map comment)', new Set([-1]));
  const packages = [...groups].map(([name, members]) => share(name, members)).sort((a, b) => b.bytes - a.bytes);
  const modules = map.sources
    .map((source, index) => share(source.replace(/^(\.\.\/)+/, '').replace(/^node_modules\//, ''), new Set([index])))
    .sort((a, b) => b.bytes - a.bytes);

  const whitespace = code.match(/\n[ \t]+/g) ?? [];
  const templateWhitespace = {
    bytes: whitespace.reduce((sum, run) => sum + run.length - 1, 0),
    gzipDelta: total.gzip - gzip(code.replace(/\n[ \t]+/g, '\n')),
  };

  const notes: string[] = [];
  const styles = /\.styles=\w+`([^`]*)`/.exec(code);
  if (styles) {
    const css = styles[1]!;
    const minified = css.replace(/\s+/g, ' ').replace(/ ?([{}:;,>]) ?/g, '$1').trim();
    notes.push(
      `the element's css\`\` is kept verbatim: ${Buffer.byteLength(css)} B raw (${Buffer.byteLength(minified)} B if minified); ` +
        `minifying it saves ${total.gzip - gzip(code.replace(css, minified))} B gzip`,
    );
  }
  if (!map.sources.some((source) => /zod\/v4\/locales/.test(source))) notes.push('zod: no locale module is bundled (zod/mini keeps locales out).');
  else notes.push(`zod locales bundled: ${map.sources.filter((s) => /locales/.test(s)).join(', ')}`);
  if (/new Function|Function\(/.test(code)) notes.push('the bundle contains `new Function`/`Function(` (zod JIT probe): blocked and reported under a strict CSP without unsafe-eval.');
  const zodFiles = map.sources.filter((source) => /node_modules\/zod\//.test(source)).length;
  notes.push(`${zodFiles} zod modules and ${map.sources.filter((s) => /node_modules\/(lit|@lit|lit-html|lit-element)\//.test(s)).length} Lit modules are in the bundle.`);
  return { total, packages, modules, templateWhitespace, notes };
}

