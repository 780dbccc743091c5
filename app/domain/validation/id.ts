/** Path parameters of the JSON API: one schema each, used by the route and by the OpenAPI document. */
import { z } from 'zod'

function idParams(message: string, description: string) {
  return z.object({
    id: z.coerce
      .number({ invalid_type_error: message })
      .int(message)
      .positive(message)
      .max(Number.MAX_SAFE_INTEGER, message)
      .describe(description),
  })
}

export const AgreementIdParams = idParams('Avtale-id må være et positivt heltall.', 'The agreement id')
export const VacancyIdParams = idParams('Stillings-id må være et positivt heltall.', 'The vacancy id (one of your own)')
export const CandidateIdParams = idParams('Person-id må være et positivt heltall.', 'The person id in your caseload')
export const ProfileCodeParams = z.object({ code: z.string().describe('The profile code, e.g. K-7QMF3X') })

/** Zod issues → the API's `{ field, message }` list (first message per field). */
export function apiFieldErrors(error: z.ZodError): Array<{ field: string; message: string }> {
  const out: Array<{ field: string; message: string }> = []
  for (const issue of error.issues) {
    const field = issue.path.join('.') || 'request'
    if (!out.some((e) => e.field === field)) out.push({ field, message: issue.message })
  }
  return out
}
