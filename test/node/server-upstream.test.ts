import assert from 'node:assert/strict';
import { createServer, type Socket } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { exchange } from '../../src/server/upstream-http.js';

/** A server that keeps each connection alive after its first answer, then drops it at the next request, as a server closing an idle socket does. */
let server: ReturnType<typeof createServer>;
let url: string;
let connections = 0;
const sockets = new Set<Socket>();

before(async () => {
  server = createServer((socket: Socket) => {
    connections++;
    sockets.add(socket);
    let requests = 0;
    socket.on('data', () => {
      if (++requests > 1) return void socket.destroy();
      socket.write('HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 11\r\nConnection: keep-alive\r\n\r\n{"ok":true}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as { port: number }).port}/session`;
});
after(() => {
  for (const socket of sockets) socket.destroy();
  return new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('the Juspay client', () => {
  it('retries once on a kept-alive socket the server dropped, on a new connection', async () => {
    const init = { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}', timeoutMs: 2000 };
    assert.deepEqual(await exchange(url, init), { status: 200, text: '{"ok":true}' });
    assert.deepEqual(await exchange(url, init), { status: 200, text: '{"ok":true}' });
    assert.equal(connections, 2);
  });
});
