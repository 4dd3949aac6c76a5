// A per-instance cache whose entries belong to one public data version (public-version.server.ts)
// and live at most PUBLIC_CACHE_SECONDS. A staff write bumps the version, so the next request
// on any instance misses and recomputes; citizens' answers (which bump nothing) show within the
// lifetime. A plain Map rather than Next's unstable_cache: that one is per instance too, keeps
// its entries on disk under .next/ (shared by every server started from one build, whatever its
// database), and costs more per call than the reads it saves.
export const PUBLIC_CACHE_MS = Number(process.env.PUBLIC_CACHE_SECONDS ?? 30) * 1000;

type Entry<T> = { version: number; expiresAt: number; value: Promise<T> };

export class VersionedCache<T> {
  private readonly entries = new Map<string, Entry<T>>();

  constructor(
    private readonly maxEntries = 500,
    private readonly lifetimeMs = PUBLIC_CACHE_MS,
  ) {}

  /** The value for `key` computed at `version`, computing it at most once per version and lifetime. */
  get(key: string, version: number, compute: () => Promise<T>, now = Date.now()): Promise<T> {
    const hit = this.entries.get(key);
    if (hit && hit.version === version && hit.expiresAt > now) return hit.value;
    if (this.entries.size >= this.maxEntries) this.evict(now);
    const value = compute();
    const entry = { version, expiresAt: now + this.lifetimeMs, value };
    this.entries.set(key, entry);
    // A failed computation is not kept: the next request tries again.
    value.catch(() => this.entries.get(key) === entry && this.entries.delete(key));
    return value;
  }

  private evict(now: number) {
    for (const [key, entry] of this.entries) if (entry.expiresAt <= now) this.entries.delete(key);
    // Still full (many distinct searches): drop the oldest half, in insertion order.
    if (this.entries.size >= this.maxEntries) {
      let drop = Math.ceil(this.entries.size / 2);
      for (const key of this.entries.keys()) {
        if (drop-- <= 0) break;
        this.entries.delete(key);
      }
    }
  }

  clear() {
    this.entries.clear();
  }
}
