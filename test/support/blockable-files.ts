/**
 * `GET /blockable/<path>` serves `/<path>`, unless a test blocked it: what an ad blocker or a
 * flaky network does to the script-tag drop-in's chunks. `POST /blockable/block?pattern=<regexp>`
 * drops the connection of matching requests from then on (a network error, which no cache keeps);
 * `POST /blockable/unblock` lifts it.
 */
import type { IncomingMessage } from 'node:http';

interface KoaContext {
  method: string;
  path: string;
  url: string;
  query: Record<string, string | string[] | undefined>;
  req: IncomingMessage;
  status: number;
  respond: boolean;
}
type Next = () => Promise<void>;

const prefix = '/blockable';

export function blockableFiles(): (ctx: KoaContext, next: Next) => Promise<void> {
  let blocked: RegExp | undefined;
  return async (ctx, next) => {
    if (!ctx.path.startsWith(`${prefix}/`)) return next();
    if (ctx.method === 'POST') {
      const pattern = ctx.query.pattern;
      blocked = ctx.path === `${prefix}/block` && typeof pattern === 'string' ? new RegExp(pattern) : undefined;
      ctx.status = 204;
      return;
    }
    if (blocked?.test(ctx.path.slice(prefix.length))) {
      ctx.respond = false;
      ctx.req.socket.destroy();
      return;
    }
    ctx.url = ctx.url.slice(prefix.length);
    return next();
  };
}
