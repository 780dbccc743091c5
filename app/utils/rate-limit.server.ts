/**
 * Requests per client in a fixed window, counted in this process's memory.
 * For pages anyone may load without logging in (the public statistics), so
 * one client cannot keep the server busy. Each app process counts on its
 * own (with several instances the limit is per instance); a restart forgets
 * the counts. Keys: the client address from `clientIp()`.
 */
export type RateLimiter = {
  /** Counts one request from `key`; returns the seconds to wait when it is over the limit, else null. */
  hit(key: string, atMs?: number): number | null
}

export function createRateLimiter(options: { limit: number; windowMs: number; maxKeys?: number }): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>()
  const maxKeys = options.maxKeys ?? 10_000
  return {
    // A monotonic clock: the window is about elapsed time, not a date (the app clock may be moved in tests).
    hit(key, atMs = performance.now()) {
      let w = windows.get(key)
      if (!w || atMs - w.start >= options.windowMs) {
        if (!w && windows.size >= maxKeys) {
          for (const [k, old] of windows) if (atMs - old.start >= options.windowMs) windows.delete(k)
          // Still full of live windows: forget the oldest rather than grow without bound.
          if (windows.size >= maxKeys) windows.delete(windows.keys().next().value!)
        }
        w = { start: atMs, count: 0 }
        windows.delete(key)
        windows.set(key, w)
      }
      w.count++
      return w.count > options.limit ? Math.max(1, Math.ceil((w.start + options.windowMs - atMs) / 1000)) : null
    },
  }
}
