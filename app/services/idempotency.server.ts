import crypto from 'node:crypto'
import { and, eq, lt } from 'drizzle-orm'
import { getDb } from '@db/client.server'
import { idempotencyKeys } from '@db/schema'
import { now, nowIso } from '~/utils/clock.server'
import { IDEMPOTENCY_FIELD } from '~/utils/forms'

/**
 * Double submits (issue 10 §6): every form that creates something carries a
 * random key made when the form is rendered (`newIdempotencyKey()` in the
 * loader, `<IdempotencyKeyField>` in the form). The action runs the creation
 * through `once`: the first submit with a key creates and remembers where it
 * led; a second submit with the same key (double click, resend after a slow
 * response) is sent to that same result page and creates nothing.
 */
const KEY_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

/** Kept long enough to catch any resend; then deleted by the cleanup job. */
export const IDEMPOTENCY_KEEP_MS = 24 * 3_600_000

export function newIdempotencyKey(): string {
  return crypto.randomUUID()
}

/**
 * Who submitted (`user:<id>`, `person:<candidateId>`, `anonymous`) and what
 * the form does: a key only ever replays for the same owner and purpose, so
 * one user's key can never lead another to their page.
 */
export type IdempotentSubmission = { owner: string; purpose: string; key: string | null }

export const ownerOfUser = (user: { id: number }) => `user:${user.id}`
export const ownerOfPerson = (candidateId: number) => `person:${candidateId}`
/** Forms filled in before log-in (registration): their result pages show nothing personal. */
export const ANONYMOUS_OWNER = 'anonymous'

/** The submission's key; a missing or malformed one means no protection (the creation simply runs). */
export function idempotentSubmission(formData: FormData, owner: string, purpose: string): IdempotentSubmission {
  const value = formData.get(IDEMPOTENCY_FIELD)
  return { owner, purpose, key: typeof value === 'string' && KEY_PATTERN.test(value) ? value : null }
}

/** What a successful creation led to: the page the user is sent to, now and on any resend. */
export class Completed {
  constructor(readonly location: string) {}
}

export const completed = (location: string) => new Completed(location)

/**
 * Runs `create` at most once per key. `create` returns `completed(location)`
 * on success (the key is then stored with the location, in the same
 * transaction as what was created) or anything else on failure (nothing is
 * stored, so correcting the form and sending it again works). `create` must
 * be synchronous: services' own transactions nest inside this one.
 *
 * The transaction takes the write lock at its start (IMMEDIATE), so two
 * submits at the same moment — also from two app instances — run one after
 * the other and the second finds the first's key.
 */
export function once<F>(submission: IdempotentSubmission, create: () => Completed | F): Completed | F {
  const { owner, purpose, key } = submission
  if (!key) return create()
  return getDb().transaction(
    (tx) => {
      const earlier = tx
        .select({ location: idempotencyKeys.location })
        .from(idempotencyKeys)
        .where(and(eq(idempotencyKeys.owner, owner), eq(idempotencyKeys.purpose, purpose), eq(idempotencyKeys.key, key)))
        .get()
      if (earlier) return completed(earlier.location)
      const outcome = create()
      if (outcome instanceof Completed)
        tx.insert(idempotencyKeys).values({ owner, purpose, key, location: outcome.location, createdAt: nowIso() }).run()
      return outcome
    },
    { behavior: 'immediate' },
  )
}

function earlierResult(submission: IdempotentSubmission): Completed | null {
  const { owner, purpose, key } = submission
  if (!key) return null
  const row = getDb()
    .select({ location: idempotencyKeys.location })
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.owner, owner), eq(idempotencyKeys.purpose, purpose), eq(idempotencyKeys.key, key)))
    .get()
  return row ? completed(row.location) : null
}

/**
 * `once` for a creation that must await something first (hashing a
 * password). The key is stored right after the creation commits, in the same
 * tick; a submit that failed because its twin got there first (the e-mail
 * is now taken) is sent to the twin's result instead of showing the conflict.
 */
export async function onceAsync<F>(submission: IdempotentSubmission, create: () => Promise<Completed | F>): Promise<Completed | F> {
  const { owner, purpose, key } = submission
  if (!key) return create()
  const earlier = earlierResult(submission)
  if (earlier) return earlier
  const outcome = await create()
  if (outcome instanceof Completed) {
    getDb()
      .insert(idempotencyKeys)
      .values({ owner, purpose, key, location: outcome.location, createdAt: nowIso() })
      .onConflictDoNothing()
      .run()
    return outcome
  }
  return earlierResult(submission) ?? outcome
}

/** Deletes keys older than IDEMPOTENCY_KEEP_MS; the number deleted. */
export function deleteOldIdempotencyKeys(): number {
  const before = new Date(now().getTime() - IDEMPOTENCY_KEEP_MS).toISOString()
  return getDb().delete(idempotencyKeys).where(lt(idempotencyKeys.createdAt, before)).run().changes
}

export function startIdempotencyCleanup(intervalMs = 3_600_000): () => void {
  const timer = setInterval(() => {
    try {
      deleteOldIdempotencyKeys()
    } catch (error) {
      console.error('[skjema] sletting av gamle skjemanøkler feilet:', error instanceof Error ? error.message : error)
    }
  }, intervalMs)
  timer.unref()
  return () => clearInterval(timer)
}
