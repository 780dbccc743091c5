/**
 * The one place a person's name, contact details and CV reach an employer:
 * only while the person's consent to share with that one organisation is
 * active (the caller checks it), and every view is audit-logged.
 */
import { eq } from 'drizzle-orm'
import { getDb } from '@db/client.server'
import { candidates } from '@db/schema'
import { pickCvParts, type Cv } from '~/domain/contact-requests'
import { actorOf } from '~/services/audit.server'
import { auditRequest, type Employer } from './shared.server'

export type SharedPerson = {
  firstName: string
  lastName: string
  phone: string | null
  email: string | null
  cv: Cv
  cvParts: string[]
  sharedUntil: string
}

/** The shared person for an active sharing, logged as CONTACT_DETAILS_VIEWED in the same transaction. */
export function revealSharedPerson(
  user: Employer,
  row: { id: number; candidateId: number; sharedCvParts: string[]; sharedUntil: string | null },
): SharedPerson {
  return getDb().transaction((tx) => {
    const c = tx
      .select({
        firstName: candidates.firstName,
        lastName: candidates.lastName,
        phone: candidates.phone,
        email: candidates.email,
        cv: candidates.cv,
      })
      .from(candidates)
      .where(eq(candidates.id, row.candidateId))
      .get()!
    auditRequest(tx, actorOf(user), 'CONTACT_DETAILS_VIEWED', row, { cvParts: row.sharedCvParts })
    return {
      firstName: c.firstName,
      lastName: c.lastName,
      phone: c.phone,
      email: c.email,
      cv: pickCvParts(c.cv, row.sharedCvParts),
      cvParts: row.sharedCvParts,
      sharedUntil: row.sharedUntil!,
    }
  })
}
