import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node'
import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { getDb } from '@db/client.server'
import { agreements, auditLog } from '@db/schema'
import { action as employerAgreementAction, loader as employerAgreementLoader } from '~/routes/arbeidsgiver.avtaler.$id'
import { action as agreementAction, loader as agreementLoader } from '~/routes/jobbspesialist.avtaler.$id'
import { approveAsEmployer, approveAsJobbspesialist } from '~/services/agreements/approvals.server'
import { cancelAgreement, createAgreement, updateAgreement } from '~/services/agreements/commands.server'
import { planFollowUp } from '~/services/agreements/follow-up.server'
import { getAgreementForApi, getAgreementForEmployer, getAgreementForJobbspesialist } from '~/services/agreements/queries.server'
import {
  requireEmployersAgreement,
  requireOwnedAgreement,
  requirePartysAgreement,
  requirePersonsAgreement,
} from '~/services/agreements/shared.server'
import type { SessionUser } from '~/services/auth.server'
import { setClock } from '~/utils/clock.server'
import { messageOf, type Result } from '~/utils/result'
import { addCandidate, agreementWorld, COMPLETE } from './agreements-fixtures'
import { sessionRequest } from './profiles-fixtures'

/**
 * Issue 13 part 3: who may reach an agreement is decided by the guards in
 * `app/services/agreements/shared.server.ts`. Someone else's agreement is
 * `not_found` (it names a person; its existence is not revealed), a user of
 * the wrong role `forbidden`, and every use-case and route goes through them.
 */

function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(messageOf(result))
  return result.value
}

function draftAndSent() {
  setClock(new Date('2026-11-22T09:00:00Z'))
  const w = agreementWorld()
  const draft = valueOf(
    createAgreement(w.js, { candidateId: w.person.id, organisationId: w.employer.id, sharingConsentConfirmed: true }),
  ).id
  const sent = valueOf(createAgreement(w.js, { candidateId: w.person.id, organisationId: w.employer.id })).id
  valueOf(updateAgreement(w.js, sent, 1, COMPLETE))
  const admin: SessionUser = { ...w.js, id: w.js.id, role: 'admin' }
  return { ...w, draft, sent, admin }
}

const versionOf = (id: number) => getDb().select().from(agreements).where(eq(agreements.id, id)).get()!.version

describe('the agreement guards', () => {
  it('the owning jobbspesialist: another jobbspesialist gets not_found, another role forbidden, an unknown id not_found', () => {
    const w = draftAndSent()
    expect(requireOwnedAgreement(w.js, w.draft)).toMatchObject({ ok: true, value: { id: w.draft } })
    expect(requireOwnedAgreement(w.js2, w.draft)).toMatchObject({ ok: false, kind: 'not_found' })
    expect(requireOwnedAgreement(w.js, 999_999)).toMatchObject({ ok: false, kind: 'not_found' })
    expect(requireOwnedAgreement(w.ag, w.draft)).toMatchObject({ ok: false, kind: 'forbidden' })
    expect(requireOwnedAgreement(w.admin, w.draft)).toMatchObject({ ok: false, kind: 'forbidden' })
  })

  it('the employer: another organisation gets not_found, a jobbspesialist forbidden; the views hide drafts', () => {
    const w = draftAndSent()
    expect(requireEmployersAgreement(w.ag, w.sent)).toMatchObject({ ok: true })
    expect(requireEmployersAgreement(w.ag2, w.sent)).toMatchObject({ ok: false, kind: 'not_found' })
    expect(requireEmployersAgreement(w.js, w.sent)).toMatchObject({ ok: false, kind: 'forbidden' })
    expect(getAgreementForEmployer(w.ag, w.draft)).toMatchObject({ ok: false, kind: 'not_found' })
    expect(getAgreementForEmployer(w.ag, w.sent)).toMatchObject({ ok: true, value: { id: w.sent } })
  })

  it('either party for the API: the employer not before the draft is sent, admin forbidden', () => {
    const w = draftAndSent()
    expect(requirePartysAgreement(w.js, w.draft)).toMatchObject({ ok: true })
    expect(requirePartysAgreement(w.ag, w.draft)).toMatchObject({ ok: false, kind: 'not_found' })
    expect(requirePartysAgreement(w.ag, w.sent)).toMatchObject({ ok: true })
    expect(requirePartysAgreement(w.ag2, w.sent)).toMatchObject({ ok: false, kind: 'not_found' })
    expect(requirePartysAgreement(w.js2, w.sent)).toMatchObject({ ok: false, kind: 'not_found' })
    expect(requirePartysAgreement(w.admin, w.sent)).toMatchObject({ ok: false, kind: 'forbidden' })
    // Refused reads are not audited as reads.
    getAgreementForApi(w.ag2, w.sent)
    expect(getDb().select().from(auditLog).where(eq(auditLog.action, 'AGREEMENT_API_READ')).all()).toHaveLength(0)
  })

  it('the person: only their own agreement once it is sent to them', () => {
    const w = draftAndSent()
    const someoneElse = addCandidate(w.js.id, w.nav.id, { email: 'kari@example.no' })
    expect(requirePersonsAgreement(w.person.id, w.sent)).toMatchObject({ ok: true })
    expect(requirePersonsAgreement(w.person.id, w.draft)).toMatchObject({ ok: false, kind: 'not_found' })
    expect(requirePersonsAgreement(someoneElse.id, w.sent)).toMatchObject({ ok: false, kind: 'not_found' })
  })

  it('every use-case answers through them and changes nothing for someone else', () => {
    const w = draftAndSent()
    const version = versionOf(w.sent)
    expect(getAgreementForJobbspesialist(w.js2, w.sent)).toMatchObject({ ok: false, kind: 'not_found' })
    expect(updateAgreement(w.js2, w.sent, version, { ...COMPLETE, goals: 'Ikke mitt' })).toMatchObject({ ok: false, kind: 'not_found' })
    expect(cancelAgreement(w.js2, w.sent, 'Ikke min avtale')).toMatchObject({ ok: false, kind: 'not_found' })
    expect(planFollowUp(w.js2, w.sent, '2026-12-24')).toMatchObject({ ok: false, kind: 'not_found' })
    expect(approveAsJobbspesialist(w.ag, w.sent, version)).toMatchObject({ ok: false, kind: 'forbidden' })
    expect(approveAsEmployer(w.ag2, w.sent, version)).toMatchObject({ ok: false, kind: 'not_found' })
    expect(approveAsEmployer(w.js, w.sent, version)).toMatchObject({ ok: false, kind: 'forbidden' })
    expect(versionOf(w.sent)).toBe(version)
  })
})

describe('the routes map the guards to the error page', () => {
  async function call(
    fn: (args: ActionFunctionArgs & LoaderFunctionArgs) => Promise<unknown>,
    userId: number,
    url: string,
    params: Record<string, string>,
    fields?: Record<string, string>,
  ) {
    const session = await sessionRequest(userId, url)
    const request = fields
      ? new Request(url, { method: 'POST', headers: session.headers, body: new URLSearchParams(fields) })
      : new Request(url, { headers: session.headers })
    try {
      return await fn({ request, params, context: {} })
    } catch (thrown) {
      if (thrown instanceof Response) return thrown
      throw thrown
    }
  }

  it('another jobbspesialist and another employer get 404 from the page and its actions', async () => {
    const w = draftAndSent()
    const id = String(w.sent)
    const jsUrl = `http://localhost/jobbspesialist/avtaler/${id}`
    const agUrl = `http://localhost/arbeidsgiver/avtaler/${id}`
    const notFound = (out: unknown) => expect(out).toMatchObject({ status: 404 })
    notFound(await call(agreementLoader, w.js2.id, jsUrl, { id }))
    notFound(await call(agreementAction, w.js2.id, jsUrl, { id }, { intent: 'cancel', reason: 'Ikke min avtale' }))
    notFound(await call(agreementAction, w.js2.id, jsUrl, { id }, { intent: 'approve', version: String(versionOf(w.sent)) }))
    notFound(await call(employerAgreementLoader, w.ag2.id, agUrl, { id }))
    notFound(await call(employerAgreementAction, w.ag2.id, agUrl, { id }, { version: String(versionOf(w.sent)) }))
    // The draft is not shown to its own employer either.
    notFound(await call(employerAgreementLoader, w.ag.id, `http://localhost/arbeidsgiver/avtaler/${w.draft}`, { id: String(w.draft) }))
    expect(getDb().select().from(agreements).where(eq(agreements.id, w.sent)).get()!.status).toBe('MANGLER_GODKJENNING')
  })
})
