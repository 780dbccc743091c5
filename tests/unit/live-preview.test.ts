import { describe, expect, it } from 'vitest'
import { livePreviewFromForm, type EmployerProfile } from '~/domain/profiles'
import { kommuneLabel } from '~/domain/geography/kommune-label'

const server: EmployerProfile = {
  code: 'K-ABC123',
  headline: 'Lagret overskrift',
  summary: '',
  occupations: [],
  skills: [],
  experienceLevel: null,
  educationLevel: null,
  languages: [],
  drivingLicences: [],
  workCapacity: { min: 50, max: 100 },
  availability: { code: 'ETTER_AVTALE', label: 'Etter avtale' },
  adaptationNeeds: [],
  targetGroups: [],
  schemeHints: [],
  ageBand: { code: '30-39', label: '30–39 år' },
  workArea: {
    description: 'Oslo, inntil 30 km unna',
    kommuner: [{ code: '0301', name: 'Oslo' }],
    fylker: [],
    partFylker: [],
    wholeCountry: false,
    maxTravelKm: 30,
  },
  publishedAt: null,
}

describe('the profile editor’s live preview', () => {
  it('shows what is typed through the employer projection, keeping the server’s guarded age band and work area', () => {
    const form = new FormData()
    form.set('headline', '  Kokk med fagbrev ')
    form.set('summary', 'Stabil og blid.')
    form.append('desiredStyrkCodes', '5120')
    form.set('skills', 'matlaging, hygiene, matlaging')
    form.set('workCapacityMin', '60')
    form.set('workCapacityMax', '')
    const p = livePreviewFromForm(form, server, (c) => (c === '5120' ? 'Kokker' : undefined))
    expect(p.headline).toBe('Kokk med fagbrev')
    expect(p.occupations).toEqual([{ code: '5120', title: 'Kokker' }])
    expect(p.skills).toEqual(['matlaging', 'hygiene'])
    expect(p.workCapacity).toEqual({ min: 60, max: 100 })
    expect(p.ageBand).toEqual(server.ageBand)
    expect(p.workArea).toEqual(server.workArea)
    expect(p.code).toBe('K-ABC123')
  })
})

describe('kommune labels', () => {
  it('put the Norwegian name first only when SSB put another first, and never invent a name', () => {
    expect(kommuneLabel('Aarborte - Hattfjelldal', 'Hattfjelldal')).toBe('Hattfjelldal - Aarborte')
    expect(kommuneLabel('Gáivuotna - Kåfjord - Kaivuono', 'Kåfjord')).toBe('Kåfjord - Gáivuotna - Kaivuono')
    expect(kommuneLabel('Trondheim - Tråante', 'Trondheim')).toBe('Trondheim - Tråante')
    expect(kommuneLabel('Herøy (Nordland)')).toBe('Herøy (Nordland)')
    expect(kommuneLabel('Oslo', 'Ukjent')).toBe('Oslo')
  })
})
