// How many integration test files run at once (each worker on databases of its own, see
// integration-setup.ts). Two: the machine CI runs on has two cores, and the files spend much of
// their time waiting on the database. INTEGRATION_WORKERS overrides it.
export const INTEGRATION_WORKERS = Math.max(1, Number(process.env.INTEGRATION_WORKERS ?? 2));
