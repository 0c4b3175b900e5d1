import { spawn } from 'node:child_process';
import autocannon from 'autocannon';
function start(args: string[], env = {}) {
  const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', 'bench/server-processes.ts', ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise<{ child: typeof child; port: number; o: string }>((resolve) => { let o = ''; child.stdout!.on('data', (c) => { o += c; const m = /READY (\d+)/.exec(o); if (m && (args[0] !== 'double' || /STATS/.test(o))) resolve({ child, port: Number(m[1]), o }); }); });
}
const double = await start(['double']);
const stats = `http://127.0.0.1:${/STATS (\d+)/.exec(double.o)![1]}`;
const handler = await start(['handler', 'memory'], { JUSPAY_BASE_URL: `http://127.0.0.1:${double.port}` });
let k = 0;
const body = JSON.stringify({ customer_email: 'test@mail.com', customer_phone: '9876543210' });
const j = async (u: string) => (await fetch(u)).json();
const cpu0 = process.cpuUsage();
const h0 = await j(`http://127.0.0.1:${handler.port}/bench/heap`), d0 = await j(stats);
const r = await autocannon({ url: `http://127.0.0.1:${handler.port}/`, connections: 100, duration: 5, requests: [{ method: 'POST', setupRequest: (req: any) => ({ ...req, headers: { 'content-type': 'application/json', 'idempotency-key': `k${++k}` }, body }) }] } as any);
const h1 = await j(`http://127.0.0.1:${handler.port}/bench/heap`), d1 = await j(stats);
const c = process.cpuUsage(cpu0);
const n = r.requests.total;
console.log('rps', r.requests.average, 'per request CPU ms: handler', ((h1.cpuMs - h0.cpuMs) / n).toFixed(3), 'double', ((d1.cpuMs - d0.cpuMs) / n).toFixed(3), 'autocannon', ((c.user + c.system) / 1000 / n).toFixed(3));
handler.child.kill(); double.child.kill();
process.exit(0);
