import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { getDb } from '@db/client.server'
import { auditLog, candidates, consents, profiles } from '@db/schema'
import { loader as listLoader } from '~/routes/api.v1.profiles'
import { loader as oneLoader } from '~/routes/api.v1.profiles_.$code'
import { getProfileEditor, saveProfile } from '~/services/profiles/editor.server'
import { recordPublishingConsent, unpublishProfile, withdrawPublishingConsent } from '~/services/profiles/publishing.server'
import { searchPublishedProfiles, viewPublishedProfile } from '~/services/profiles/employer.server'
import { openApiDocument } from '~/services/openapi.server'
import { DRAFT, PERSON, publishWithConsent, register, sessionRequest, setupPeople, valueOf } from './profiles-fixtures'
import { fieldErrorList } from '~/utils/result'

const callLoader = async (loader: typeof listLoader, request: Request, params: Record<string, string> = {}) => {
  try {
    return (await loader({ request, params, context: {} })) as Response
  } catch (thrown) {
    if (thrown instanceof Response) return thrown
    throw thrown
  }
}

describe('publishing a profile', () => {
  it('without a recorded consent is not published, but the edit is kept as a draft (issue 17)', () => {
    const { js, navUnitId } = setupPeople()
    const id = register(js, navUnitId)
    expect(saveProfile(js, id, DRAFT).ok).toBe(true) // a draft
    const result = saveProfile(js, id, { ...DRAFT, headline: 'Ny overskrift' }, { publish: true })
    expect(result).toMatchObject({ ok: true, value: { published: false, savedAsDraftForConsent: true } })
    const after = getDb().select().from(profiles).get()!
    expect(after.status).toBe('UTKAST')
    expect(after.headline).toBe('Ny overskrift')
    expect(after.publishedAt).toBeNull()
  })

  it('is blocked by personal data in the free text, saying what and where', () => {
    const { js, navUnitId } = setupPeople()
    const id = register(js, navUnitId)
    recordPublishingConsent(js, id, { method: 'SKRIFTLIG', givenAt: '2026-02-01' })
    const result = saveProfile(
      js,
      id,
      { ...DRAFT, headline: 'Kari søker jobb', summary: 'Ring 412 34 567 eller skriv til kari@example.com. Har ADHD.', skills: ['Truck'] },
      { publish: true },
    )
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(fieldErrorList(result.errors).map((e) => [e.field, e.message])).toEqual([
      ['headline', '«Overskrift» inneholder personens navn: «Kari». Fjern det før profilen publiseres.'],
      ['summary', '«Om personen» inneholder noe som ser ut som et telefonnummer: «412 34 567». Fjern det før profilen publiseres.'],
      ['summary', '«Om personen» inneholder en e-postadresse: «kari@example.com». Fjern det før profilen publiseres.'],
      ['summary', '«Om personen» inneholder et ord om diagnose eller helse: «ADHD». Fjern det før profilen publiseres.'],
    ])
    expect(getDb().select().from(profiles).all()).toEqual([])
  })

  it('with consent: published with a random code, scheme hints, age band and work area — coarsened when too few share them', () => {
    const { js, navUnitId } = setupPeople()
    const id = register(js, navUnitId) // Bærum (Akershus), born 1991, TRENGER_VEILEDNING
    const result = publishWithConsent(js, id)
    expect(result.published).toBe(true)
    expect(result.code).toMatch(/^K-[A-Z2-9]{6}$/)
    // the first profile ever is alone: k = 3 coarsens age band and work area («deler av Oslo»), and says so — never hides the area
    expect(result.coarseningNotes.join(' ')).toContain('Arbeidssted vises bare som fylke')
    const row = getDb().select().from(profiles).get()!
    expect(row).toMatchObject({
      status: 'PUBLISERT',
      shownAgeBand: 'ALLE',
      shownWorkArea: { kommuner: [], fylker: [], partFylker: ['03'], wholeCountry: false, maxTravelKm: 0 },
      shownFylkesnummer: '03',
      coarsened: ['ageBand', 'workArea'],
    })
    expect(row.schemeHints).toEqual(['MIDLERTIDIG_LONNSTILSKUDD_40', 'MENTOR', 'INKLUDERINGSTILSKUDD'])
    expect(getDb().select().from(auditLog).where(eq(auditLog.action, 'PROFILE_PUBLISHED')).all()).toHaveLength(1)
  })

  it('keeps the fine age band and work area once k published profiles share them', () => {
    const { js, navUnitId } = setupPeople()
    const ids = [0, 1, 2].map(() => register(js, navUnitId))
    for (const id of ids) publishWithConsent(js, id)
    const rows = getDb().select().from(profiles).all()
    const third = rows.find((r) => r.candidateId === ids[2])!
    expect(third).toMatchObject({
      shownAgeBand: '30-39',
      shownWorkArea: { kommuner: ['0301'], maxTravelKm: 30 },
      shownFylkesnummer: '03',
      coarsened: [],
    })
    expect(valueOf(getProfileEditor(js, ids[2])).preview.workArea?.description).toBe('Oslo, inntil 30 km unna')
  })

  it('unpublishing one profile coarsens the others that would now be shared by fewer than k', () => {
    const { js, navUnitId } = setupPeople()
    const ids = [0, 1, 2].map(() => register(js, navUnitId))
    for (const id of ids) publishWithConsent(js, id)
    const shownOf = (id: number) => getDb().select().from(profiles).where(eq(profiles.candidateId, id)).get()!
    expect(shownOf(ids[2])).toMatchObject({ shownAgeBand: '30-39', shownWorkArea: { kommuner: ['0301'] } })
    unpublishProfile(js, ids[0])
    expect(shownOf(ids[2])).toMatchObject({
      shownAgeBand: 'ALLE',
      shownWorkArea: { partFylker: ['03'] },
      coarsened: ['ageBand', 'workArea'],
      status: 'PUBLISERT',
    })
  })

  it('unpublishing removes the profile from the listing and the profile page at once', async () => {
    const { js, employer, navUnitId } = setupPeople()
    const id = register(js, navUnitId)
    const { code } = publishWithConsent(js, id)
    expect((await searchPublishedProfiles({ styrk: '4321' })).items.map((p) => p.code)).toEqual([code])
    expect(valueOf(viewPublishedProfile(employer, code)).code).toBe(code)
    expect(unpublishProfile(js, id)).toEqual({ ok: true, value: true })
    expect((await searchPublishedProfiles({ styrk: '4321' })).items).toEqual([])
    expect((await searchPublishedProfiles({})).total).toBe(0)
    expect(viewPublishedProfile(employer, code)).toMatchObject({ ok: false, kind: 'not_found' })
  })

  it('withdrawing the publishing consent unpublishes at once and blocks republishing', async () => {
    const { js, navUnitId } = setupPeople()
    const id = register(js, navUnitId)
    publishWithConsent(js, id)
    expect(withdrawPublishingConsent(js, id)).toEqual({ ok: true, value: { unpublished: true } })
    expect(getDb().select().from(profiles).get()!.status).toBe('AVPUBLISERT')
    expect(getDb().select().from(consents).get()!.withdrawnAt).not.toBeNull()
    expect((await searchPublishedProfiles({})).items).toEqual([])
    expect(saveProfile(js, id, DRAFT, { publish: true })).toMatchObject({
      ok: true,
      value: { published: false, savedAsDraftForConsent: true },
    })
    expect(getDb().select().from(profiles).get()!.status).toBe('AVPUBLISERT')
  })

  it('another jobbspesialist can neither read, write nor publish the profile', () => {
    const { js, js2, navUnitId } = setupPeople()
    const id = register(js, navUnitId)
    expect(getProfileEditor(js2, id)).toMatchObject({ ok: false, kind: 'not_found' })
    expect(recordPublishingConsent(js2, id, { method: 'MUNTLIG', givenAt: '2026-02-01' })).toMatchObject({ ok: false, kind: 'not_found' })
    expect(saveProfile(js2, id, DRAFT, { publish: true })).toMatchObject({ ok: false, kind: 'not_found' })
    expect(getDb().select().from(profiles).all()).toEqual([])
    expect(getDb().select().from(consents).all()).toEqual([])
  })

  it('every profile view is audit-logged with the viewer’s organisation', () => {
    const { js, employer, navUnitId, employerId } = setupPeople()
    const id = register(js, navUnitId)
    const { code } = publishWithConsent(js, id)
    viewPublishedProfile(employer, code)
    const [entry] = getDb().select().from(auditLog).where(eq(auditLog.action, 'PROFILE_VIEWED')).all()
    expect(entry).toMatchObject({ actorUserId: employer.id, actorOrganisationId: employerId, candidateId: id, subjectType: 'profile' })
    expect(entry.details).toMatchObject({ code, organisationId: employerId })
  })
})

describe('the employer listing filters', () => {
  it('filter by occupation, county, capacity, availability, language, driving licence and adaptation the employer can meet', async () => {
    const { js, navUnitId } = setupPeople()
    const a = register(js, navUnitId)
    const b = register(js, navUnitId)
    const codeA = publishWithConsent(js, a, {
      desiredStyrkCodes: ['5120'],
      workCapacityMax: 100,
      availability: 'UMIDDELBART',
      languages: ['en', 'no'],
      drivingLicences: ['B'],
      adaptationNeeds: [],
    }).code
    const codeB = publishWithConsent(js, b, {
      desiredStyrkCodes: ['4321'],
      workCapacityMin: 20,
      workCapacityMax: 50,
      availability: 'INNEN_3_MND',
      languages: ['no'],
      drivingLicences: [],
      adaptationNeeds: ['ARBEIDSTID__FLEKSIBEL', 'FYSISK__TUNGE_LOFT'],
    }).code
    const codes = async (filters: Parameters<typeof searchPublishedProfiles>[0]) =>
      (await searchPublishedProfiles(filters)).items.map((p) => p.code).sort()
    expect(await codes({})).toEqual([codeA, codeB].sort())
    expect(await codes({ styrk: '5120' })).toEqual([codeA])
    expect(await codes({ minCapacity: 80 })).toEqual([codeA])
    expect(await codes({ availability: 'INNEN_1_MND' })).toEqual([codeA])
    expect(await codes({ availability: 'INNEN_3_MND' })).toEqual([codeA, codeB].sort())
    expect(await codes({ language: 'en' })).toEqual([codeA])
    expect(await codes({ drivingLicence: 'B' })).toEqual([codeA])
    expect(await codes({ adaptationGroups: ['ARBEIDSTID'] })).toEqual([codeA])
    expect(await codes({ adaptationGroups: ['ARBEIDSTID', 'FYSISK'] })).toEqual([codeA, codeB].sort())
    const page = await searchPublishedProfiles({}, 'capacity', 1)
    expect(page.items[0].code).toBe(codeA)
    expect(page.total).toBe(2)
  })
})

describe('GET /api/v1/profiles', () => {
  it('returns the anonymised fields and no personal data anywhere in the JSON', async () => {
    const { js, employer, navUnitId } = setupPeople()
    const id = register(js, navUnitId)
    const { code } = publishWithConsent(js, id)
    const person = getDb().select().from(candidates).where(eq(candidates.id, id)).get()!
    const list = await callLoader(listLoader, await sessionRequest(employer.id, 'http://localhost/api/v1/profiles?styrk=4321'))
    expect(list.status).toBe(200)
    const listText = await list.text()
    const body = JSON.parse(listText)
    expect(body.total).toBe(1)
    expect(body.items[0]).toMatchObject({ code, headline: DRAFT.headline, workCapacity: { min: 50, max: 80 } })
    const one = await callLoader(oneLoader, await sessionRequest(employer.id, `http://localhost/api/v1/profiles/${code}`), { code })
    expect(one.status).toBe(200)
    const oneText = await one.text()
    const [d, m, y] = [person.birthDate.slice(8, 10), person.birthDate.slice(5, 7), person.birthDate.slice(0, 4)]
    for (const text of [listText, oneText]) {
      for (const secret of [
        PERSON.firstName,
        PERSON.lastName,
        person.fnr,
        PERSON.phone,
        PERSON.email,
        person.birthDate,
        `${d}.${m}.${y}`,
        '3201',
        'Bærum',
        'TRENGER_VEILEDNING',
        `"candidateId"`,
        `"id":${id}`,
      ]) {
        expect(text, `JSON must not contain ${secret}`).not.toContain(secret)
      }
    }
  })

  it('400 with field errors for bad query values; 401 without a session; 403 for partners', async () => {
    const { partner, employer } = setupPeople()
    const bad = await callLoader(listLoader, await sessionRequest(employer.id, 'http://localhost/api/v1/profiles?styrk=abc&page=0'))
    expect(bad.status).toBe(400)
    const body = await bad.json()
    expect(body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['page', 'styrk'])
    expect(body.errors[0].message).toMatch(/[a-zæøå]/)
    expect((await callLoader(listLoader, new Request('http://localhost/api/v1/profiles'))).status).toBe(401)
    expect((await callLoader(listLoader, await sessionRequest(partner.id, 'http://localhost/api/v1/profiles'))).status).toBe(403)
  })

  it('GET /api/v1/profiles/{code} is 404 once unpublished (and for unknown codes)', async () => {
    const { js, employer, navUnitId } = setupPeople()
    const id = register(js, navUnitId)
    const { code } = publishWithConsent(js, id)
    unpublishProfile(js, id)
    const gone = await callLoader(oneLoader, await sessionRequest(employer.id, `http://localhost/api/v1/profiles/${code}`), { code })
    expect(gone.status).toBe(404)
    expect(await gone.json()).toEqual({ error: expect.any(String) })
    const unknown = await callLoader(oneLoader, await sessionRequest(employer.id, 'http://localhost/api/v1/profiles/1'), { code: '1' })
    expect(unknown.status).toBe(404)
  })

  it('is documented in the OpenAPI document', () => {
    const doc = openApiDocument() as { paths: Record<string, unknown>; components: { schemas: Record<string, unknown> } }
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/profiles', '/profiles/{code}']))
    expect(doc.components.schemas.EmployerProfile).toBeTruthy()
  })
})
