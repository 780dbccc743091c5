import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { auditLog, candidates, consents, contactRequests, profiles } from '@db/schema'
import { seedContactRequests } from '@db/seed/contact-requests'
import type { SeedContext } from '@db/seed/demo.server'
import { createRandom } from '@db/seed/random'
import { isSharingActive } from '~/domain/contact-requests'
import {
  employerContactSummary,
  getRequestForEmployer,
  jobbspesialistContactSummary,
  listHiresAwaitingAgreement,
} from '~/services/contact-requests/queries.server'
import { nowIso, setClock } from '~/utils/clock.server'
import { contactWorld } from './contact-fixtures'
import { valueOf } from './profiles-fixtures'

describe('demo contact requests', () => {
  it('cover every status, with active sharing, one FATT_JOBBEN and one ended sharing; consistent with the rules', () => {
    setClock(new Date('2026-11-22T09:00:00.000Z'))
    const w = contactWorld()
    // A few more published profiles for the demo jobbspesialist.
    for (let i = 0; i < 4; i++) {
      w.db
        .insert(profiles)
        .values({ candidateId: addPerson(w, i), code: `DEMO0${i}`, status: 'PUBLISERT', publishedAt: nowIso() })
        .run()
    }
    const ctx = {
      db: w.db,
      random: createRandom(1),
      employerIds: [w.employer.id, w.other.id],
      usersByEmail: new Map([
        ['jobbspesialist@demo.no', w.js.id],
        ['jobbspesialist2@demo.no', w.js2.id],
      ]),
    } as unknown as SeedContext
    w.db.transaction(() => seedContactRequests(ctx))

    const rows = w.db.select().from(contactRequests).all()
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(['SENDT', 'SPURT_KANDIDAT', 'GODKJENT', 'AVSLATT', 'UTLOPT', 'TRUKKET']))
    expect(rows.filter((r) => r.employerMarking === 'FATT_JOBBEN')).toHaveLength(1)
    const approved = rows.filter((r) => r.status === 'GODKJENT')
    expect(approved.filter((r) => isSharingActive(r, nowIso())).length).toBeGreaterThanOrEqual(2)
    expect(approved.filter((r) => r.sharingExpiredAt != null)).toHaveLength(1)
    // Every approval has its per-employer consent; open requests are unique per employer and profile.
    for (const r of approved) {
      expect(w.db.select().from(consents).where(eq(consents.contactRequestId, r.id)).get()).toMatchObject({
        kind: 'DELING_MED_ARBEIDSGIVER',
        organisationId: r.organisationId,
      })
    }
    const open = rows.filter((r) => r.status === 'SENDT' || r.status === 'SPURT_KANDIDAT').map((r) => `${r.profileId}:${r.organisationId}`)
    expect(new Set(open).size).toBe(open.length)
    expect(rows.find((r) => r.status === 'SPURT_KANDIDAT')!.replyDeadline! > '2026-11-22').toBe(true)
    // The pages work on it: the hired person shows for the jobbspesialist, the employer sees the shared person.
    expect(listHiresAwaitingAgreement(w.js.id)).toHaveLength(1)
    const hired = rows.find((r) => r.employerMarking === 'FATT_JOBBEN')!
    expect(valueOf(getRequestForEmployer(w.ag, hired.id)).person).not.toBeNull()
    expect(w.db.select().from(auditLog).where(eq(auditLog.action, 'CONTACT_REQUESTED')).all()).toHaveLength(rows.length)
    // The home-page summaries count the same rows.
    const mine = (status: string) => rows.filter((r) => r.status === status && profileOwner(w, r.profileId) === w.js.id).length
    expect(jobbspesialistContactSummary(w.js.id)).toEqual({ newRequests: mine('SENDT'), awaitingPerson: mine('SPURT_KANDIDAT') })
    expect(jobbspesialistContactSummary(w.js.id).awaitingPerson).toBe(1)
    const ownRows = rows.filter((r) => r.organisationId === w.employer.id)
    expect(employerContactSummary(w.employer.id)).toEqual({
      open: ownRows.filter((r) => r.status === 'SENDT' || r.status === 'SPURT_KANDIDAT').length,
      shared: ownRows.filter((r) => isSharingActive(r, nowIso())).length,
    })
  })

  it('does nothing without published profiles', () => {
    const w = contactWorld()
    w.db.update(profiles).set({ status: 'AVPUBLISERT' }).run()
    const ctx = {
      db: w.db,
      employerIds: [w.employer.id, w.other.id],
      usersByEmail: new Map([['jobbspesialist@demo.no', w.js.id]]),
    } as unknown as SeedContext
    seedContactRequests(ctx)
    expect(w.db.select().from(contactRequests).all()).toEqual([])
  })
})

function addPerson(w: ReturnType<typeof contactWorld>, i: number): number {
  return w.db
    .insert(candidates)
    .values({
      jobbspesialistUserId: i === 3 ? w.js2.id : w.js.id,
      firstName: 'Demo',
      lastName: `Person${i}`,
      fnr: `0101900000${i}`,
      birthDate: '1990-01-01',
      kommunenummer: '0301',
      innsatsgruppe: 'GODE_MULIGHETER',
      referralDate: '2026-08-01',
    })
    .returning()
    .get().id
}

function profileOwner(w: ReturnType<typeof contactWorld>, profileId: number): number {
  const p = w.db.select().from(profiles).where(eq(profiles.id, profileId)).get()!
  return w.db.select().from(candidates).where(eq(candidates.id, p.candidateId)).get()!.jobbspesialistUserId
}
