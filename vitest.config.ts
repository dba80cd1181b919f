import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  // Plugins import the plugin API by the package's own name; Node's loader hook (src/plugins/import-hook.ts)
  // maps it outside Vitest, this alias inside.
  resolve: {
    alias: { "datasette-export/plugin": fileURLToPath(new URL("./src/plugins/api.ts", import.meta.url)) },
  },
  test: {
    include: ["__tests__/**/*.test.ts"],
    // Generous: CI shares two cores between Chromium, read-pool processes and two test files at once.
    testTimeout: 90_000,
    hookTimeout: 180_000,
    // expect.poll waits for a browser's answer: 1 s (Vitest's default) was seen to run out on a loaded CI.
    expect: { poll: { timeout: 15_000 } },
    // Two cores: browser tests fight over them, so keep files in two forks.
    pool: "forks",
    maxWorkers: 2,
    reporters: ["default", "./__tests__/helpers/closing-line-reporter.ts"],
  },
});
