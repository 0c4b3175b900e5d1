import { spawn } from 'node:child_process';
import autocannon from 'autocannon';
function start(args: string[], extra: string[] = [], env = {}) {
  const child = spawn(process.execPath, [...extra, '--import', 'tsx', 'bench/server-processes.ts', ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise<{ child: typeof child; port: number }>((resolve) => { let o = ''; child.stdout!.on('data', (c) => { o += c; const m = /READY (\d+)/.exec(o); if (m && (args[0] !== 'double' || /STATS/.test(o))) resolve({ child, port: Number(m[1]) }); }); });
}
const double = await start(['double']);
const handler = await start(['handler', 'memory'], process.env.PROF ? ['--cpu-prof', '--cpu-prof-dir=.prof'] : [], { JUSPAY_BASE_URL: `http://127.0.0.1:${double.port}` });
let k = 0;
const body = JSON.stringify({ customer_email: 'test@mail.com', customer_phone: '9876543210' });
const r = await autocannon({ url: `http://127.0.0.1:${handler.port}/`, connections: 100, duration: 10, requests: [{ method: 'POST', setupRequest: (req: any) => ({ ...req, headers: { 'content-type': 'application/json', 'idempotency-key': `k${++k}` }, body }) }] } as any);
console.log('rps', r.requests.average, 'non2xx', r.non2xx, 'p50', r.latency.p50);
handler.child.kill('SIGTERM'); double.child.kill();
await new Promise((res) => setTimeout(res, 1000));
process.exit(0);
