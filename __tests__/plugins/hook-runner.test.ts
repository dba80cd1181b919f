import { afterEach, describe, expect, it } from "vitest";
import type Koa from "koa";
import type { Plugin } from "../../src/plugins/hooks.js";
import {
  PluginHookError,
  callEveryHook,
  callHookSync,
  hookCaller,
  implementsHook,
  pluginRoutes,
  whenAll,
} from "../../src/plugins/hook-runner.js";
import { HttpError } from "../../src/server/http-error.js";
import { startServer } from "../helpers/server.js";
import { pluginsFolder } from "./plugin-fixtures.js";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

describe("whenAll", () => {
  it("hands back values that are no promise as they are, at once", () => {
    const calls = [[1], "a", null];
    expect(whenAll(calls)).toBe(calls);
  });

  it("waits for the one promise and keeps every answer in its place", async () => {
    const answers = whenAll<unknown>(["a", Promise.resolve("b"), "c"]);
    expect(answers).toBeInstanceOf(Promise);
    expect(await answers).toEqual(["a", "b", "c"]);
  });

  it("waits for several as Promise.all does, failing with the first failure", async () => {
    const slow = new Promise((resolve) => setTimeout(() => resolve("slow"), 5));
    expect(await whenAll<unknown>([slow, "x", Promise.resolve("fast")])).toEqual(["slow", "x", "fast"]);
    const failure = new Error("no");
    await expect(
      whenAll<unknown>([Promise.reject(failure), Promise.reject(new Error("other"))]),
    ).rejects.toBe(failure);
    await expect(whenAll<unknown>(["x", Promise.reject(failure)])).rejects.toBe(failure);
  });
});

describe("implementsHook", () => {
  it("is asked each time, so a plugin given a hook later is seen", () => {
    const plugins: Plugin[] = [{ name: "a" }];
    expect(implementsHook(plugins, "renderCell")).toBe(false);
    plugins[0]!.renderCell = () => null;
    expect(implementsHook(plugins, "renderCell")).toBe(true);
  });
});

describe("hookCaller", () => {
  it("awaits implementers in load order and skips the rest", async () => {
    const call = hookCaller([
      { name: "a", extraBodyScript: async () => "a" },
      { name: "b" },
      { name: "c", extraBodyScript: () => "c" },
    ]);
    expect(await call("extraBodyScript", [{}])).toEqual(["a", "c"]);
  });

  it("waits for a promise or thenable answer and takes a plain one as it is, in load order", async () => {
    const thenable = { then: (resolve: (v: unknown) => void) => resolve("thenable") };
    const call = hookCaller([
      { name: "a", extraBodyScript: () => "a" },
      { name: "b", extraBodyScript: () => thenable as unknown as string },
      { name: "c", extraBodyScript: async () => "c" },
      { name: "d", extraBodyScript: () => null },
    ]);
    expect(await call("extraBodyScript", [{}])).toEqual(["a", "thenable", "c", null]);
  });

  it("answers a hook no plugin implements with a new empty list each time", async () => {
    const call = hookCaller([{ name: "a" }]);
    const first = await call("extraBodyScript", [{}]);
    first.push("mine");
    expect(await call("extraBodyScript", [{}])).toEqual([]);
  });

  it("names the plugin and hook that threw, keeping the cause", async () => {
    const cause = new Error("kaboom");
    const call = hookCaller([
      { name: "fine", renderCell: () => null },
      {
        name: "boom",
        renderCell: () => {
          throw cause;
        },
      },
    ]);
    const error = await call("renderCell", [{}]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PluginHookError);
    expect(error).toMatchObject({
      message: "Plugin boom failed in renderCell: kaboom",
      plugin: "boom",
      hook: "renderCell",
      cause,
    });
  });
});

describe("callEveryHook", () => {
  it("gives every plugin its shutdown even after one throws, then throws the first error", async () => {
    const ran: string[] = [];
    const plugins: Plugin[] = [
      {
        name: "x",
        shutdown: () => {
          ran.push("x");
          throw new Error("x failed");
        },
      },
      { name: "y", shutdown: async () => void ran.push("y") },
    ];
    await expect(callEveryHook(plugins, "shutdown", [])).rejects.toThrow(
      "Plugin x failed in shutdown: x failed",
    );
    expect(ran).toEqual(["x", "y"]);
  });
});

describe("callHookSync", () => {
  it("refuses an async hook where a result is needed now", () => {
    expect(() =>
      callHookSync(
        [{ name: "slow", registerRoutes: (async () => []) as unknown as Plugin["registerRoutes"] }],
        "registerRoutes",
        [],
      ),
    ).toThrow("Plugin slow failed in registerRoutes: registerRoutes must not be async");
  });
});

describe("pluginRoutes", () => {
  it("compiles string patterns and names a broken route's plugin", () => {
    const [route] = pluginRoutes(
      [{ name: "s", registerRoutes: () => [{ pattern: "^/-/s$" as unknown as RegExp, handler: () => {} }] }],
      {},
    );
    expect(route!.pattern.test("/-/s")).toBe(true);
    expect(() =>
      pluginRoutes([{ name: "nohandler", registerRoutes: () => [{ pattern: /x/ } as never] }], {}),
    ).toThrow("Plugin nohandler failed in registerRoutes: the route /x/ has no handler function");
    expect(() => pluginRoutes([{ name: "notarray", registerRoutes: () => ({}) as never }], {})).toThrow(
      /notarray failed in registerRoutes: it must return an array/,
    );
  });

  it("names the plugin when a handler throws, but lets HTTP errors through", async () => {
    const [broken, notFound] = pluginRoutes(
      [
        {
          name: "r",
          registerRoutes: () => [
            {
              pattern: /a/,
              handler: () => {
                throw new TypeError("oops");
              },
            },
            {
              pattern: /b/,
              handler: () => {
                throw new HttpError(404, "no such thing");
              },
            },
          ],
        },
      ],
      {},
    );
    const context = { datasette: {} as never, ctx: {} as Koa.Context, params: {} };
    await expect(broken!.handler(context)).rejects.toThrow("Plugin r failed in route handler: oops");
    await expect(notFound!.handler(context)).rejects.toBeInstanceOf(HttpError);
  });
});

describe("a plugin that throws during startup", () => {
  it("stops the server with its name, after shutting down the plugins that started", async () => {
    const { dir, cleanup } = await pluginsFolder({
      "a-first.mjs": `export default { name: "first", startup() { globalThis.__dxFirst = "started"; }, shutdown() { globalThis.__dxFirst = "stopped"; } };`,
      "b-boom.mjs": `export default { name: "boom", startup() { throw new Error("no oven"); } };`,
    });
    cleanups.push(cleanup);
    await expect(startServer({ files: [], pluginsDir: dir, ephemeral: true })).rejects.toThrow(
      "Plugin boom failed in startup: no oven",
    );
    expect((globalThis as { __dxFirst?: string }).__dxFirst).toBe("stopped");
  });
});
