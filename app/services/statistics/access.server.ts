/**
 * Who may narrow the statistics to what: everyone sees all employers; an
 * employers'-side partner (Virke, Spekter) also its own members; the admin any.
 */
import { and, eq } from 'drizzle-orm'
import { getDb } from '@db/client.server'
import { organisations } from '@db/schema'
import { isCode } from '~/domain/codes'
import { EMPLOYER_SIDE_PARTNERS } from '~/domain/statistics/period'
import type { SessionUser } from '~/services/auth.server'
import { fail, ok, type Result } from '~/utils/result'

export type StatisticsAccess = {
  /** The values of `utvalg` this user may choose: 'alle' and, for an employers'-side partner, its own code. */
  utvalg: Array<{ value: string; label: string }>
}

export const partnerName = (code: string) => (code === 'VIRKE' ? 'Virke' : code === 'SPEKTER' ? 'Spekter' : code)

/** What a partner/admin user may narrow to. */
export function statisticsAccess(user: Pick<SessionUser, 'role' | 'organisationId'>): StatisticsAccess {
  const all = { value: 'alle', label: 'Alle arbeidsgivere' }
  const label = (code: string) => `Bare medlemsvirksomheter i ${partnerName(code)}`
  if (user.role === 'admin') return { utvalg: [all, ...EMPLOYER_SIDE_PARTNERS.map((c) => ({ value: c, label: label(c) }))] }
  if (user.role !== 'partner' || user.organisationId == null) return { utvalg: [all] }
  const org = getDb()
    .select({ code: organisations.partnerCode })
    .from(organisations)
    .where(and(eq(organisations.id, user.organisationId), eq(organisations.kind, 'PARTNER')))
    .get()
  const code = org?.code
  if (code && isCode(EMPLOYER_SIDE_PARTNERS, code)) return { utvalg: [all, { value: code, label: label(code) }] }
  return { utvalg: [all] }
}

/** `utvalg` if the user may narrow to it; otherwise a `validation` failure with the field error in bokmål. */
export function requireUtvalg(user: Pick<SessionUser, 'role' | 'organisationId'>, utvalg: string): Result<string> {
  return statisticsAccess(user).utvalg.some((u) => u.value === utvalg)
    ? ok(utvalg)
    : fail('validation', { utvalg: ['Du kan bare snevre inn til medlemsvirksomhetene i din egen organisasjon.'] })
}
