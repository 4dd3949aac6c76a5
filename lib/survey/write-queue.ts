// Group commit for writes that must each be acknowledged only once committed: items that arrive
// while a write is in flight are written together in the next one, so a burst costs one commit
// per batch instead of one per item. Nothing waits on a timer: a lone item is written after one
// turn of the event loop.
// The queue holds only requests not yet answered, nothing that matters after a restart.
const MAX_BATCH = 64;

type Job<Row, Id> = { row: Row; resolve: (id: Id) => void; reject: (error: unknown) => void };

export function writeQueue<Row, Id>(write: (rows: Row[]) => Promise<Id[]>): (row: Row) => Promise<Id> {
  const waiting: Job<Row, Id>[] = [];
  let draining = false;
  async function drain() {
    while (waiting.length) {
      const batch = waiting.splice(0, MAX_BATCH);
      try {
        const ids = await write(batch.map((job) => job.row));
        batch.forEach((job, i) => job.resolve(ids[i]));
      } catch (error) {
        if (batch.length === 1) batch[0].reject(error);
        // One bad row must not fail its neighbours: write them one by one.
        else for (const job of batch) await write([job.row]).then(([id]) => job.resolve(id), job.reject);
      }
    }
    draining = false;
  }
  return (row) =>
    new Promise<Id>((resolve, reject) => {
      waiting.push({ row, resolve, reject });
      // One turn of the event loop first: on SQLite the write runs synchronously to its end (the
      // driver never waits on I/O), so without it no other request would be read in the meantime
      // and every batch would hold one item. Requests read in the same turn join this batch.
      if (!draining) {
        draining = true;
        setImmediate(drain);
      }
    });
}
