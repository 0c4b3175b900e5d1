/**
 * Packs the package as `npm publish` would (`npm pack` of the built dist/), into a fresh temporary
 * folder, and returns the tarball's path. Shared by `npm run package:check` and test/package/.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repo = fileURLToPath(new URL('..', import.meta.url));

export function packTarball(): string {
  const destination = mkdtempSync(join(tmpdir(), 'juspay-pack-'));
  const output = execFileSync('npm', ['pack', '--json', '--pack-destination', destination], {
    cwd: repo,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const [packed] = JSON.parse(output) as { filename: string }[];
  if (!packed) throw new Error('npm pack produced no tarball');
  return join(destination, packed.filename);
}
