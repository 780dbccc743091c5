import { describe, expect, it } from 'vitest'
import { action as apiAction, loader as apiLoader } from '~/routes/api.v1.subsidy-comparisons'
import { openApiDocument } from '~/services/openapi.server'

function post(body: unknown, raw = false) {
  const request = new Request('http://localhost/api/v1/subsidy-comparisons', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: raw ? (body as string) : JSON.stringify(body),
  })
  return apiAction({ request, params: {}, context: {} }) as Promise<Response>
}

describe('POST /api/v1/subsidy-comparisons', () => {
  it('returns every scheme side by side with eligibility, totals per year and length', async () => {
    const response = await post({
      innsatsgruppe: 'JOBBE_DELVIS',
      birthDate: '10.05.2001',
      startDate: '2026-09-01',
      positionType: 'MIDLERTIDIG',
      monthlyPay: 30_000,
      kommunenummer: '0301',
      needsMentor: true,
      mentorHourlyWage: 350,
      mentorHoursPerMonth: 8.5,
    })
    expect(response.status).toBe(200)
    const body = await response.json()
    const by = Object.fromEntries(body.schemes.map((s: { scheme: string }) => [s.scheme, s]))
    expect(Object.keys(by)).toEqual([
      'MIDLERTIDIG_LONNSTILSKUDD',
      'FIREARIG_LONNSTILSKUDD',
      'VARIG_LONNSTILSKUDD',
      'VTAO',
      'SOMMERJOBB',
      'MENTOR',
      'INKLUDERINGSTILSKUDD',
    ])
    expect(by.FIREARIG_LONNSTILSKUDD).toMatchObject({ status: 'ELIGIBLE', endDate: '2028-08-31' })
    expect(by.VTAO).toMatchObject({ status: 'ELIGIBLE', endDate: '2027-08-31' })
    // 4 months of 2026 (Sep–Dec) at 7 321 and 8 months of 2027 at the latest (estimated) amount
    expect(by.VTAO.totalsByYear).toEqual([
      { year: 2026, total: 4 * 7_321, capped: false },
      { year: 2027, total: 8 * 7_321, capped: false },
    ])
    expect(by.VTAO.estimate).toBe(true)
    expect(by.MENTOR.status).toBe('ELIGIBLE')
    expect(by.SOMMERJOBB.status).toBe('NOT_ELIGIBLE')
    expect(by.SOMMERJOBB.reasons).toContain('Sommerjobb må starte mellom 1. juni og 31. august')
    expect(by.INKLUDERINGSTILSKUDD.status).toBe('NEEDS_INPUT')
    for (const s of body.schemes.filter((x: { status: string }) => x.status === 'ELIGIBLE')) {
      expect(s.totalsByYear.reduce((sum: number, y: { total: number }) => sum + y.total, 0)).toBe(s.total)
    }
  })

  it('answers 422 problem+json with field errors, never 500', async () => {
    const bad = await post({ innsatsgruppe: 'NOPE', startDate: '2026-02-30' })
    expect(bad.status).toBe(422)
    expect(bad.headers.get('Content-Type')).toContain('application/problem+json')
    const body = await bad.json()
    expect(body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'innsatsgruppe' }),
        { field: 'startDate', message: 'Startdato må være en gyldig dato (dd.mm.åååå)' },
      ]),
    )
    for (const raw of ['{oops', '', 'null', '[]', '42']) {
      const response = await post(raw, true)
      expect(response.status).toBe(422)
    }
    expect(((await apiLoader()) as Response).status).toBe(405)
  })

  it('is in the OpenAPI document, and the calculator lists the new schemes', () => {
    const doc = openApiDocument() as {
      paths: Record<string, { post?: unknown }>
      components: { schemas: Record<string, { properties: Record<string, { enum?: string[] }> }> }
    }
    expect(doc.paths['/subsidy-comparisons']?.post).toBeDefined()
    expect(doc.components.schemas.SubsidyComparisonRequest).toBeDefined()
    expect(doc.components.schemas.SubsidyComparison).toBeDefined()
    const schemes = doc.components.schemas.SubsidyCalculationRequest.properties.scheme.enum
    expect(schemes).toEqual(expect.arrayContaining(['FIREARIG_LONNSTILSKUDD', 'VTAO']))
    expect(doc.components.schemas.SubsidyCalculationRequest.properties.positionType.enum).toEqual(['FAST', 'MIDLERTIDIG'])
  })
})
