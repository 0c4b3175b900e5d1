/**
 * The docs' generated parts and their links. `npm run docs:write` regenerates every page;
 * `npm run docs:check` (CI, after `npm run build`) fails when a page differs from what it would
 * generate or a relative link in README.md, docs/ or bench/README.md points nowhere.
 *
 * Generated parts, each between markers in the page:
 * - `<!-- include: path -->` … `<!-- /include -->`: the file at `path` (from the repo root) in a code
 *   fence, its imports of `../../src/<entry>/index.js` shown as `juspay-session-checkout/<entry>`, so the
 *   docs show the examples that the tests compile and run;
 * - the parameter tables (scripts/parameter-table.ts), in docs/forms.md;
 * - the element's API reference (scripts/element-api.ts, from dist/custom-elements.json), in docs/element.md.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { elementApiMarkers, elementApiSection, readManifest } from './element-api.js';
import { parameterMarkers, parameterSection } from './parameter-table.js';

const repo = fileURLToPath(new URL('..', import.meta.url));
const manifestPath = join(repo, 'dist/custom-elements.json');

/** Every page the check covers, repo-relative. */
export function docPages(): string[] {
  const walk = (folder: string): string[] =>
    readdirSync(join(repo, folder), { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(join(folder, entry.name)) : entry.name.endsWith('.md') ? [join(folder, entry.name)] : [],
    );
  return ['README.md', 'bench/README.md', ...walk('docs')];
}

function replaceBetween(text: string, markers: { start: string; end: string }, content: () => string): string {
  const start = text.indexOf(markers.start);
  if (start < 0) return text;
  const end = text.indexOf(markers.end, start);
  if (end < 0) throw new Error(`${markers.start} has no ${markers.end}`);
  return `${text.slice(0, start + markers.start.length)}\n${content()}\n${text.slice(end)}`;
}

const fenceLanguage: Record<string, string> = { '.ts': 'ts', '.tsx': 'tsx', '.js': 'js', '.html': 'html', '.vue': 'vue', '.svelte': 'svelte', '.css': 'css' };

/** A repo file as a merchant would write it: importing the package by name. */
export function asPublished(source: string): string {
  return source.replace(/(['"])(?:\.\.\/)+src\/(?:([\w-]+)\/)?index\.js\1/g, (_, quote: string, entry?: string) =>
    `${quote}juspay-session-checkout${entry ? `/${entry}` : ''}${quote}`,
  );
}

function withIncludes(text: string): string {
  return text.replace(/<!-- include: (\S+) -->\n[\s\S]*?<!-- \/include -->/g, (_, path: string) => {
    const source = asPublished(readFileSync(join(repo, path), 'utf8')).trimEnd();
    return `<!-- include: ${path} -->\n\`\`\`${fenceLanguage[extname(path)] ?? ''}\n${source}\n\`\`\`\n<!-- /include -->`;
  });
}

/** The page as `docs:write` would leave it. */
export function generated(page: string, options: { elementApi: boolean }): string {
  let text = withIncludes(readFileSync(join(repo, page), 'utf8'));
  text = replaceBetween(text, parameterMarkers, parameterSection);
  if (options.elementApi) text = replaceBetween(text, elementApiMarkers, () => elementApiSection(readManifest(manifestPath)));
  return text;
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to dashes, repeats numbered. */
function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const result = new Set<string>();
  for (const [, heading] of withoutCode(markdown).matchAll(/^#{1,6}\s+(.+?)\s*#*$/gm)) {
    const slug = heading!
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    result.add(count ? `${slug}-${count}` : slug);
  }
  return result;
}

const withoutCode = (markdown: string) => markdown.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');

/** Relative links (and images) that point at no file, or at no heading of a Markdown file. */
export function brokenLinks(page: string): string[] {
  const text = readFileSync(join(repo, page), 'utf8');
  const problems: string[] = [];
  for (const [, target] of withoutCode(text).matchAll(/!?\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
    if (/^([a-z][a-z+.-]*:|\/\/)/i.test(target!)) continue;
    const [path = '', anchor] = target!.split('#');
    const file = path ? resolve(dirname(join(repo, page)), decodeURI(path)) : join(repo, page);
    if (!existsSync(file)) {
      problems.push(`${page}: ${target} — no such file ${relative(repo, file)}`);
    } else if (anchor && statSync(file).isFile() && file.endsWith('.md') && !anchors(readFileSync(file, 'utf8')).has(anchor)) {
      problems.push(`${page}: ${target} — ${relative(repo, file)} has no heading #${anchor}`);
    }
  }
  return problems;
}

/** Everything `docs:check` reports, one line per problem. */
export function docProblems(options: { elementApi: boolean }): string[] {
  return docPages().flatMap((page) => {
    const stale = generated(page, options) !== readFileSync(join(repo, page), 'utf8');
    return [...(stale ? [`${page} is out of date: run \`npm run docs:write\``] : []), ...brokenLinks(page)];
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (process.argv.includes('--write')) {
    for (const page of docPages()) writeFileSync(join(repo, page), generated(page, { elementApi: true }));
  }
  const problems = docProblems({ elementApi: true });
  for (const problem of problems) console.error(problem);
  if (problems.length) process.exit(1);
  console.log(`docs: ${docPages().length} pages up to date, every relative link resolves`);
}
