/** The max_post_body_bytes setting: the write API's cap on a JSON body, as Datasette applies it. */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { errorBody, writeFixture, type WriteFixture } from "./write-helpers.js";
import { DEFAULT_SETTINGS, parseSetting } from "../../src/config/settings.js";

describe("--setting max_post_body_bytes 1000", () => {
  let fx: WriteFixture;
  beforeAll(async () => {
    fx = await writeFixture({ settings: [["max_post_body_bytes", "1000"]] });
  });
  afterAll(() => fx.close());

  test("a 2 KB insert is refused with Datasette's 413, and nothing is written", async () => {
    const result = await fx.post("data/docs/-/insert", { row: { title: "x".repeat(2048) } });
    expect(result).toEqual({
      status: 413,
      json: errorBody(["Request body exceeded maximum size of 1000 bytes"], 413),
    });
    expect(fx.query("select count(*) n from docs")).toEqual([{ n: 0 }]);
  });

  test("a body streamed without a Content-Length is cut off at the limit too", async () => {
    const chunk = new TextEncoder().encode(JSON.stringify({ row: { title: "x".repeat(2048) } }));
    const response = await fx.server.get("data/docs/-/insert", {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${fx.token()}` },
      body: new ReadableStream({
        start(controller) {
          controller.enqueue(chunk);
          controller.close();
        },
      }),
      duplex: "half",
    } as RequestInit);
    expect(response.status).toBe(413);
    expect((await response.json()).errors).toEqual(["Request body exceeded maximum size of 1000 bytes"]);
  });

  test("a smaller insert goes through", async () => {
    const { status, json } = await fx.post("data/docs/-/insert", { row: { title: "x".repeat(500) } });
    expect(status).toBe(201);
    expect(json.rows[0].title).toHaveLength(500);
  });

  test("/-/settings.json lists the setting, after max_insert_rows as in Datasette", async () => {
    const settings = await (await fx.server.get("-/settings.json")).json();
    expect(settings.max_post_body_bytes).toBe(1000);
    const keys = Object.keys(settings);
    expect(keys.indexOf("max_post_body_bytes")).toBe(keys.indexOf("max_insert_rows") + 1);
  });
});

describe("max_post_body_bytes 0", () => {
  let fx: WriteFixture;
  beforeAll(async () => {
    fx = await writeFixture({ settings: [["max_post_body_bytes", "0"]] });
  });
  afterAll(() => fx.close());

  test("turns the limit off: a body over the 2 MiB default is accepted", async () => {
    const { status } = await fx.post("data/docs/-/insert", {
      row: { title: "x".repeat(2 * 1024 * 1024 + 1) },
    });
    expect(status).toBe(201);
  });
});

describe("the setting itself", () => {
  test("defaults to 2 MiB and takes whole numbers only", () => {
    expect(DEFAULT_SETTINGS.max_post_body_bytes).toBe(2_097_152);
    expect(parseSetting("max_post_body_bytes", "10485760")).toEqual(["max_post_body_bytes", 10_485_760]);
    expect(() => parseSetting("max_post_body_bytes", "2MB")).toThrow(
      'Setting "max_post_body_bytes" takes a whole number, not "2MB"',
    );
  });
});
