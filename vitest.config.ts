import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["__tests__/**/*.test.ts"],
    // Generous: CI shares two cores between Chromium, read-pool processes and two test files at once.
    testTimeout: 90_000,
    hookTimeout: 180_000,
    // Two cores: browser tests fight over them, so keep files in two forks.
    pool: "forks",
    maxWorkers: 2,
    reporters: ["default", "./__tests__/helpers/closing-line-reporter.ts"],
  },
});
