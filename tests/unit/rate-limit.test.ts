import { describe, expect, it } from 'vitest'
import { createRateLimiter } from '~/utils/rate-limit.server'

describe('rate limiter', () => {
  it('lets a client make `limit` requests per window, then says how many seconds to wait', () => {
    const limiter = createRateLimiter({ limit: 3, windowMs: 60_000 })
    expect([0, 10, 20].map((t) => limiter.hit('a', t))).toEqual([null, null, null])
    expect(limiter.hit('a', 30_000)).toBe(30)
    expect(limiter.hit('a', 59_500)).toBe(1)
    // Another client has its own count; a new window starts afresh.
    expect(limiter.hit('b', 30_000)).toBeNull()
    expect(limiter.hit('a', 60_000)).toBeNull()
  })

  it('keeps at most `maxKeys` clients in memory', () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 1_000, maxKeys: 2 })
    limiter.hit('a', 0)
    limiter.hit('b', 0)
    // Full of live windows: the oldest client is forgotten to make room.
    expect(limiter.hit('c', 10)).toBeNull()
    expect(limiter.hit('a', 20)).toBeNull()
    expect(limiter.hit('c', 30)).toBe(1)
  })
})
