import type Koa from "koa";

const SIGNAL = Symbol("client gone");

/**
 * Fires when the client hangs up before its response was sent, so the SQL run for it can be stopped
 * (./../db/read-pool.ts) instead of holding a read process for nobody. One per request.
 */
export function clientGone(ctx: Koa.Context): AbortSignal {
  const state = ctx.state as { [SIGNAL]?: AbortSignal };
  if (state[SIGNAL]) return state[SIGNAL];
  const controller = new AbortController();
  const res = ctx.res;
  res.once("close", () => {
    if (!res.writableFinished) controller.abort();
  });
  return (state[SIGNAL] = controller.signal);
}
