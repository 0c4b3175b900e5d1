/**
 * `npm run package:check`: packs the built package and lints the tarball as a registry user gets
 * it: publint (strict) for the manifest and files, attw (profile esm-only: the package ships no
 * CommonJS) for the types behind every export. Run `npm run build` first.
 */
import { execFileSync } from 'node:child_process';
import { packTarball, repo } from './pack.js';

const tarball = packTarball();
const run = (bin: string, args: string[]) => execFileSync(`${repo}node_modules/.bin/${bin}`, args, { stdio: 'inherit' });
run('publint', ['run', '--strict', tarball]);
run('attw', ['--profile', 'esm-only', '--format', 'ascii', tarball]);
