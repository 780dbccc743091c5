import { IDEMPOTENCY_FIELD } from '~/utils/forms'

/**
 * The hidden key of a form that creates something (issue 10 §6): made in the
 * loader with `newIdempotencyKey()`, so a second submit of the same rendered
 * form leads to the first result instead of a second row
 * (`app/services/idempotency.server.ts`).
 */
export function IdempotencyKeyField({ value }: { value: string }) {
  return <input type="hidden" name={IDEMPOTENCY_FIELD} value={value} />
}
