import { describe, expect, it, vi } from 'vitest'
import { getDb } from '@db/client.server'
import { users } from '@db/schema'
import { hashPassword } from '~/services/auth.server'
import { attemptLogin } from '~/services/login.server'

// The real argon2, watched: which hashes each login attempt verified against.
vi.mock('@node-rs/argon2', async (importOriginal) => {
  const real = await importOriginal<typeof import('@node-rs/argon2')>()
  return { ...real, verify: vi.fn(real.verify) }
})
const argon2 = await import('@node-rs/argon2')

/** The cost parameters of a hash ($argon2id$v=19$m=…,t=…,p=…$…), without salt and digest. */
const paramsOf = (hash: string) => hash.split('$').slice(1, 4).join('$')

describe('login does the same work for known and unknown accounts (issue 12)', () => {
  it('an unknown address, an account without a password and a wrong password each verify one argon2 hash of the same cost', async () => {
    const real = await hashPassword('riktig-passord-123')
    getDb()
      .insert(users)
      .values({ email: 'kjent@nav.no', name: 'Kjent', role: 'jobbspesialist', passwordHash: real, emailVerifiedAt: '2026-01-01T00:00:00Z' })
      .run()
    getDb().insert(users).values({ email: 'invitert@nav.no', name: 'Invitert', role: 'jobbspesialist' }).run()
    const verify = vi.mocked(argon2.verify)
    const hashesVerifiedBy = async (email: string, password: string) => {
      verify.mockClear()
      const result = await attemptLogin(email, password, '10.0.0.9')
      return { result, hashes: verify.mock.calls.map(([hash]) => paramsOf(String(hash))) }
    }
    const unknown = await hashesVerifiedBy('ukjent@nav.no', 'hva-som-helst-123')
    const noPassword = await hashesVerifiedBy('invitert@nav.no', 'hva-som-helst-123')
    const wrong = await hashesVerifiedBy('kjent@nav.no', 'feil-passord-123')
    const right = await hashesVerifiedBy('kjent@nav.no', 'riktig-passord-123')
    for (const attempt of [unknown, noPassword, wrong]) {
      expect(attempt.result).toEqual({ ok: false, reason: 'invalid' })
      expect(attempt.hashes).toEqual([paramsOf(real)])
    }
    expect(right.result).toMatchObject({ ok: true })
    expect(right.hashes).toEqual([paramsOf(real)])
  })
})
