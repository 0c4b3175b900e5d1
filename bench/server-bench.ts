/**
 * `npm run bench:server`: the session handler's cost over loopback, against the Juspay double, as
 * ratios to calling the double directly in the same run. Each side runs in its own process; autocannon
 * drives both. With the memory store and with Redis (a redis-server of its own, or REDIS_URL).
 * Exits 1 when a memory-store budget fails. bench/README.md explains the figures.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import autocannon from 'autocannon';
import { DOUBLE_API_KEY, DOUBLE_CLIENT_ID, DOUBLE_MERCHANT_ID } from '../src/testing/index.js';
import { redisForTests } from '../test/node/redis-server.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const browserBody = JSON.stringify({ customer_email: 'test@mail.com', customer_phone: '9876543210', customer_first_name: 'John', customer_last_name: 'Doe' });

interface Started {
  child: ChildProcess;
  port: number;
  lines: string;
}

function start(args: string[], env: Record<string, string> = {}): Promise<Started> {
  const profile = process.env.BENCH_PROFILE && args[0] === 'handler' ? ['--cpu-prof', '--cpu-prof-dir=bench/profiles'] : [];
  const child = spawn(process.execPath, ['--expose-gc', ...profile, '--import', 'tsx', 'bench/server-processes.ts', ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let lines = '';
    child.stdout!.on('data', (chunk) => {
      lines += chunk;
      const ready = /READY (\d+)/.exec(lines);
      if (ready && (args[0] !== 'double' || /STATS \d+/.test(lines))) resolve({ child, port: Number(ready[1]), lines });
    });
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code}`)));
  });
}

interface Run {
  requests: number;
  p50: number;
  p99: number;
  rps: number;
  errors: number;
  non2xx: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? NaN;

/** What a run's successful answers were: Idempotency-Key → order_id. */
type Answered = Map<string, string>;

/** One autocannon run; latencies from its per-response event, which keeps fractions of a millisecond. */
async function load(
  url: string,
  connections: number,
  request: () => { headers: Record<string, string>; body: string },
  answered?: Answered,
  amount?: number,
): Promise<Run> {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections,
        ...(amount ? { amount } : { duration: SECONDS }),
        method: 'POST',
        requests: [
          {
            method: 'POST',
            setupRequest: (req, context) => {
              const next = request();
              (context as { key?: string }).key = next.headers['idempotency-key'];
              return { ...req, ...next };
            },
            onResponse: (status, body, context) => {
              const key = (context as { key?: string }).key;
              if (answered && key && status === 200) answered.set(key, (JSON.parse(body) as { order_id: string }).order_id);
            },
          },
        ],
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  latencies.sort((a, b) => a - b);
  return { requests: result.requests.total, p50: percentile(latencies, 50), p99: percentile(latencies, 99), rps: result.requests.average, errors: result.errors + result.timeouts, non2xx: result.non2xx };
}

const json = async (url: string) => (await fetch(url)).json();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let keys = 0;
const run = Date.now().toString(36);
const handlerRequest = () => ({
  headers: { 'content-type': 'application/json', 'idempotency-key': `bench-${run}-${++keys}` },
  body: browserBody,
});
const directRequest = () => ({
  headers: {
    'content-type': 'application/json',
    authorization: `Basic ${Buffer.from(`${DOUBLE_API_KEY}:`).toString('base64')}`,
    'x-merchantid': DOUBLE_MERCHANT_ID,
    'x-routing-id': 'cust_bench',
  },
  body: JSON.stringify({ ...JSON.parse(browserBody), order_id: `direct_${run}_${++keys}`, amount: '499.00', customer_id: 'cust_bench', payment_page_client_id: DOUBLE_CLIENT_ID, action: 'paymentPage' }),
});

const redis = await redisForTests();
const double = await start(['double']);
const statsUrl = `http://127.0.0.1:${/STATS (\d+)/.exec(double.lines)![1]}`;
const doubleUrl = `http://127.0.0.1:${double.port}`;
const children: ChildProcess[] = [double.child];

try {
  await load(`${doubleUrl}/session`, 10, directRequest); // warm-up
  const direct1 = await load(`${doubleUrl}/session`, 1, directRequest);
  const direct100 = await load(`${doubleUrl}/session`, 100, directRequest);
  const rows: string[][] = [['figure', 'direct', 'memory store', 'redis store', 'budget (memory)']];
  const results: Record<
    string,
    { one: Run; hundred: Run; duplicates: number; failedReplays: number; heapBefore: number; heapAfter: number; cpuPerRequest: [number, number] }
  > = {};

  for (const store of ['memory', 'redis'] as const) {
    const handler = await start(['handler', store], { JUSPAY_BASE_URL: doubleUrl, REDIS_URL: redis.url });
    children.push(handler.child);
    const url = `http://127.0.0.1:${handler.port}/api/session`;
    // Warm-up fills the memory store to its bound (two records a session, 10 000 records), so "before" is the steady state.
    await load(url, 100, handlerRequest, undefined, 6000);
    await sleep(300);
    const heapBefore = (await json(`http://127.0.0.1:${handler.port}/bench/heap`)).heapUsed as number;
    const statsBefore = await json(statsUrl);
    const answered: Answered = new Map();
    const one = await load(url, 1, handlerRequest, answered);
    const cpuBefore = [(await json(`http://127.0.0.1:${handler.port}/bench/heap`)).cpuMs as number, (await json(statsUrl)).cpuMs as number];
    const hundred = await load(url, 100, handlerRequest, answered);
    const cpuAfter = [(await json(`http://127.0.0.1:${handler.port}/bench/heap`)).cpuMs as number, (await json(statsUrl)).cpuMs as number];
    // Where the time goes: CPU per request in the handler's process and in the double's, over the 100-connection run.
    const cpuPerRequest = cpuAfter.map((after, index) => (after - cpuBefore[index]!) / hundred.requests) as [number, number];
    await sleep(500);
    const afterLoad = await json(statsUrl);
    // Every answered key of the last run again, twice at once: each must replay its order and reach Juspay never.
    const replayed = [...answered].slice(-200);
    const replays = await Promise.all(
      replayed.flatMap(([key]) =>
        [0, 1].map(async () => {
          const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': key }, body: browserBody });
          return response.status === 200 ? ((await response.json()) as { order_id: string }).order_id : `status ${response.status}`;
        }),
      ),
    );
    await sleep(500);
    const stats = await json(statsUrl);
    // A second order for one key: a /session call during the replays, a replay answering another order, or
    // one order id sent twice during the load.
    const duplicates =
      stats.sessions -
      afterLoad.sessions +
      replays.filter((orderId, index) => !orderId.startsWith('status ') && orderId !== replayed[Math.floor(index / 2)]![1]).length +
      (afterLoad.sessions - statsBefore.sessions - (afterLoad.orderIds - statsBefore.orderIds));
    // A replay that could not be answered (a 503 while the store is slow) is an error, not a second order.
    const failedReplays = replays.filter((orderId) => orderId.startsWith('status ')).length;
    const heapAfter = (await json(`http://127.0.0.1:${handler.port}/bench/heap`)).heapUsed as number;
    results[store] = { one, hundred, duplicates, failedReplays, heapBefore, heapAfter, cpuPerRequest };
    handler.child.kill();
  }

  const { memory, redis: onRedis } = results as Required<typeof results>;
  const ms = (value: number) => `${value.toFixed(2)} ms`;
  const ratio = (value: number, base: number) => `${(value / base).toFixed(2)}×`;
  const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
  rows.push(
    ['1 connection, p50', ms(direct1.p50), `${ms(memory!.one.p50)} (${ratio(memory!.one.p50, direct1.p50)})`, `${ms(onRedis!.one.p50)} (${ratio(onRedis!.one.p50, direct1.p50)})`, '≤ 3×'],
    ['1 connection, p99', ms(direct1.p99), `${ms(memory!.one.p99)} (${ratio(memory!.one.p99, direct1.p99)})`, `${ms(onRedis!.one.p99)} (${ratio(onRedis!.one.p99, direct1.p99)})`, 'info'],
    ['100 connections, p50', ms(direct100.p50), `${ms(memory!.hundred.p50)} (${ratio(memory!.hundred.p50, direct100.p50)})`, `${ms(onRedis!.hundred.p50)} (${ratio(onRedis!.hundred.p50, direct100.p50)})`, 'info'],
    ['100 connections, p99', ms(direct100.p99), `${ms(memory!.hundred.p99)} (${ratio(memory!.hundred.p99, direct100.p99)})`, `${ms(onRedis!.hundred.p99)} (${ratio(onRedis!.hundred.p99, direct100.p99)})`, 'info'],
    ['100 connections, req/s', direct100.rps.toFixed(0), `${memory!.hundred.rps.toFixed(0)} (${ratio(memory!.hundred.rps, direct100.rps)})`, `${onRedis!.hundred.rps.toFixed(0)} (${ratio(onRedis!.hundred.rps, direct100.rps)})`, '≥ 0.33×'],
    ['errors (connection, timeout, non-2xx)', String(direct100.errors + direct100.non2xx), String(memory!.one.errors + memory!.one.non2xx + memory!.hundred.errors + memory!.hundred.non2xx), String(onRedis!.one.errors + onRedis!.one.non2xx + onRedis!.hundred.errors + onRedis!.hundred.non2xx), '0'],
    ['replays not answered 200', '', String(memory!.failedReplays), String(onRedis!.failedReplays), '0'],
    ['duplicate orders', '', String(memory!.duplicates), String(onRedis!.duplicates), '0'],
    [
      'CPU per request, handler process (double process)',
      '',
      `${ms(memory!.cpuPerRequest[0])} (${ms(memory!.cpuPerRequest[1])})`,
      `${ms(onRedis!.cpuPerRequest[0])} (${ms(onRedis!.cpuPerRequest[1])})`,
      'info',
    ],
    ['heap before → after (after GC)', '', `${mb(memory!.heapBefore)} → ${mb(memory!.heapAfter)}`, `${mb(onRedis!.heapBefore)} → ${mb(onRedis!.heapAfter)}`, 'growth < 5 MB'],
  );
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  for (const row of rows) console.log(row.map((cell, column) => cell.padEnd(widths[column]!)).join('  '));

  const failures = [
    memory!.one.p50 / direct1.p50 > 3 && '1-connection p50 over 3× direct',
    memory!.hundred.rps / direct100.rps < 1 / 3 && '100-connection throughput under a third of direct',
    memory!.one.errors + memory!.one.non2xx + memory!.hundred.errors + memory!.hundred.non2xx + memory!.failedReplays > 0 && 'errors',
    memory!.duplicates !== 0 && 'duplicate orders',
    memory!.heapAfter - memory!.heapBefore > 5e6 && 'heap grew',
  ].filter(Boolean);
  console.log(failures.length ? `FAIL: ${failures.join('; ')}` : 'All memory-store budgets hold.');
  process.exitCode = failures.length ? 1 : 0;
} finally {
  for (const child of children) child.kill();
  await redis.close();
}
