import { describe, expect, it } from 'vitest'
import { getDb } from '@db/client.server'
import { eq } from 'drizzle-orm'
import { auditLog, grunnbelopRates, users, vtaoRates } from '@db/schema'
import { action as apiAction, loader as apiLoader } from '~/routes/api.v1.subsidy-calculations'
import { openApiDocument } from '~/services/openapi.server'
import {
  addRate,
  computeSubsidy,
  listRates,
  loadRateTables,
  resetSubsidyRateSeedCache,
  seedDefaultSubsidyRates,
} from '~/services/subsidies.server'
import { DEFAULT_RATES, hasMonthlyCost } from '~/domain/subsidies'
import { NewRateSchema } from '~/domain/subsidies/rate-input'

const example2 = {
  scheme: 'MIDLERTIDIG_LONNSTILSKUDD',
  innsatsgruppe: 'TRENGER_VEILEDNING_NEDSATT_ARBEIDSEVNE',
  startDate: '2026-01-01',
  endDate: '2027-12-31',
  monthlyPay: 41_667,
  holidayPayRate: 10.2,
  pensionRate: 2,
  employerTaxZone: 'I',
}

function post(body: unknown, raw = false) {
  const request = new Request('http://localhost/api/v1/subsidy-calculations', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: raw ? (body as string) : JSON.stringify(body),
  })
  return apiAction({ request, params: {}, context: {} }) as Promise<Response>
}

function adminActor() {
  const row = getDb().insert(users).values({ email: 'admin@test.no', name: 'Admin', role: 'admin' }).returning({ id: users.id }).get()
  return { id: row.id, role: 'admin', organisationId: null }
}

describe('subsidy service', () => {
  it('seeds the dated rates from the specification on first use', () => {
    const rates = loadRateTables()
    expect(rates.grunnbelop).toEqual(DEFAULT_RATES.grunnbelop)
    expect(rates.inclusionSubsidyMax).toEqual(DEFAULT_RATES.inclusionSubsidyMax)
    expect(rates.employerTax).toHaveLength(7)
    expect(rates.employerTax).toEqual(expect.arrayContaining([...DEFAULT_RATES.employerTax]))
    // idempotent
    expect(loadRateTables()).toEqual(rates)
    expect(getDb().select().from(grunnbelopRates).all()).toHaveLength(8)
    // G from 1 May 2026 and the VTAO amounts are dated rows like the others
    expect(rates.grunnbelop.at(-1)).toMatchObject({ validFrom: '2026-05-01', amount: 136_549 })
    expect(rates.vtaoMonthly.map((r) => [r.validFrom, r.amount])).toEqual([
      ['2022-01-01', 6_241],
      ['2023-01-01', 6_428],
      ['2024-01-01', 6_808],
      ['2025-01-01', 7_067],
      ['2026-01-01', 7_321],
    ])
    expect(listRates().VTAO_MANEDSBELOP).toHaveLength(5)
  })

  it('adds rows the specification added later to a database seeded before (G 2026, VTAO)', () => {
    loadRateTables()
    getDb().delete(grunnbelopRates).where(eq(grunnbelopRates.validFrom, '2026-05-01')).run()
    getDb().delete(vtaoRates).run()
    resetSubsidyRateSeedCache()
    seedDefaultSubsidyRates(getDb())
    const rates = loadRateTables()
    expect(rates.grunnbelop.at(-1)?.amount).toBe(136_549)
    expect(rates.vtaoMonthly).toHaveLength(5)
  })

  it('computes worked example 2 with the rates from the database', () => {
    const outcome = computeSubsidy(example2)
    expect(outcome.ok && outcome.value.total).toBe(705_396)
    expect(outcome.ok && outcome.value.totalsByYear).toEqual([
      { year: 2026, total: 384_756, capped: false },
      { year: 2027, total: 320_640, capped: false },
    ])
  })

  it('resolves a kommunenummer to its zone through the reference data', () => {
    const oslo = computeSubsidy({ ...example2, employerTaxZone: undefined, kommunenummer: '0301' })
    expect(oslo.ok && oslo.value.scheme !== 'INKLUDERINGSTILSKUDD' && oslo.value.rates.employerTaxZone).toBe('I')
    const alta = computeSubsidy({ ...example2, employerTaxZone: undefined, kommunenummer: '5601' })
    expect(alta.ok && hasMonthlyCost(alta.value) && alta.value.monthlyCost.employerTax).toBe(0)
    const bodo = computeSubsidy({ ...example2, employerTaxZone: undefined, kommunenummer: '1804' })
    expect(bodo.ok && bodo.value.scheme !== 'INKLUDERINGSTILSKUDD' && bodo.value.rates.employerTaxZone).toBe('IVa')
    const unknown = computeSubsidy({ ...example2, employerTaxZone: undefined, kommunenummer: '0000' })
    expect(unknown.ok).toBe(false)
  })

  it('uses a rate row an admin adds, from its date, and audits it', () => {
    const admin = adminActor()
    const varig = {
      scheme: 'VARIG_LONNSTILSKUDD',
      innsatsgruppe: 'JOBBE_DELVIS',
      startDate: '2026-01-01',
      endDate: '2026-12-31',
      monthlyPay: 266_667,
      subsidyPercent: 75,
      holidayPayRate: 0,
      pensionRate: 0,
      employerTaxZone: 'V',
    }
    const year2027 = { ...varig, startDate: '2027-01-01', endDate: '2027-12-31' }
    const before = computeSubsidy(year2027)
    expect(before.ok && before.value.total).toBe(5 * 136_549)
    expect(before.ok && 'estimate' in before.value && before.value.estimate).toBe(true)
    const added = addRate(admin, {
      kind: 'GRUNNBELOP',
      validFrom: '2027-05-01',
      value: 140_000,
      source: 'Test: trygdeoppgjøret 2027',
    })
    expect(added.ok).toBe(true)
    const after = computeSubsidy(year2027)
    // Jan–Apr cap 682 745 is reached in April (4 × 200 000); from May the cap is 5 × 140 000 = 700 000.
    expect(after.ok && after.value.total).toBe(700_000)
    expect(after.ok && 'estimate' in after.value).toBe(false)
    expect(listRates().GRUNNBELOP.at(-1)).toMatchObject({ validFrom: '2027-05-01', value: 140_000, addedBy: admin.id })
    // the 2026 calculation uses the seeded G from 1 May 2026
    const y2026 = computeSubsidy(varig)
    expect(y2026.ok && y2026.value.total).toBe(682_745)
    const log = getDb().select().from(auditLog).all()
    expect(log.some((row) => row.action === 'RATE_ADDED' && row.subjectType === 'GRUNNBELOP')).toBe(true)
  })

  it('refuses a duplicate date, a bad value and a missing source', () => {
    const admin = adminActor()
    const dup = addRate(admin, { kind: 'GRUNNBELOP', validFrom: '2025-05-01', value: 1, source: 'Kilde her' })
    expect(dup).toEqual({ ok: false, kind: 'conflict', errors: { validFrom: [expect.any(String)] } })
    // The input's own rules are the form's schema (tests/unit/rate-input.test.ts has them all).
    const bad = NewRateSchema.safeParse({ kind: 'ARBEIDSGIVERAVGIFT', validFrom: '2027-01-01', value: 101, source: '' })
    expect(bad.error?.issues.map((e) => e.path[0])).toEqual(['source', 'zone', 'value'])
    const inkl = NewRateSchema.safeParse({
      kind: 'INKLUDERINGSTILSKUDD_MAKS',
      validFrom: '2027-03-01',
      value: 170_000,
      source: 'nav.no',
    })
    expect(inkl.error?.issues[0].path[0]).toBe('validFrom')
  })

  it('uses a VTAO amount an admin adds for its year, from 1 January only', () => {
    const admin = adminActor()
    const vtao = { scheme: 'VTAO', innsatsgruppe: 'JOBBE_DELVIS', startDate: '2027-01-01', endDate: '2027-01-31' }
    expect(computeSubsidy(vtao).ok && (computeSubsidy(vtao) as { value: { total: number } }).value.total).toBe(7_321)
    const wrongDate = NewRateSchema.safeParse({ kind: 'VTAO_MANEDSBELOP', validFrom: '2027-02-01', value: 7_500, source: 'Test-vedtak' })
    expect(wrongDate.error?.issues[0].path[0]).toBe('validFrom')
    expect(addRate(admin, { kind: 'VTAO_MANEDSBELOP', validFrom: '2027-01-01', value: 7_500, source: 'Test-vedtak' }).ok).toBe(true)
    const after = computeSubsidy(vtao)
    expect(after.ok && after.value.total).toBe(7_500)
  })

  it('applies a new AGA rate from its date', () => {
    const admin = adminActor()
    expect(
      addRate(admin, {
        kind: 'ARBEIDSGIVERAVGIFT',
        zone: 'I',
        validFrom: '2027-01-01',
        value: 15,
        source: 'Test-vedtak',
      }).ok,
    ).toBe(true)
    const r2027 = computeSubsidy({ ...example2, startDate: '2027-01-01', endDate: '2027-01-31' })
    expect(r2027.ok && r2027.value.scheme !== 'INKLUDERINGSTILSKUDD' && r2027.value.rates.employerTaxRate).toBe(15)
    const r2026 = computeSubsidy({ ...example2, startDate: '2026-12-01', endDate: '2026-12-31' })
    expect(r2026.ok && r2026.value.scheme !== 'INKLUDERINGSTILSKUDD' && r2026.value.rates.employerTaxRate).toBe(14.1)
  })
})

describe('POST /api/v1/subsidy-calculations', () => {
  it('returns the calculation', async () => {
    const response = await post(example2)
    expect(response.status).toBe(200)
    const body = await response.json()
    expect(body).toMatchObject({ scheme: 'MIDLERTIDIG_LONNSTILSKUDD', total: 705_396 })
    expect(body.monthlyCost).toEqual({
      pay: 41_667,
      holidayPay: 4_250.03,
      pension: 918.34,
      employerTax: 6_603.79,
      total: 53_439,
    })
    expect(body.periods).toHaveLength(24)
    expect(body.periods[0]).toMatchObject({ from: '2026-01-01', to: '2026-01-31', percent: 60, amount: 32_063 })
  })

  it('returns total and maxAmount, no monthlyCost, for inkluderingstilskudd', async () => {
    const response = await post({
      scheme: 'INKLUDERINGSTILSKUDD',
      innsatsgruppe: 'JOBBE_DELVIS',
      startDate: '2026-01-01',
      endDate: '2026-06-30',
      expenses: [{ category: 'UTSTYR', amount: 20_000 }],
    })
    expect(response.status).toBe(200)
    const body = await response.json()
    expect(body).toMatchObject({ total: 20_000, maxAmount: 160_400 })
    expect(body.monthlyCost).toBeUndefined()
  })

  it('answers 422 with field errors in bokmål for rule violations', async () => {
    const response = await post({ ...example2, endDate: '2028-01-01' })
    expect(response.status).toBe(422)
    expect(await response.json()).toEqual({
      errors: [
        {
          field: 'endDate',
          message: 'Midlertidig lønnstilskudd kan vare i inntil 24 måneder for denne innsatsgruppen (siste mulige sluttdato er 31.12.2027)',
        },
      ],
    })
  })

  it('answers 422, never 500, for garbage', async () => {
    for (const body of ['{not json', '', 'null', '[]', '"x"', '{"monthlyPay": "abc"}']) {
      const response = await post(body, true)
      expect(response.status).toBe(422)
      const json = await response.json()
      expect(json.errors.length).toBeGreaterThan(0)
    }
  })

  it('answers 405 to GET', async () => {
    const response = (await apiLoader()) as Response
    expect(response.status).toBe(405)
  })

  it('is documented in the OpenAPI document', () => {
    const doc = openApiDocument() as {
      paths: Record<string, { post?: unknown }>
      components: { schemas: Record<string, unknown> }
    }
    expect(doc.paths['/subsidy-calculations']?.post).toBeDefined()
    expect(doc.components.schemas.SubsidyCalculationRequest).toBeDefined()
  })
})
