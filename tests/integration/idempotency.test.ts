import type { ActionFunctionArgs } from '@remix-run/node'
import { eq } from 'drizzle-orm'
import { beforeEach, describe, expect, it } from 'vitest'
import { getDb } from '@db/client.server'
import {
  auditLog,
  candidates,
  contactRequests,
  emailOutbox,
  followUpContacts,
  idempotencyKeys,
  organisations,
  personDeletionRequests,
  plannedFollowUps,
  profiles,
  users,
  vacancies,
} from '@db/schema'
import { action as newVacancyAction, loader as newVacancyLoader } from '~/routes/arbeidsgiver.stillinger.ny'
import { action as agreementAction } from '~/routes/jobbspesialist.avtaler.$id'
import { action as registerAction } from '~/routes/registrer'
import { action as contactAction } from '~/routes/arbeidsgiver.kandidater.$code_.kontakt'
import { action as inviteAction } from '~/routes/admin.brukere.inviter'
import { action as registerPersonAction } from '~/routes/jobbspesialist.portefolje.ny'
import { action as stateHiresAction } from '~/routes/arbeidsgiver.statlige-ansettelser'
import { action as minSideAccessAction } from '~/routes/jobbspesialist.portefolje.$id.min-side'
import { action as deletionAction } from '~/routes/min-side.sletting'
import { personSessionCookie, startPersonSession } from '~/services/person-auth.server'
import { createAgreement } from '~/services/agreements/commands.server'
import { messageOf } from '~/utils/result'
import { deleteOldIdempotencyKeys, newIdempotencyKey } from '~/services/idempotency.server'
import { advanceClock, setClock } from '~/utils/clock.server'
import { agreementWorld } from './agreements-fixtures'
import { freshFnr, sessionRequest } from './profiles-fixtures'

/** Issue 10 §6: a second submit of the same rendered form leads to the first result, without a second row. */

type Action = (args: ActionFunctionArgs) => Promise<unknown>

/** The action's answer as a Response (a `data()` reply keeps its status). */
function asResponse(out: unknown): Response {
  if (out instanceof Response) return out
  const status =
    typeof out === 'object' && out !== null && 'init' in out && typeof out.init === 'object' && out.init !== null && 'status' in out.init
      ? Number(out.init.status)
      : 200
  return new Response(JSON.stringify(out), { status })
}

async function post(
  action: Action,
  userId: number,
  url: string,
  fields: Record<string, string | string[]>,
  params: Record<string, string> = {},
) {
  const session = await sessionRequest(userId, url)
  const body = new URLSearchParams()
  for (const [name, value] of Object.entries(fields)) for (const v of [value].flat()) body.append(name, v)
  const request = new Request(url, { method: 'POST', headers: session.headers, body })
  try {
    return asResponse(await action({ request, params, context: {} }))
  } catch (thrown) {
    if (thrown instanceof Response) return thrown
    throw thrown
  }
}

const VACANCY = {
  title: 'Kokk',
  occupation: 'Kokker',
  description: 'Lunsj og middag.',
  kommunenummer: '0301',
  positionPercent: '100',
  contractType: 'FAST',
  startMode: 'SNAREST',
  applicationDeadline: '15.12.2026',
  yearlySalary: '480000',
  languages: 'no',
}

/** A published profile of the world's person (as the contact tests set it up). */
function publishedProfileCode(w: ReturnType<typeof agreementWorld>): string {
  getDb()
    .insert(profiles)
    .values({
      candidateId: w.person.id,
      code: 'K7Q2XP',
      status: 'PUBLISERT',
      headline: 'Erfaren kokk',
      summary: 'Vil tilbake i jobb.',
      desiredStyrkCodes: ['5120'],
      shownAgeBand: '30-39',
      shownFylkesnummer: '03',
      publishedAt: '2026-11-01T10:00:00.000Z',
    })
    .run()
  return 'K7Q2XP'
}

const NEW_VACANCY_URL = 'http://localhost/arbeidsgiver/stillinger/ny'

describe('a form that creates something, sent twice', () => {
  // The vacancy's deadline (15.12.2026) must lie ahead, whatever today is.
  beforeEach(() => setClock(new Date('2026-11-22T10:00:00Z')))

  it('a new vacancy: the second submit with the same key leads to the same vacancy page, and there is one vacancy', async () => {
    setClock(new Date('2026-11-22T10:00:00Z'))
    const w = agreementWorld()
    // The key comes with the rendered form.
    const page = await newVacancyLoader({ request: await sessionRequest(w.ag.id, NEW_VACANCY_URL), params: {}, context: {} })
    const key = page.idempotencyKey
    expect(key).toMatch(/^[0-9a-f-]{36}$/)

    const first = await post(newVacancyAction, w.ag.id, NEW_VACANCY_URL, { ...VACANCY, idempotencyKey: key })
    const second = await post(newVacancyAction, w.ag.id, NEW_VACANCY_URL, { ...VACANCY, idempotencyKey: key })
    expect(first.status).toBe(302)
    expect(first.headers.get('Location')).toMatch(/^\/arbeidsgiver\/stillinger\/\d+\?melding=opprettet$/)
    expect(second.status).toBe(302)
    expect(second.headers.get('Location')).toBe(first.headers.get('Location'))
    expect(getDb().select().from(vacancies).all()).toHaveLength(1)
    expect(getDb().select().from(auditLog).where(eq(auditLog.action, 'VACANCY_CREATED')).all()).toHaveLength(1)

    // A new rendering of the form (a new key) makes a second vacancy, as intended.
    const third = await post(newVacancyAction, w.ag.id, NEW_VACANCY_URL, { ...VACANCY, idempotencyKey: newIdempotencyKey() })
    expect(third.headers.get('Location')).not.toBe(first.headers.get('Location'))
    expect(getDb().select().from(vacancies).all()).toHaveLength(2)
  })

  it('two submits at the same moment make one vacancy', async () => {
    const w = agreementWorld()
    const key = newIdempotencyKey()
    const responses = await Promise.all(
      [1, 2, 3].map(() => post(newVacancyAction, w.ag.id, NEW_VACANCY_URL, { ...VACANCY, idempotencyKey: key })),
    )
    expect(new Set(responses.map((r) => r.headers.get('Location'))).size).toBe(1)
    expect(getDb().select().from(vacancies).all()).toHaveLength(1)
  })

  it('a submit with errors does not use up the key: the corrected form creates the vacancy', async () => {
    const w = agreementWorld()
    const key = newIdempotencyKey()
    const wrong = await post(newVacancyAction, w.ag.id, NEW_VACANCY_URL, { ...VACANCY, title: '', idempotencyKey: key })
    expect(wrong.status).toBe(400)
    expect(getDb().select().from(vacancies).all()).toHaveLength(0)
    const right = await post(newVacancyAction, w.ag.id, NEW_VACANCY_URL, { ...VACANCY, idempotencyKey: key })
    expect(right.status).toBe(302)
    expect(getDb().select().from(vacancies).all()).toHaveLength(1)
  })

  it('another user sending the same key gets their own vacancy, never the first user’s page', async () => {
    const w = agreementWorld()
    const key = newIdempotencyKey()
    const mine = await post(newVacancyAction, w.ag.id, NEW_VACANCY_URL, { ...VACANCY, idempotencyKey: key })
    const theirs = await post(newVacancyAction, w.ag2.id, NEW_VACANCY_URL, { ...VACANCY, idempotencyKey: key })
    expect(theirs.headers.get('Location')).not.toBe(mine.headers.get('Location'))
    expect(
      getDb()
        .select()
        .from(vacancies)
        .all()
        .map((v) => v.organisationId)
        .sort(),
    ).toEqual([w.employer.id, w.other.id].sort())
  })

  it('a follow-up contact: the second submit with the same key shows the same page and logs one contact', async () => {
    setClock(new Date('2026-12-10T10:00:00Z'))
    const w = agreementWorld()
    const created = createAgreement(w.js, { candidateId: w.person.id, organisationId: w.employer.id, sharingConsentConfirmed: true })
    if (!created.ok) throw new Error(messageOf(created))
    const id = String(created.value.id)
    const url = `http://localhost/jobbspesialist/avtaler/${id}`
    const key = newIdempotencyKey()
    const contact = {
      intent: 'followUp',
      kind: 'TELEFON',
      withWhom: 'BEGGE',
      date: '09.12.2026',
      note: 'Ringte og avtalte neste møte.',
      nextDate: '17.12.2026',
      idempotencyKey: key,
    }
    const first = await post(agreementAction, w.js.id, url, contact, { id })
    const second = await post(agreementAction, w.js.id, url, contact, { id })
    expect(first.status).toBe(302)
    expect(first.headers.get('Location')).toBe(`/jobbspesialist/avtaler/${id}?lagret=kontakt`)
    expect(second.headers.get('Location')).toBe(first.headers.get('Location'))
    expect(getDb().select().from(followUpContacts).all()).toHaveLength(1)
    expect(getDb().select().from(plannedFollowUps).all()).toHaveLength(1) // the next one, planned once
    expect(getDb().select().from(auditLog).where(eq(auditLog.action, 'FOLLOW_UP_LOGGED')).all()).toHaveLength(1)

    // Planning a follow-up from the same page is its own form: the same key does not replay the contact.
    const plan = await post(agreementAction, w.js.id, url, { intent: 'plan', planDate: '24.12.2026', idempotencyKey: key }, { id })
    const planAgain = await post(agreementAction, w.js.id, url, { intent: 'plan', planDate: '24.12.2026', idempotencyKey: key }, { id })
    expect(plan.headers.get('Location')).toBe(`/jobbspesialist/avtaler/${id}?lagret=planlagt`)
    expect(planAgain.headers.get('Location')).toBe(plan.headers.get('Location'))
    expect(getDb().select().from(plannedFollowUps).all()).toHaveLength(2)
  })

  it('employer sign-up sent twice at once: both answers lead to «sendt», one organisation and one verification mail', async () => {
    const key = newIdempotencyKey()
    const form = {
      orgnr: '889640782',
      organisationName: 'Fjordkanten Kafé AS',
      kommunenummer: '4601',
      sector: 'PRIVAT',
      naceSection: 'I',
      name: 'Kari Nordmann',
      email: 'kari@fjordkanten.no',
      password: 'et-langt-passord',
      passwordRepeat: 'et-langt-passord',
      idempotencyKey: key,
    }
    const send = () => {
      const request = new Request('http://localhost/registrer', { method: 'POST', body: new URLSearchParams(form) })
      return registerAction({ request, params: {}, context: {} }).then(asResponse, (thrown) =>
        thrown instanceof Response ? thrown : Promise.reject(thrown),
      )
    }
    // Both pass the «is the e-mail free?» check before either has saved (the password hash takes a while).
    const answers = await Promise.all([send(), send()])
    expect(answers.map((r) => [r.status, r.headers.get('Location')])).toEqual([
      [302, '/registrer/sendt'],
      [302, '/registrer/sendt'],
    ])
    expect(getDb().select().from(organisations).where(eq(organisations.orgnr, '889640782')).all()).toHaveLength(1)
    expect(getDb().select().from(emailOutbox).where(eq(emailOutbox.toAddress, 'kari@fjordkanten.no')).all()).toHaveLength(1)
    // Later, the same key again: still «sendt», not «the e-mail address is taken».
    const later = await send()
    expect(later.headers.get('Location')).toBe('/registrer/sendt')
  })

  it('a contact request, an invitation, a person in the caseload and a state hire report are each made once', async () => {
    setClock(new Date('2026-12-10T10:00:00Z'))
    const w = agreementWorld()
    const code = publishedProfileCode(w)
    const twice = async (
      action: Action,
      userId: number,
      url: string,
      fields: Record<string, string | string[]>,
      params: Record<string, string> = {},
    ) => {
      const key = newIdempotencyKey()
      const first = await post(action, userId, url, { ...fields, idempotencyKey: key }, params)
      const second = await post(action, userId, url, { ...fields, idempotencyKey: key }, params)
      expect(first.status, url).toBe(302)
      expect(second.headers.get('Location'), url).toBe(first.headers.get('Location'))
      return first.headers.get('Location')
    }
    await twice(
      contactAction,
      w.ag.id,
      `http://localhost/arbeidsgiver/kandidater/${code}/kontakt`,
      { message: 'Vi har en stilling som kokk.' },
      { code },
    )
    expect(getDb().select().from(contactRequests).all()).toHaveLength(1)

    const admin = getDb()
      .insert(users)
      .values({ email: 'admin@nav.no', name: 'Ada', role: 'admin', organisationId: w.nav.id })
      .returning()
      .get()
    await twice(inviteAction, admin.id, 'http://localhost/admin/brukere/inviter', {
      email: 'ny@nav.no',
      role: 'jobbspesialist',
      navUnitId: String(w.nav.id),
    })
    expect(getDb().select().from(users).where(eq(users.email, 'ny@nav.no')).all()).toHaveLength(1)
    expect(getDb().select().from(emailOutbox).where(eq(emailOutbox.toAddress, 'ny@nav.no')).all()).toHaveLength(1)

    const before = getDb().select().from(candidates).all().length
    const person = await twice(registerPersonAction, w.js.id, 'http://localhost/jobbspesialist/portefolje/ny', {
      firstName: 'Kari',
      lastName: 'Hansen',
      fnr: freshFnr('1990-04-12'),
      kommunenummer: '0301',
      navUnitId: String(w.nav.id),
      innsatsgruppe: 'TRENGER_VEILEDNING',
      referralDate: '01.12.2026',
    })
    expect(person).toMatch(/^\/jobbspesialist\/portefolje\/\d+\?registrert=1/)
    expect(getDb().select().from(candidates).all()).toHaveLength(before + 1)

    getDb().update(organisations).set({ sector: 'STATLIG' }).where(eq(organisations.id, w.employer.id)).run()
    const report = await twice(stateHiresAction, w.ag.id, 'http://localhost/arbeidsgiver/statlige-ansettelser', {
      year: '2026',
      totalHires: '40',
    })
    expect(report).toBe('/arbeidsgiver/statlige-ansettelser?lagret=2026')
    expect(getDb().select().from(auditLog).where(eq(auditLog.action, 'STATE_HIRES_REPORTED')).all()).toHaveLength(1)
  })

  it('on Min side: a deletion request sent twice is one request, and the jobbspesialist’s invitation is one e-mail', async () => {
    const w = agreementWorld()
    const person = w.person
    const url = `http://localhost/jobbspesialist/portefolje/${person.id}/min-side`
    const key = newIdempotencyKey()
    const invites = [await post(minSideAccessAction, w.js.id, url, { intent: 'invite', idempotencyKey: key }, { id: String(person.id) })]
    invites.push(await post(minSideAccessAction, w.js.id, url, { intent: 'invite', idempotencyKey: key }, { id: String(person.id) }))
    expect(invites.map((r) => r.headers.get('Location'))).toEqual(
      Array(2).fill(`/jobbspesialist/portefolje/${person.id}/min-side?invitert=1`),
    )
    expect(getDb().select().from(emailOutbox).where(eq(emailOutbox.template, 'min-side-invitation')).all()).toHaveLength(1)

    const cookie = (await personSessionCookie(startPersonSession(getDb(), person.id, 'LENKE'))).split(';')[0]
    const deletionKey = newIdempotencyKey()
    const ask = () =>
      deletionAction({
        request: new Request('http://localhost/min-side/sletting', {
          method: 'POST',
          headers: { Cookie: cookie },
          body: new URLSearchParams({ message: 'Slett alt.', idempotencyKey: deletionKey }),
        }),
        params: {},
        context: {},
      }).then(asResponse)
    const [first, second] = [await ask(), await ask()]
    expect(first.headers.get('Location')).toMatch(/^\/min-side\/sletting\?sendt=1/)
    // Not «Du har allerede bedt om sletting»: the same page as the first.
    expect(second.headers.get('Location')).toBe(first.headers.get('Location'))
    expect(getDb().select().from(personDeletionRequests).all()).toHaveLength(1)
  })

  it('forgets keys after a day (the cleanup job)', async () => {
    setClock(new Date('2026-11-22T10:00:00Z'))
    const w = agreementWorld()
    await post(newVacancyAction, w.ag.id, NEW_VACANCY_URL, { ...VACANCY, idempotencyKey: newIdempotencyKey() })
    expect(deleteOldIdempotencyKeys()).toBe(0)
    advanceClock(25 * 3_600_000)
    expect(deleteOldIdempotencyKeys()).toBe(1)
    expect(getDb().select().from(idempotencyKeys).all()).toHaveLength(0)
  })
})
