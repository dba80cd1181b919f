/**
 * Calls hooks on plugins, in load order (built-ins first). A hook that throws is reported as a
 * PluginHookError naming the plugin and the hook, so a stack trace from deep inside a plugin still says
 * whose it is.
 */
import type { Plugin, Route } from "./hooks.js";

export class PluginHookError extends Error {
  override name = "PluginHookError";
  constructor(
    readonly plugin: string,
    readonly hook: string,
    cause: unknown,
  ) {
    super(`Plugin ${plugin} failed in ${hook}: ${cause instanceof Error ? cause.message : String(cause)}`, {
      cause,
    });
  }
}

type AnyHook = (...args: unknown[]) => unknown;

/**
 * Returns `call(hook, args)`: awaits each implementing plugin in turn and resolves to their results in
 * order. The implementers of each hook are found once, since hooks such as renderCell run per cell.
 */
export function hookCaller(
  plugins: readonly Plugin[],
): (hook: keyof Plugin, args: unknown[]) => Promise<unknown[]> {
  const implementers = new Map<string, Plugin[]>();
  return (hook, args) => {
    let list = implementers.get(hook);
    if (!list) implementers.set(hook, (list = plugins.filter((p) => typeof p[hook] === "function")));
    // Most hooks have no implementer on most sites, and a page calls a dozen: answered without an async
    // function's promise and frame.
    if (list.length === 0) return Promise.resolve([]);
    return callEach(list, hook, args);
  };
}

async function callEach(list: readonly Plugin[], hook: keyof Plugin, args: unknown[]): Promise<unknown[]> {
  const results: unknown[] = [];
  // Indexed: for…of in an async function allocated an iterator result per plugin, per call.
  for (let i = 0; i < list.length; i++) {
    const plugin = list[i]!;
    try {
      const answer = (plugin[hook] as AnyHook).apply(plugin, args);
      // An answer given at once is taken as it is: awaiting a plain value cost a promise and callbacks
      // per plugin per call (the two built-in actorFromRequest plugins run on every request).
      results.push(isThenable(answer) ? await answer : answer);
    } catch (error) {
      throw new PluginHookError(plugin.name, hook, error);
    }
  }
  return results;
}

/** Whether `await` would wait for `value` (a promise or any object with a then method). */
function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    value !== null &&
    (typeof value === "object" || typeof value === "function") &&
    typeof (value as { then?: unknown }).then === "function"
  );
}

/**
 * Whether any plugin implements `hook`, looked up every time (nothing to go stale) and without
 * allocating: for per-check and per-cell callers that skip the hook's call, and its promise and
 * results array, when no plugin would answer.
 */
export function implementsHook(plugins: readonly Plugin[], hook: keyof Plugin): boolean {
  for (let i = 0; i < plugins.length; i++) if (typeof plugins[i]![hook] === "function") return true;
  return false;
}

/**
 * The answers of calls started together, in order, as Promise.all gives them; but when none of them
 * is a promise (no plugin implements the hooks) they are handed back as they are, and when one is,
 * that one is waited for alone. A page starts several such groups, and Promise.all's element closures,
 * arrays and iteration were ~2 KB of every page's allocations.
 */
export function whenAll<T>(calls: (T | Promise<T>)[]): T[] | Promise<T[]> {
  let waiting = -1;
  for (let i = 0; i < calls.length; i++) {
    if (!(calls[i] instanceof Promise)) continue;
    if (waiting !== -1) return Promise.all(calls);
    waiting = i;
  }
  if (waiting === -1) return calls as T[];
  return (calls[waiting] as Promise<T>).then((answer) => {
    calls[waiting] = answer;
    return calls as T[];
  });
}

/** Synchronous hooks (prepareJinja2Environment, registerRoutes, registerOutputRenderer): results in order. */
export function callHookSync(plugins: readonly Plugin[], hook: keyof Plugin, args: unknown[]): unknown[] {
  const results: unknown[] = [];
  for (const plugin of plugins) {
    if (typeof plugin[hook] !== "function") continue;
    let result: unknown;
    try {
      result = (plugin[hook] as AnyHook).apply(plugin, args);
    } catch (error) {
      throw new PluginHookError(plugin.name, hook, error);
    }
    if (result instanceof Promise) {
      throw new PluginHookError(plugin.name, hook, new Error(`${hook} must not be async`));
    }
    results.push(result);
  }
  return results;
}

/**
 * For shutdown: every plugin gets its turn even when an earlier one throws (a failed shutdown must not
 * leave another plugin's timers running); then the first error is thrown.
 */
export async function callEveryHook(
  plugins: readonly Plugin[],
  hook: keyof Plugin,
  args: unknown[],
): Promise<void> {
  let first: PluginHookError | null = null;
  for (const plugin of plugins) {
    if (typeof plugin[hook] !== "function") continue;
    try {
      await (plugin[hook] as AnyHook).apply(plugin, args);
    } catch (error) {
      first ??= new PluginHookError(plugin.name, hook, error);
    }
  }
  if (first) throw first;
}

/**
 * Every plugin's registerRoutes, checked now: a route without a RegExp pattern or a handler would
 * otherwise fail on the first request that reaches it. A string pattern is compiled, as Datasette's are.
 */
export function pluginRoutes(plugins: readonly Plugin[], datasette: unknown): Route[] {
  const routes: Route[] = [];
  for (const plugin of plugins) {
    const returned = callHookSync([plugin], "registerRoutes", [datasette])[0];
    if (returned === undefined || returned === null) continue;
    if (!Array.isArray(returned))
      throw new PluginHookError(
        plugin.name,
        "registerRoutes",
        new Error("it must return an array of routes"),
      );
    for (const route of returned as Partial<Route & { pattern: RegExp | string }>[]) {
      const problem =
        !route || typeof route !== "object"
          ? "a route must be an object"
          : !(route.pattern instanceof RegExp || typeof route.pattern === "string")
            ? "a route's pattern must be a RegExp"
            : typeof route.handler !== "function"
              ? `the route ${String(route.pattern)} has no handler function`
              : null;
      if (problem) throw new PluginHookError(plugin.name, "registerRoutes", new Error(problem));
      let pattern: RegExp;
      try {
        pattern = typeof route.pattern === "string" ? new RegExp(route.pattern) : route.pattern!;
      } catch (error) {
        throw new PluginHookError(plugin.name, "registerRoutes", error);
      }
      routes.push({ ...(route as Route), pattern, handler: namedHandler(plugin.name, route.handler!) });
    }
  }
  return routes;
}

/** An error with an HTTP status passes through (it is an answer, not a bug); anything else is named. */
function namedHandler(plugin: string, handler: Route["handler"]): Route["handler"] {
  return async (context) => {
    try {
      await handler(context);
    } catch (error) {
      if (error && typeof error === "object" && "status" in error) throw error;
      throw new PluginHookError(plugin, "route handler", error);
    }
  };
}
