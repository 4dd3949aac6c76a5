// A read shared by the callers that arrive together, never by one that arrives after it started:
// while a read is in flight, every new caller waits for the next one, which starts as soon as the
// current one ends and answers all of them. So each caller gets a value read after it asked (a
// write committed before its request is seen, as if it had read alone), and the database gets at
// most one such read in flight instead of one per request.

export function sharedRead<T>(read: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | null = null;
  let queued: Promise<T> | null = null;
  const start = (): Promise<T> => {
    const current = read();
    running = current;
    const done = () => {
      if (running === current) running = null;
    };
    current.then(done, done);
    return current;
  };
  return () => {
    if (queued) return queued;
    if (!running) return start();
    const settled = running.then(
      () => undefined,
      () => undefined,
    );
    queued = settled.then(() => {
      queued = null;
      return start();
    });
    return queued;
  };
}
