// The demo's randomness: a seeded PRNG (so a reseed gives the same picture) and the few draws the
// seeds make from it (an answer around a mean, a pick, a weighted pick, a Poisson count).

/** mulberry32: small, fast, good enough for demo data, and reproducible. */
export function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = ReturnType<typeof prng>;

export function clamp(x: number, lo: number, hi: number) {
  return Math.min(hi, Math.max(lo, x));
}

/** An answer 1-4 whose expected value is `mean`: 1 + Binomial(3, (mean - 1) / 3). */
export function answer(random: Random, mean: number): number {
  const p = clamp((mean - 1) / 3, 0.02, 0.98);
  let value = 1;
  for (let i = 0; i < 3; i++) if (random() < p) value++;
  return value;
}

export function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

export function poisson(random: Random, mean: number): number {
  // Normal approximation is fine for demo volumes; small means use Knuth's method.
  if (mean > 30) return Math.max(0, Math.round(mean + Math.sqrt(mean) * (random() + random() + random() - 1.5) * 2));
  const limit = Math.exp(-mean);
  let k = 0;
  let p = random();
  while (p > limit) {
    k++;
    p *= random();
  }
  return k;
}

export function pickWeighted(random: Random, weights: [string, number][]): string {
  const total = weights.reduce((a, [, w]) => a + w, 0);
  let r = random() * total;
  for (const [value, w] of weights) if ((r -= w) < 0) return value;
  return weights[weights.length - 1][0];
}
