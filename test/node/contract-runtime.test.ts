/**
 * The contract runs anywhere: no DOM, no Node built-ins, and no code generation from strings,
 * so it works under a CSP without `unsafe-eval`.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const contractDir = join(root, 'src/contract');
const sources = readdirSync(contractDir)
  .filter((file) => file.endsWith('.ts'))
  .map((file) => ({ file, text: readFileSync(join(contractDir, file), 'utf8') }));
/** Source text without comments, so a comment that names `eval` does not count. */
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');

describe('contract runtime', () => {
  it('imports only its own modules and zod/mini', () => {
    for (const { file, text } of sources) {
      for (const [, specifier] of text.matchAll(/\bfrom\s+'([^']+)'|\bimport\s+'([^']+)'/g)) {
        if (specifier) assert.ok(specifier === 'zod/mini' || specifier.startsWith('./'), `${file} imports ${specifier}`);
      }
    }
  });

  it('uses no DOM, no Node built-ins, no eval or new Function', () => {
    const forbidden = /\b(document|window|navigator|localStorage|process|Buffer|require|eval)\b|node:|new Function|\bFunction\(/;
    for (const { file, text } of sources) assert.doesNotMatch(code(text), forbidden, file);
  });

  it('turns zod’s JIT off wherever zod is used', () => {
    assert.match(code(sources.find(({ file }) => file === 'validators.ts')!.text), /z\.config\(\{ jitless: true \}\)/);
    for (const { file, text } of sources) {
      if (file !== 'validators.ts' && text.includes("from 'zod/mini'")) assert.match(text, /from '\.\/validators\.js'|import '\.\/validators\.js'/, file);
    }
  });

  it('validates every seed in plain Node with code generation from strings disabled and trapped', () => {
    const contract = pathToFileURL(join(contractDir, 'index.ts')).href;
    const seeds = pathToFileURL(join(root, 'test/node/contract-seeds.ts')).href;
    const script = `
      const generated = [];
      const RealFunction = Function;
      globalThis.Function = new Proxy(RealFunction, {
        construct(target, args) { generated.push('new Function'); return Reflect.construct(target, args); },
        apply(target, self, args) { generated.push('Function()'); return Reflect.apply(target, self, args); },
      });
      globalThis.eval = () => generated.push('eval');
      const { validateSessionRequest, parseSessionResponse } = await import(${JSON.stringify(contract)});
      const { seedRequests, seedResponses, mandate002 } = await import(${JSON.stringify(seeds)});
      const requests = [...seedRequests, { vertical: 'mandate', body: mandate002 }];
      const valid = requests.every(({ body, vertical }) => validateSessionRequest(body, vertical, { complete: true }).success);
      const rejected = !validateSessionRequest({ ...mandate002, 'mandate.rule_value': '40' }, 'mandate').success;
      const kinds = seedResponses.every(({ json, httpStatus, kind }) => parseSessionResponse(json, httpStatus).kind === kind);
      console.log(JSON.stringify({ dom: typeof document + typeof window, valid, rejected, kinds, generated }));
    `;
    const output = execFileSync(
      process.execPath,
      ['--disallow-code-generation-from-strings', '--import', 'tsx', '--input-type=module', '-e', script],
      { cwd: root, encoding: 'utf8' },
    );
    assert.deepEqual(JSON.parse(output.trim().split('\n').at(-1)!), {
      dom: 'undefinedundefined',
      valid: true,
      rejected: true,
      kinds: true,
      generated: [],
    });
  });
});
