import path from "node:path";
import { defineConfig } from "vitest/config";
import { INTEGRATION_WORKERS } from "./test/workers.mjs";

const alias = { "@": path.resolve(import.meta.dirname) };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "components/**/*.test.ts", "app/**/*.test.ts", "scripts/**/*.test.ts", "server/**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "node_modules/**"],
          environment: "node",
          // Room for a busy machine (property tests run hundreds of cases); no test needs speed.
          testTimeout: 30_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["**/*.int.test.ts"],
          exclude: ["node_modules/**"],
          environment: "node",
          globalSetup: ["test/integration-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Files in parallel, each worker on databases of its own (test/integration-setup.ts).
          fileParallelism: true,
          maxWorkers: INTEGRATION_WORKERS,
        },
      },
    ],
  },
});
