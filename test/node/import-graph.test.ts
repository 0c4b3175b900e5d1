import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const src = fileURLToPath(new URL('../../src/', import.meta.url));

/** Each folder of src/ (or top-level file) by layer: a module may import only from its own layer's folder or lower layers. */
const layers: Record<string, number> = {
  contract: 0,
  errors: 1,
  server: 1,
  events: 2,
  i18n: 2,
  'session-client': 2,
  hypercheckout: 2,
  testing: 2,
  forms: 3,
  checkout: 3,
  loader: 3,
  element: 4,
  frameworks: 5,
  'index.ts': 6,
};

/** Declaration files (`script.d.ts`) hold no code: they import nothing at run time. */
const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((name) => /\.(ts|js)$/.test(name) && !name.endsWith('.d.ts'));

/** Every relative import, static or dynamic, as a path under src/ without its extension. */
const imports = new Map(
  files.map((file) => {
    const text = readFileSync(join(src, file), 'utf8');
    const targets = [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map((match) =>
      normalize(join(dirname(file), match[1]!)).replace(/\.(js|ts)$/, ''),
    );
    return [file.replace(/\.(js|ts)$/, ''), targets];
  }),
);

/** Imports that load code: `import type` and `export type` vanish when compiled. */
function runtimeImports(module: string): string[] {
  const text = readFileSync(join(src, `${module}${files.includes(`${module}.js`) ? '.js' : '.ts'}`), 'utf8');
  return [...text.matchAll(/^(?:import|export)\s+(?!type\s)[^;]*?from\s+'([^']+)'|^import\s+'([^']+)'|import\('([^']+)'\)/gm)].map((match) => {
    const target = (match[1] ?? match[2] ?? match[3])!;
    return target.startsWith('.') ? normalize(join(dirname(module), target)).replace(/\.(js|ts)$/, '') : target;
  });
}

/** The one module through which the form reaches validation, and with it zod: it could be loaded later. */
const validationGateway = 'contract/request';

const folder = (module: string) => {
  const [top, ...rest] = module.split('/');
  return rest.length ? top! : `${top}.ts`;
};

describe('import graph of src/', () => {
  it('has a layer for every folder', () => {
    assert.deepEqual([...new Set([...imports.keys()].map(folder))].filter((name) => !(name in layers)), []);
  });

  it('points only down (or within a folder), and only src/element/ imports src/checkout/', () => {
    const upward: string[] = [];
    for (const [module, targets] of imports) {
      for (const target of targets) {
        const [from, to] = [folder(module), folder(target)];
        if (from === to) continue;
        if (layers[to]! >= layers[from]! || (to === 'checkout' && from !== 'element')) upward.push(`${module} → ${target}`);
      }
    }
    assert.deepEqual(upward, []);
  });

  it('has no cycles', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (module: string, trail: string[]) => {
      if (state.get(module) === 'done') return;
      if (state.get(module) === 'open') return void cycles.push([...trail.slice(trail.indexOf(module)), module].join(' → '));
      state.set(module, 'open');
      for (const target of imports.get(module) ?? []) visit(target, [...trail, module]);
      state.set(module, 'done');
    };
    for (const module of imports.keys()) visit(module, []);
    assert.deepEqual(cycles, [], relative(process.cwd(), src));
  });

  it('lets the element render without zod: validation is reached through one module only, the chunk fetched after the first render', () => {
    const seen = new Set<string>();
    const withZod: string[] = [];
    const gatewayFrom: string[] = [];
    const visit = (module: string) => {
      if (seen.has(module)) return;
      seen.add(module);
      for (const target of runtimeImports(module)) {
        if (target === validationGateway) gatewayFrom.push(module);
        else if (target.startsWith('zod')) withZod.push(module);
        else if (imports.has(target)) visit(target);
      }
    };
    visit('element/define');
    assert.deepEqual(withZod, []);
    assert.deepEqual(gatewayFrom, ['element/deferred']);
    assert.ok(runtimeImports(validationGateway).some((target) => target.startsWith('contract/')), 'the gateway does load the validators');
  });

  it('keeps one idea a file: the element under 400 lines, no file over 450', () => {
    const lines = (file: string) => readFileSync(join(src, file), 'utf8').split('\n').length - 1;
    assert.ok(lines('element/juspay-session-checkout.ts') < 400, `the element has ${lines('element/juspay-session-checkout.ts')} lines`);
    assert.deepEqual(files.filter((file) => lines(file) > 450), []);
  });
});
