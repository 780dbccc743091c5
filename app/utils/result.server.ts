import type { SubmissionResult } from '@conform-to/react'
import { data } from '@remix-run/node'
import { FORM_ERROR_KEY, toReplyErrors, type Failure, type FailureKind } from './result'

const STATUS: Record<FailureKind, number> = { validation: 422, not_found: 404, forbidden: 403, conflict: 409, unavailable: 503 }

const TITLE: Record<FailureKind, string> = {
  validation: 'Noen av opplysningene er ikke gyldige.',
  not_found: 'Fant ikke det du lette etter.',
  forbidden: 'Du har ikke tilgang til dette.',
  conflict: 'Dette kolliderer med noe som allerede er lagret.',
  unavailable: 'Dette er ikke klart ennå. Prøv igjen om litt.',
}

export function statusOf(failure: Failure): number {
  return STATUS[failure.kind]
}

function firstMessage(failure: Failure): string {
  return Object.values(failure.errors).flat()[0] ?? TITLE[failure.kind]
}

/**
 * For page actions: `not_found` / `forbidden` become the error page (thrown),
 * `validation` / `conflict` a Conform reply next to the fields.
 */
export function replyToFailure<Extra extends object = object>(
  submission: { reply: (options?: { fieldErrors?: Record<string, string[]>; formErrors?: string[] }) => SubmissionResult },
  failure: Failure,
  fields?: readonly string[],
  extra?: Extra,
) {
  if (failure.kind === 'not_found' || failure.kind === 'forbidden') throw pageFailure(failure)
  return data(
    { ...(extra ?? ({} as Extra)), result: submission.reply(toReplyErrors(failure.errors, fields)) },
    { status: STATUS[failure.kind] },
  )
}

/**
 * For page actions without a Conform form (buttons): `not_found` / `forbidden`
 * become the error page (thrown), anything else `{ error }` with its status.
 */
export function actionFailure(failure: Failure) {
  if (failure.kind === 'not_found' || failure.kind === 'forbidden') throw pageFailure(failure)
  return data({ error: firstMessage(failure) }, { status: STATUS[failure.kind] })
}

/** For loaders: the 404/403 page (the root error boundary renders it). */
export function pageFailure(failure: Failure): Response {
  return new Response(firstMessage(failure), { status: STATUS[failure.kind] })
}

/** For the API: RFC 9457 problem details with field errors. */
export function problemResponse(failure: Failure): Response {
  const errors = Object.entries(failure.errors).flatMap(([field, messages]) =>
    messages.map((message) => ({ field: field === FORM_ERROR_KEY ? null : field, message })),
  )
  return Response.json(
    { type: 'about:blank', title: TITLE[failure.kind], status: STATUS[failure.kind], detail: firstMessage(failure), errors },
    { status: STATUS[failure.kind], headers: { 'Content-Type': 'application/problem+json' } },
  )
}
