import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["__tests__/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores: browser tests fight over them, so keep files in two forks.
    pool: "forks",
    maxWorkers: 2,
    reporters: ["default"],
  },
});
