// The bench's command line and the places it works in: which sections run, for how long, on which
// ports, with which database. Read once, when the first module imports it.
import path from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    only: { type: "string", default: "throughput,weight,lighthouse,nginx" },
    port: { type: "string", default: process.env.BENCH_PORT ?? "4000" },
    // Reuse the production build in .next (and public/assets) instead of building again.
    "skip-build": { type: "boolean", default: false },
    duration: { type: "string", default: "10" },
    responses: { type: "string", default: "1000000" },
    postgres: { type: "boolean", default: false },
    // (workspace) also measure at volume: on --large-db (an already seeded PostgreSQL database) or on
    // one seeded here with --complaints cases and --responses responses.
    large: { type: "boolean", default: false },
    "large-db": { type: "string" },
    complaints: { type: "string", default: "200000" },
    help: { type: "boolean", default: false },
  },
});
export { values };
export const only = new Set(values.only.split(","));
export const duration = Number(values.duration);
export const root = path.resolve(import.meta.dirname, "..");
export const work = `/tmp/rapor-bench-${values.port}`; // per port: benches of several checkouts may run at once
export const PORT = Number(values.port);
export const RAW_PORT = PORT + 1;
export const NGINX_PORT = PORT + 2;
export const base = `http://127.0.0.1:${PORT}`;
