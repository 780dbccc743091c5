/**
 * The one result shape every service use-case returns (issue 13).
 * Field errors are keyed by the input's field name; form-level messages go
 * under `FORM_ERROR_KEY`. Services never put HTTP statuses in a result: the
 * route maps a failure with `app/utils/result.server.ts`.
 */
import type { z } from 'zod'

/** `unavailable`: the use-case cannot answer yet (e.g. data still being prepared); try again shortly. */
export type FailureKind = 'validation' | 'not_found' | 'forbidden' | 'conflict' | 'unavailable'

export type FieldErrors = Record<string, string[]>

/** Key for messages that belong to the whole form, not one field. */
export const FORM_ERROR_KEY = ''

export type Failure = { ok: false; kind: FailureKind; errors: FieldErrors }
export type Success<T> = { ok: true; value: T }
export type Result<T> = Success<T> | Failure
/** The value a use-case returns on success (for types derived from a service, e.g. OpenAPI's `Describes`). */
export type SuccessValue<R> = R extends Success<infer T> ? T : never

export function ok<T>(value: T): Success<T>
export function ok(): Success<undefined>
export function ok<T>(value?: T): Success<T | undefined> {
  return { ok: true, value }
}

/** A failure; `errors` is either field errors or one form-level message. */
export function fail(kind: FailureKind, errors: FieldErrors | string = {}): Failure {
  return { ok: false, kind, errors: typeof errors === 'string' ? { [FORM_ERROR_KEY]: [errors] } : errors }
}

export const notFoundResult = (message = 'Fant ikke det du lette etter.') => fail('not_found', message)
export const forbiddenResult = (message = 'Du har ikke tilgang til dette.') => fail('forbidden', message)

/** The first message of a failure (for a one-line error or a test). */
export function messageOf(failure: Failure): string {
  return Object.values(failure.errors).flat()[0] ?? ''
}

/** Adds one field message to a field-error record (for services that collect several). */
export function addFieldError(errors: FieldErrors, field: string, message: string): FieldErrors {
  ;(errors[field] ??= []).push(message)
  return errors
}

/** Field errors as the JSON API's `[{ field, message }]` list (form-level messages under `request`). */
export function fieldErrorList(errors: FieldErrors): Array<{ field: string; message: string }> {
  return Object.entries(errors).flatMap(([field, messages]) =>
    messages.map((message) => ({ field: field === FORM_ERROR_KEY ? 'request' : field, message })),
  )
}

/** Splits field errors into Conform's reply shape, keeping unknown fields as form errors. */
export function toReplyErrors(errors: FieldErrors, fields?: readonly string[]) {
  const fieldErrors: Record<string, string[]> = {}
  const formErrors: string[] = []
  for (const [field, messages] of Object.entries(errors)) {
    if (field !== FORM_ERROR_KEY && (!fields || fields.includes(field))) (fieldErrors[field] ??= []).push(...messages)
    else formErrors.push(...messages)
  }
  return { fieldErrors, formErrors }
}

/**
 * A schema's verdict on raw input as a result: the parsed value, or a
 * `validation` failure with the messages keyed by the field they are about
 * (for callers without a form, e.g. a test or a job; pages use Conform's `parseWithZod`).
 */
export function parseInput<Schema extends z.ZodTypeAny>(schema: Schema, input: unknown): Result<z.output<Schema>> {
  const parsed = schema.safeParse(input)
  if (parsed.success) return ok(parsed.data)
  const errors: FieldErrors = {}
  for (const issue of parsed.error.issues) addFieldError(errors, String(issue.path[0] ?? FORM_ERROR_KEY), issue.message)
  return fail('validation', errors)
}
