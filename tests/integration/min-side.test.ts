import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { agreements, auditLog, candidates, consents as consentsTable, emailOutbox, personSessions, profiles } from '@db/schema'
import { loadProfileDocuments } from '@search/documents'
import { ContactAnswerSchema } from '~/domain/contact-requests'
import { RequestLinkSchema, WithdrawConsentSchema } from '~/domain/person'
import { askCandidate } from '~/services/contact-requests/consent.server'
import { getRequestForEmployer } from '~/services/contact-requests/queries.server'
import { createContactRequest } from '~/services/contact-requests/requests.server'
import {
  answerMyRequest,
  endMySharing,
  exportMyData,
  getMyAgreement,
  getMyRequest,
  requestDeletion,
  saveDisclosurePlan,
  withdrawPublishing,
} from '~/services/min-side.server'
import {
  endPersonSessions,
  getPersonSession,
  inviteToMinSide,
  personSessionCookie,
  requestLoginLink,
  signInWithLink,
  startPersonSession,
} from '~/services/person-auth.server'
import { getProfileEditor } from '~/services/profiles/editor.server'
import { viewPublishedProfile } from '~/services/profiles/employer.server'
import { advanceClock, setClock } from '~/utils/clock.server'
import { parseInput } from '~/utils/result'
import { askInput, contactWorld } from './contact-fixtures'
import { valueOf } from './profiles-fixtures'

const CODE = 'K-K7Q2XP'
const NEEDS = ['ARBEIDSTID__FLEKSIBEL', 'ARBEIDSHVERDAGEN__STILLE_OG_ROLIG_MILJO']

/** The contact world with a valid profile code, two adaptation needs on the published profile, and a second person (B) of another jobbspesialist. */
function world() {
  setClock(new Date('2026-12-01T09:00:00.000Z'))
  const w = contactWorld()
  w.db.update(profiles).set({ code: CODE, adaptationNeeds: NEEDS }).where(eq(profiles.id, w.profile.id)).run()
  const other = w.db
    .insert(candidates)
    .values({
      jobbspesialistUserId: w.js2.id,
      navUnitId: w.nav.id,
      firstName: 'Berit',
      lastName: 'Bakkebø',
      fnr: '02029012345',
      birthDate: '1990-02-02',
      email: 'berit@example.no',
      kommunenummer: '0301',
      innsatsgruppe: 'GODE_MULIGHETER',
      referralDate: '2026-08-01',
    })
    .returning()
    .get()
  return { ...w, other }
}

function linkFromOutbox(to: string): string {
  const mail = world.db!.select().from(emailOutbox).where(eq(emailOutbox.toAddress, to)).all().at(-1)
  const token = mail?.textBody.match(/\/min-side\/logg-inn\/([\w-]+)/)?.[1]
  if (!token) throw new Error(`no sign-in link mailed to ${to}`)
  return token
}
world.db = undefined as undefined | ReturnType<typeof contactWorld>['db']

async function cookieHeader(token: string): Promise<string> {
  return (await personSessionCookie(token)).split(';')[0]
}

function requestFor(path: string, cookie: string | null, init: RequestInit = {}): Request {
  const headers = new Headers(init.headers)
  if (cookie) headers.set('Cookie', cookie)
  return new Request(`http://localhost${path}`, { ...init, headers })
}

describe('Min side sign-in', () => {
  it('the jobbspesialist invites; the single-use link signs in once, expires after 24 hours, and the session idles out after 30 minutes', async () => {
    const w = world()
    world.db = w.db
    expect(inviteToMinSide(w.js2, w.person.id).ok).toBe(false) // not js2's person
    const invited = inviteToMinSide(w.js, w.person.id)
    expect(invited.ok).toBe(true)
    const mail = w.db.select().from(emailOutbox).where(eq(emailOutbox.template, 'min-side-invitation')).get()!
    expect(mail.toAddress).toBe('sigrid.solheimsvik@example.no')
    expect(mail.textBody).toContain('24 timer')
    expect(mail.textBody).not.toMatch(/Sigrid|tilrettelegging|arbeidstid/i)
    const token = linkFromOutbox(mail.toAddress)
    // Only the hash is stored.
    expect(JSON.stringify(w.db.select().from(personSessions).all())).not.toContain(token)

    const first = await signInWithLink(token)
    expect(first.ok).toBe(true)
    const again = await signInWithLink(token)
    expect(again.ok).toBe(false)

    const cookie = first.ok ? first.value.cookie.split(';')[0] : ''
    // The whole site (the header shows the signed-in person everywhere), never readable by scripts.
    const attributes = first.ok ? first.value.cookie.split(';').map((a) => a.trim()) : []
    expect(attributes).toEqual(expect.arrayContaining(['Path=/', 'HttpOnly', 'SameSite=Lax']))
    expect((await getPersonSession(requestFor('/min-side', cookie)))?.candidateId).toBe(w.person.id)
    advanceClock(29 * 60_000)
    expect(await getPersonSession(requestFor('/min-side', cookie))).not.toBeNull()
    advanceClock(31 * 60_000)
    expect(await getPersonSession(requestFor('/min-side', cookie))).toBeNull()

    inviteToMinSide(w.js, w.person.id)
    const late = linkFromOutbox('sigrid.solheimsvik@example.no')
    advanceClock(24 * 60 * 60_000 + 1000)
    expect(await signInWithLink(late)).toMatchObject({ ok: false, errors: { '': ['expired'] } })

    const login = w.db.select().from(auditLog).where(eq(auditLog.action, 'MIN_SIDE_LOGIN')).get()!
    expect(login).toMatchObject({ actorRole: 'person', actorCandidateId: w.person.id, actorUserId: null })
  })

  it('a new link: the same answer for known and unknown addresses, only invited people get mail, and it is rate limited', () => {
    const w = world()
    const before = w.db.select().from(emailOutbox).all().length
    expect(requestLoginLink({ email: 'ukjent@example.no' }, '10.0.0.1')).toEqual({ ok: true, value: { limited: false } })
    expect(requestLoginLink({ email: 'sigrid.solheimsvik@example.no' }, '10.0.0.1')).toEqual({ ok: true, value: { limited: false } })
    expect(w.db.select().from(emailOutbox).all().length).toBe(before) // not invited yet: no mail
    inviteToMinSide(w.js, w.person.id)
    expect(requestLoginLink({ email: 'Sigrid.Solheimsvik@example.no' }, '10.0.0.2').ok).toBe(true)
    expect(w.db.select().from(emailOutbox).where(eq(emailOutbox.template, 'min-side-login-link')).all()).toHaveLength(1)
    requestLoginLink({ email: 'sigrid.solheimsvik@example.no' }, '10.0.0.3')
    expect(requestLoginLink({ email: 'sigrid.solheimsvik@example.no' }, '10.0.0.4')).toEqual({ ok: true, value: { limited: true } })
    expect(parseInput(RequestLinkSchema, { email: 'ikke-en-adresse' })).toMatchObject({
      ok: false,
      kind: 'validation',
      errors: { email: [expect.stringContaining('gyldig')] },
    })
  })

  it('the jobbspesialist ends the session at once', async () => {
    const w = world()
    const token = startPersonSession(w.db, w.person.id, 'LENKE')
    const cookie = await cookieHeader(token)
    expect(await getPersonSession(requestFor('/min-side', cookie))).not.toBeNull()
    expect(endPersonSessions(w.js2, w.person.id).ok).toBe(false)
    expect(endPersonSessions(w.js, w.person.id)).toEqual({ ok: true, value: { ended: 1 } })
    expect(await getPersonSession(requestFor('/min-side', cookie))).toBeNull()
  })
})

describe('what the person can do', () => {
  it('hiding an adaptation need removes it from the employer view and the search document at once; the jobbspesialist still sees it', () => {
    const w = world()
    const saved = saveDisclosurePlan(w.person.id, { shown: ['ARBEIDSTID__FLEKSIBEL'] })
    expect(saved).toEqual({ ok: true, value: { shown: 1, withheld: 1 } })
    const employerView = valueOf(viewPublishedProfile(w.ag, CODE))
    expect(employerView.adaptationNeeds.flatMap((g) => g.needs.map((n) => n.code))).toEqual(['ARBEIDSTID__FLEKSIBEL'])
    expect(loadProfileDocuments(w.db, [w.profile.id])[0].adaptationNeeds).toEqual(['ARBEIDSTID__FLEKSIBEL'])
    const editor = valueOf(getProfileEditor(w.js, w.person.id))
    expect(editor.draft.adaptationNeeds).toEqual([...NEEDS].sort())
    expect(editor.withheldAdaptationNeeds).toEqual(['ARBEIDSHVERDAGEN__STILLE_OG_ROLIG_MILJO'])
    expect(editor.preview.adaptationNeeds.flatMap((g) => g.needs.map((n) => n.code))).toEqual(['ARBEIDSTID__FLEKSIBEL'])
    const entry = w.db.select().from(auditLog).where(eq(auditLog.action, 'MIN_SIDE_DISCLOSURE_CHANGED')).get()!
    expect(entry).toMatchObject({ actorRole: 'person', actorCandidateId: w.person.id, details: { shown: 1, withheld: 1 } })
  })

  it('withdrawing consent unpublishes at once and tells the jobbspesialist', () => {
    const w = world()
    w.db
      .insert(consentsTable)
      .values({
        candidateId: w.person.id,
        kind: 'PUBLISERING',
        method: 'MUNTLIG',
        scope: 'Publisering',
        givenAt: '2026-10-01',
        recordedByUserId: w.js.id,
      })
      .run()
    expect(parseInput(WithdrawConsentSchema, {}).ok).toBe(false) // the one button sends confirm=ja
    expect(withdrawPublishing(w.person.id, { confirm: 'ja' })).toEqual({ ok: true, value: { unpublished: true } })
    expect(viewPublishedProfile(w.ag, CODE)).toMatchObject({ ok: false, kind: 'not_found' })
    expect(loadProfileDocuments(w.db, [w.profile.id])).toEqual([])
    const notice = w.db.select().from(emailOutbox).where(eq(emailOutbox.template, 'min-side-publishing-withdrawn')).get()!
    expect(notice.toAddress).toBe('js@nav.no')
    expect(notice.textBody).not.toContain('Sigrid')
    const unpublished = w.db.select().from(auditLog).where(eq(auditLog.action, 'PROFILE_UNPUBLISHED')).get()!
    expect(unpublished).toMatchObject({ actorRole: 'person', actorCandidateId: w.person.id })
  })

  it('answers a contact request (the employer then sees the name) and ends the sharing early', () => {
    const w = world()
    const created = createContactRequest(w.ag, { code: CODE, message: 'Vi trenger en kokk.' })
    if (!created.ok) throw new Error('request not created')
    expect(getMyRequest(w.person.id, created.value.id).ok).toBe(false) // not asked yet
    expect(askCandidate(w.js, created.value.id, askInput({ deadlineOption: '7', cvParts: ['SUMMARY'], sendLink: false })).ok).toBe(true)
    const mine = getMyRequest(w.person.id, created.value.id)
    expect(mine).toMatchObject({ ok: true, value: { canAnswer: true, message: 'Vi trenger en kokk.', cvParts: [{ code: 'SUMMARY' }] } })
    expect(parseInput(ContactAnswerSchema, { answer: 'KANSKJE' })).toMatchObject({ ok: false, kind: 'validation' })
    expect(answerMyRequest(w.person.id, created.value.id, { answer: 'JA' })).toEqual({ ok: true, value: { answer: 'JA' } })
    expect(valueOf(getRequestForEmployer(w.ag, created.value.id)).person?.firstName).toBe('Sigrid')
    expect(answerMyRequest(w.person.id, created.value.id, { answer: 'NEI' })).toMatchObject({ ok: false, kind: 'conflict' })
    expect(endMySharing(w.person.id, created.value.id).ok).toBe(true)
    expect(valueOf(getRequestForEmployer(w.ag, created.value.id)).person).toBeNull()
    expect(w.db.select().from(emailOutbox).where(eq(emailOutbox.template, 'contact-sharing-ended')).get()?.toAddress).toBe(
      'ag@fjordkokken.no',
    )
  })

  it('exports everything about the person and nothing about anyone else; a deletion request goes to the jobbspesialist', () => {
    const w = world()
    const data = exportMyData(w.person.id, 'json')
    expect(data.person).toMatchObject({ firstName: 'Sigrid', fnr: '15028812345' })
    expect(data.profile?.code).toBe(CODE)
    const text = JSON.stringify(data)
    for (const other of ['Berit', 'Henrik', '02029012345']) expect(text).not.toContain(other)
    expect(loadProfileDocuments(w.db, [w.profile.id])).toHaveLength(1)
    expect(requestDeletion(w.person.id, { message: 'Slett alt.' })).toMatchObject({ ok: true, value: { unpublished: true } })
    expect(requestDeletion(w.person.id, {})).toMatchObject({ ok: false, kind: 'conflict' })
    const mail = w.db.select().from(emailOutbox).where(eq(emailOutbox.template, 'min-side-deletion-requested')).get()
    expect(mail?.toAddress).toBe('js@nav.no')
    expect(mail?.textBody).toContain('allerede fjernet fra søket')
    // The first retention rule applies at once: the profile leaves every employer view and the index.
    expect(w.db.select().from(profiles).where(eq(profiles.id, w.profile.id)).get()?.status).toBe('AVPUBLISERT')
    expect(loadProfileDocuments(w.db, [w.profile.id])).toEqual([])
    expect(viewPublishedProfile(w.ag, CODE)).toMatchObject({ ok: false, kind: 'not_found' })
    const withdrawn = w.db
      .select()
      .from(consentsTable)
      .where(eq(consentsTable.candidateId, w.person.id))
      .all()
      .filter((c) => c.kind === 'PUBLISERING')
    expect(withdrawn.every((c) => c.withdrawnAt != null && c.withdrawnByUserId == null)).toBe(true)
  })
})

/* ---------------------------------------------------------------- isolation, through the real routes */

type RouteModule = { loader?: (args: never) => unknown; action?: (args: never) => unknown }

const ROUTES: Array<{ path: string; file: string; params?: (ids: { request: number; agreement: number }) => Record<string, string> }> = [
  { path: '/min-side', file: 'min-side._index' },
  { path: '/min-side/profil', file: 'min-side.profil' },
  { path: '/min-side/deling', file: 'min-side.deling' },
  { path: '/min-side/samtykke', file: 'min-side.samtykke' },
  { path: '/min-side/foresporsler', file: 'min-side.foresporsler._index' },
  { path: '/min-side/foresporsler/:id', file: 'min-side.foresporsler.$id', params: (ids) => ({ id: String(ids.request) }) },
  { path: '/min-side/avtaler', file: 'min-side.avtaler._index' },
  { path: '/min-side/avtaler/:id', file: 'min-side.avtaler.$id', params: (ids) => ({ id: String(ids.agreement) }) },
  { path: '/min-side/innsyn', file: 'min-side.innsyn' },
  { path: '/min-side/mine-data', file: 'min-side.mine-data._index' },
  { path: '/min-side/mine-data.json', file: 'min-side.mine-data[.]json' },
  { path: '/min-side/mine-data/utskrift', file: 'min-side.mine-data.utskrift' },
  { path: '/min-side/sletting', file: 'min-side.sletting' },
]

async function run(fn: () => unknown): Promise<{ status: number; body: string; location: string | null }> {
  try {
    const value = await fn()
    if (value instanceof Response) return { status: value.status, body: await value.text(), location: value.headers.get('Location') }
    // Remix's data(): the payload with its status.
    const init = (value as { type?: string; init?: { status?: number }; data?: unknown }) ?? {}
    if (init.type === 'DataWithResponseInit') return { status: init.init?.status ?? 200, body: JSON.stringify(init.data), location: null }
    return { status: 200, body: JSON.stringify(value), location: null }
  } catch (thrown) {
    if (thrown instanceof Response) return { status: thrown.status, body: await thrown.text(), location: thrown.headers.get('Location') }
    throw thrown
  }
}

describe('one person can never reach another person’s page or data', () => {
  it('every /min-side route and the export, with another person’s session, with ids swapped and without a session', async () => {
    const w = world()
    // Person A (Sigrid) has a request she was asked about and an agreement; person B (Berit) signs in.
    const created = createContactRequest(w.ag, { code: CODE, message: 'Hei fra Fjordkjøkken.' })
    if (!created.ok) throw new Error('request not created')
    askCandidate(w.js, created.value.id, askInput({ deadlineOption: '7', cvParts: [], sendLink: false }))
    const agreement = w.db
      .insert(agreements)
      .values({
        candidateId: w.person.id,
        organisationId: w.employer.id,
        jobbspesialistUserId: w.js.id,
        status: 'MANGLER_GODKJENNING',
        jobTitle: 'Kokk',
        goals: 'Fast jobb',
      })
      .returning()
      .get()
    const ids = { request: created.value.id, agreement: agreement.id }
    expect(getMyAgreement(w.person.id, agreement.id).ok).toBe(true) // A can
    const cookieB = await cookieHeader(startPersonSession(w.db, w.other.id, 'LENKE'))
    const auditBefore = w.db.select().from(auditLog).all().length

    for (const route of ROUTES) {
      const mod = (await import(`../../app/routes/${route.file}.tsx`).catch(
        () => import(`../../app/routes/${route.file}.ts`),
      )) as RouteModule
      const params = route.params?.(ids) ?? {}
      const path = route.path.replace(':id', params.id ?? '')
      for (const kind of ['loader', 'action'] as const) {
        const fn = mod[kind] as ((args: { request: Request; params: Record<string, string>; context: object }) => unknown) | undefined
        if (!fn) continue
        const body = new URLSearchParams({ answer: 'JA', confirm: 'ja', shown: '', version: '1', intent: 'end-sharing', message: 'x' })
        const init = kind === 'action' ? { method: 'POST', body, headers: { 'Content-Type': 'application/x-www-form-urlencoded' } } : {}
        // Without a session: always to the sign-in page.
        const anonymous = await run(() => fn({ request: requestFor(path, null, init), params, context: {} }))
        expect([anonymous.status, anonymous.location], `${kind} ${path} without a session`).toEqual([302, '/min-side/logg-inn'])
        // With B's session: A's ids are 404; everything else shows or changes only B's own data.
        const asB = await run(() => fn({ request: requestFor(path, cookieB, init), params, context: {} }))
        if (route.params) expect(asB.status, `${kind} ${path} as B`).toBe(404)
        for (const secret of ['Sigrid', 'Solheimsvik', '15028812345', 'Fjordkjøkken', 'Fjordkokken', 'Fast jobb', CODE]) {
          expect(asB.body, `${kind} ${path} as B leaks ${secret}`).not.toContain(secret)
        }
      }
    }
    // A's request and agreement are untouched by B's attempts; A's profile is still published.
    expect(getMyRequest(w.person.id, created.value.id)).toMatchObject({ ok: true, value: { status: 'SPURT_KANDIDAT' } })
    expect(w.db.select().from(agreements).where(eq(agreements.id, agreement.id)).get()?.version).toBe(1)
    expect(w.db.select().from(profiles).where(eq(profiles.id, w.profile.id)).get()?.status).toBe('PUBLISERT')
    // Nothing B did was logged against A.
    const newEntries = w.db.select().from(auditLog).all().slice(auditBefore)
    expect(newEntries.filter((e) => e.candidateId === w.person.id)).toEqual([])
  })
})
