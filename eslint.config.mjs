import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    // Playwright fixtures call their callback `use`, which is not React's hook.
    files: ["e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    // Inside db.$transaction(async (tx) => …) every query goes through `tx`: on SQLite a query on
    // the app's `db` there waits for the transaction itself to end (lib/db/sqlite.ts), and on
    // PostgreSQL it would run outside the transaction.
    files: ["app/**", "lib/**", "scripts/**", "prisma/**"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.property.name='$transaction'] > :function Identifier[name='db']",
          message: "Use the transaction's client (tx) inside $transaction, not db.",
        },
      ],
    },
  },
  {
    ignores: ["lib/generated/**", "public/assets/**", ".next/**", ".e2e/**", "data/**", "bench/results/**", "next-env.d.ts"],
  },
];

export default config;
