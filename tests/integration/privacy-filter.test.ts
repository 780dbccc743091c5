import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { getDb } from '@db/client.server'
import { candidates, profiles } from '@db/schema'
import { updateCv } from '~/services/candidates.server'
import { recordPublishingConsent } from '~/services/profiles/publishing.server'
import { saveProfile } from '~/services/profiles/editor.server'
import { DRAFT, register, setupPeople } from './profiles-fixtures'
import { fieldErrorList } from '~/utils/result'

/** The privacy filter wired into the services that write what employers see (issue 12). */
describe('the privacy filter where employers would see the text', () => {
  it('refuses the issue’s profile summary, naming each finding next to its field, and publishes nothing', () => {
    const { js, navUnitId } = setupPeople()
    const id = register(js, navUnitId, { firstName: 'Geir', lastName: 'Hagen' })
    expect(updateCv(js, id, { summary: '', experience: [{ employer: 'Fjordkokken Restaurant AS', title: 'Kokk' }] }).ok).toBe(true)
    recordPublishingConsent(js, id, { method: 'SKRIFTLIG', givenAt: '2026-02-01' })
    const summary =
      'Geirs styrker er mange. Hagens familie bor i 0557 Oslo. Ring 977 12549. Id 26 01 85 10544. Diagnose F32.1. Jobbet på Fjordkokken.'
    const result = saveProfile(js, id, { ...DRAFT, summary }, { publish: true })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(fieldErrorList(result.errors).every((e) => e.field === 'summary')).toBe(true)
    expect(fieldErrorList(result.errors).map((e) => e.message.match(/inneholder (.*): «(.*)»\./)?.slice(1))).toEqual([
      ['personens navn', 'Geirs'],
      ['personens navn', 'Hagens'],
      ['et postnummer med sted', '0557 Oslo'],
      ['noe som ser ut som et telefonnummer', '977 12549'],
      ['et fødselsnummer eller d-nummer', '26 01 85 10544'],
      ['et ord om diagnose eller helse', 'Diagnose'],
      ['noe som ser ut som en diagnosekode', 'F32.1'],
      ['navnet på en arbeidsgiver fra CV-en', 'Fjordkokken'],
    ])
    expect(getDb().select().from(profiles).where(eq(profiles.candidateId, id)).all()).toEqual([])
  })

  it('re-checks a published profile on every save, so an edit cannot slip health details in', () => {
    const { js, navUnitId } = setupPeople()
    const id = register(js, navUnitId)
    recordPublishingConsent(js, id, { method: 'SKRIFTLIG', givenAt: '2026-02-01' })
    expect(saveProfile(js, id, DRAFT, { publish: true }).ok).toBe(true)
    const edit = saveProfile(js, id, { ...DRAFT, skills: ['Truck', 'u t b r e n t'] })
    expect(edit).toMatchObject({ ok: false, errors: { skills: [expect.stringContaining('«u t b r e n t»')] } })
    expect(getDb().select().from(profiles).where(eq(profiles.candidateId, id)).get()?.skills).toEqual(DRAFT.skills)
  })

  it('refuses a CV with a fødselsnummer or health details (CV parts can be shared), keeps contact details and employers', () => {
    const { js, navUnitId } = setupPeople()
    const id = register(js, navUnitId)
    const refused = updateCv(js, id, {
      summary: 'Har vært sykmeldt med F43.2.',
      experience: [
        { employer: 'Modum Bad', title: 'Renholder' },
        { employer: 'Rema 1000', title: 'Butikkmedarbeider, tlf 26018510544' },
      ],
      education: [{ institution: 'Kuben vgs', programme: 'Restaurant- og matfag', year: '2015' }],
      certificates: ['Truckførerbevis', 'ADHD-kurs'],
    })
    expect(refused.ok).toBe(false)
    if (refused.ok) return
    expect(Object.keys(refused.errors)).toEqual(['summary', 'experience[1].title', 'certificates'])
    expect(refused.errors.summary).toEqual([
      '«Sammendrag» inneholder et ord om diagnose eller helse: «sykmeldt». Fjern det før CV-en lagres. CV-en kan deles med arbeidsgivere.',
      '«Sammendrag» inneholder noe som ser ut som en diagnosekode: «F43.2». Fjern det før CV-en lagres. CV-en kan deles med arbeidsgivere.',
    ])
    expect(getDb().select({ cv: candidates.cv }).from(candidates).where(eq(candidates.id, id)).get()?.cv).toBeNull()
    // What the employer gets with consent anyway may stand in the CV.
    const accepted = updateCv(js, id, {
      summary: 'Kari Nordmann, 412 34 567, kari@example.com. Kokk i 12 år.',
      experience: [{ employer: 'Modum Bad', title: 'Renholder' }],
    })
    expect(accepted.ok).toBe(true)
  })
})
