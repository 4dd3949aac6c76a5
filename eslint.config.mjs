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
    // The hot routes (server/hot-routes.ts; server/hot-routes.test.ts keeps this list equal to its
    // table and applies the same refusals to every module these files import): the front calls
    // their handlers with a plain request, outside Next.js's request context, where these APIs
    // throw or read another request's state. Everything comes from the request itself.
    name: "rapor/hot-routes",
    files: [
      "app/route.ts",
      "app/peringkat/route.ts",
      "app/metode/route.ts",
      "app/unit/[[]slug]/route.ts",
      "app/s/[[]slug]/route.ts",
      "app/api/v1/scores/route.ts",
      "app/api/v1/surveys/route.ts",
    ],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "next/headers",
              message: "A hot route reads cookies and headers from its request (server/front.ts calls it outside Next.js's request context).",
            },
            {
              name: "next/navigation",
              message: "A hot route returns its response (redirect, notFound and the like throw to Next.js's pipeline, which the front does not run).",
            },
            {
              name: "next/cache",
              message: "A hot route runs outside Next.js's request context: revalidation and Next.js's data cache are not there (lib/cache/ is).",
            },
            { name: "next/server", importNames: ["after", "connection"], message: "A hot route runs outside Next.js's request context (server/front.ts)." },
            {
              name: "next-intl/server",
              message: "A hot route translates with lib/i18n/translator.server.ts and the request's locale, not next-intl's request-scoped helpers.",
            },
            {
              name: "next-auth",
              importNames: ["getServerSession"],
              message: "A hot route is public: no session (and getServerSession reads Next.js's request context).",
            },
            { name: "next-auth/next", message: "A hot route is public: no session (and getServerSession reads Next.js's request context)." },
          ],
        },
      ],
    },
  },
  {
    ignores: ["lib/generated/**", "public/assets/**", ".next/**", ".e2e/**", "data/**", "bench/results/**", "next-env.d.ts"],
  },
];

export default config;
