import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { getDb } from '@db/client.server'
import { auditLog, contactRequests, organisations, profiles, stateHireReports, users } from '@db/schema'
import type { Figure } from '~/domain/statistics/suppression'
import type { StatTable } from '~/domain/statistics/table'
import { buildDashboard, refreshStatistics, reportStateHires, statisticsAccess, utvalgError } from '~/services/statistics.server'
import type { SessionUser } from '~/services/auth.server'
import { setClock } from '~/utils/clock.server'
import { createSession } from '~/services/auth.server'
import { loader as apiLoader } from '~/routes/api.v1.stats'
import { loader as csvLoader } from '~/routes/partner.statistikk[.]csv'
import { seedStatisticsFixture, type Fixture, type Org } from './statistics-fixture'

const TODAY = '2026-11-22'
const query = (overrides: Partial<Parameters<typeof buildDashboard>[0]> = {}) => ({
  from: '2026-08-01',
  to: '2026-10-31',
  groupBy: 'fylke' as const,
  utvalg: 'alle' as const,
  ...overrides,
})

type Expected = { value: number; units: number }
/** A count of items, protected by people and (for employer-side items) organisations. */
function expected<T>(items: T[], org?: (t: T) => Org): Expected {
  const orgs = org ? new Set(items.map((i) => org(i).id)).size : items.length
  return { value: items.length, units: Math.min(items.length, orgs) }
}

/**
 * The documented rule over several months: the people/organisations behind a
 * figure are taken as the largest month's (a lower bound), so the figure is
 * hidden whenever it might count fewer than 5.
 */
function expectedOverMonths<T>(items: T[], month: (t: T) => string, ...protectors: Array<(t: T) => unknown>): Expected {
  const byMonth = new Map<string, T[]>()
  for (const i of items) byMonth.set(month(i), [...(byMonth.get(month(i)) ?? []), i])
  let bound = 0
  for (const list of byMonth.values()) {
    bound = Math.max(bound, Math.min(list.length, ...protectors.map((p) => new Set(list.map(p)).size)))
  }
  return { value: items.length, units: Math.min(items.length, bound) }
}

/** Shown figures equal the direct count; hidden ones are either under 5 (primary) or secondary. Returns how many were shown. */
function checkFigure(fig: Figure, exp: Expected, where: string): number {
  if (fig.suppressed === 'primary') {
    expect(exp.units, `${where}: primary suppression only under 5`).toBeLessThan(5)
    return 0
  }
  expect(exp.units, `${where}: a figure under 5 is never shown`).toBeGreaterThanOrEqual(5)
  if (fig.suppressed === 'secondary') return 0
  expect(fig.value, where).toBe(exp.value)
  return 1
}

const table = (tables: StatTable[], id: string) => tables.find((t) => t.id === id)!
const colIndex = (t: StatTable, key: string) => t.columns.findIndex((c) => c.key === key)

function hires(f: Fixture) {
  return [
    ...f.requests.filter((r) => r.hired).map((r) => ({ org: r.org, month: r.hiredMonth!, fylke: r.org.fylke })),
    ...f.agreements
      .filter((a) => !a.request)
      .map((a) => ({ org: a.org, month: a.startedAt.slice(0, 7), fylke: a.org.fylke })),
  ]
}

describe('partner statistics', () => {
  it('shows figures that agree with counts computed directly from the seeded rows', () => {
    setClock(new Date(`${TODAY}T10:00:00Z`))
    const f = seedStatisticsFixture()
    const { tables } = buildDashboard(query(), TODAY)
    const overview = table(tables, 'oversikt')
    expect(overview.rows.map((r) => r.key)).toEqual(['2026-08', '2026-09', '2026-10'])
    let shown = 0
    overview.rows.forEach((row, r) => {
      const m = row.key
      shown += checkFigure(overview.cells[r][colIndex(overview, 'vacancies')], expected(f.vacancies.filter((v) => v.month === m), (v) => v.org), `vacancies ${m}`)
      shown += checkFigure(overview.cells[r][colIndex(overview, 'profiles')], expected(f.profiles.filter((p) => p.month === m)), `profiles ${m}`)
      shown += checkFigure(overview.cells[r][colIndex(overview, 'requests')], expected(f.requests.filter((q) => q.month === m), (q) => q.org), `requests ${m}`)
      shown += checkFigure(overview.cells[r][colIndex(overview, 'hires')], expected(hires(f).filter((h) => h.month === m), (h) => h.org), `hires ${m}`)
      shown += checkFigure(
        overview.cells[r][colIndex(overview, 'agreements')],
        expected(f.agreements.filter((a) => a.startedAt.startsWith(m)), (a) => a.org),
        `agreements ${m}`,
      )
    })
    // The old vacancy (2025) and the draft are not counted.
    shown += checkFigure(
      overview.colTotals![colIndex(overview, 'vacancies')],
      expectedOverMonths(f.vacancies, (v) => v.month, (v) => v.org.id),
      'vacancies total',
    )
    expect(shown).toBeGreaterThanOrEqual(10)

    const fylke = table(tables, 'fordeling')
    expect(fylke.rows.find((r) => r.key === '03')!.label).toBe('Oslo (pilotfylke)')
    expect(fylke.rows.find((r) => r.key === '50')!.label).toContain('(pilotfylke)')
    expect(fylke.rows.find((r) => r.key === '46')!.label).toContain('(pilotfylke)')
    shown = 0
    fylke.rows.forEach((row, r) => {
      shown += checkFigure(fylke.cells[r][colIndex(fylke, 'vacancies')], expected(f.vacancies.filter((v) => v.fylke === row.key), (v) => v.org), `vacancies ${row.key}`)
      shown += checkFigure(fylke.cells[r][colIndex(fylke, 'profiles')], expected(f.profiles.filter((p) => p.fylke === row.key)), `profiles ${row.key}`)
      shown += checkFigure(fylke.cells[r][colIndex(fylke, 'requests')], expected(f.requests.filter((q) => q.org.fylke === row.key), (q) => q.org), `requests ${row.key}`)
    })
    expect(shown).toBeGreaterThanOrEqual(3)
  })

  it('breaks down by sector, industry and priority group', () => {
    setClock(new Date(`${TODAY}T10:00:00Z`))
    const f = seedStatisticsFixture()
    const sektor = table(buildDashboard(query({ groupBy: 'sektor' }), TODAY).tables, 'fordeling')
    expect(sektor.columns.map((c) => c.key)).not.toContain('profiles')
    const privat = sektor.rows.findIndex((r) => r.key === 'PRIVAT')
    expect(checkFigure(sektor.cells[privat][0], expected(f.vacancies.filter((v) => v.org.sector === 'PRIVAT'), (v) => v.org), 'privat')).toBe(1)
    const statlig = sektor.rows.findIndex((r) => r.key === 'STATLIG')
    // Two state employers only: hidden, whatever the number of vacancies.
    expect(sektor.cells[statlig][0]).toEqual({ value: null, suppressed: 'primary' })

    const naering = table(buildDashboard(query({ groupBy: 'naering' }), TODAY).tables, 'fordeling')
    const q = naering.rows.findIndex((r) => r.key === 'Q')
    checkFigure(naering.cells[q][0], expected(f.vacancies.filter((v) => v.org.nace === 'Q'), (v) => v.org), 'Q')

    const malgruppe = table(buildDashboard(query({ groupBy: 'malgruppe' }), TODAY).tables, 'fordeling')
    expect(malgruppe.colTotals).toBeUndefined()
    const young = malgruppe.rows.findIndex((r) => r.key === 'PRIORITERT_MALGRUPPE__UNGE_UNDER_30')
    expect(
      checkFigure(
        malgruppe.cells[young][colIndex(malgruppe, 'profiles')],
        expected(f.profiles.filter((p) => p.targetGroups.includes('PRIORITERT_MALGRUPPE__UNGE_UNDER_30'))),
        'young profiles',
      ),
    ).toBe(1)
  })

  it('suppresses small counts and hides a second figure so totals cannot reveal them', () => {
    setClock(new Date(`${TODAY}T10:00:00Z`))
    const f = seedStatisticsFixture()
    const { tables } = buildDashboard(query(), TODAY)
    const outcomes = table(tables, 'foresporsler')
    let primary = 0
    // Every row and column with a visible total has 0 or at least 2 hidden figures.
    outcomes.cells.forEach((row, r) => {
      const hidden = [...row, outcomes.rowTotals![r]].filter((x) => x.suppressed).length
      expect(hidden).not.toBe(1)
      primary += row.filter((x) => x.suppressed === 'primary').length
    })
    outcomes.columns.forEach((_, c) => {
      const hidden = [...outcomes.cells.map((row) => row[c]), outcomes.colTotals![c]].filter((x) => x.suppressed).length
      expect(hidden).not.toBe(1)
    })
    expect(primary).toBeGreaterThan(0)
    expect(outcomes.cells.flat().some((x) => x.suppressed === 'secondary')).toBe(true)
    // The grand total is the direct count.
    expect(outcomes.grandTotal).toEqual({ value: f.requests.length })
    // Raw counts never leave the service: a hidden figure carries no value anywhere.
    for (const t of tables) for (const x of [...t.cells.flat(), ...(t.colTotals ?? []), ...(t.rowTotals ?? [])]) if (x.suppressed) expect(x.value).toBeNull()

    // The IPS caseload bands: six jobbspesialister in band 5, one (22 people) in band 4 → hidden.
    const caseload = table(tables, 'portefolje')
    expect(caseload.cells[0][0]).toEqual({ value: 6 })
    expect(caseload.cells[1][0]).toEqual({ value: null, suppressed: 'primary' })
    expect(caseload.cells[1][1]).toEqual({ value: null, suppressed: 'primary' })
    expect(caseload.colTotals![0]).toEqual({ value: 7 })
  })

  it('lets an employers-side partner narrow to its member employers, and nobody else', () => {
    setClock(new Date(`${TODAY}T10:00:00Z`))
    const f = seedStatisticsFixture()
    const db = getDb()
    const partner = db.select().from(users).where(eq(users.id, f.partnerUser)).get()!
    const lo = db.select().from(users).where(eq(users.email, 'lo@test.no')).get()!
    expect(statisticsAccess(partner).utvalg.map((u) => u.value)).toEqual(['alle', 'NHO'])
    expect(statisticsAccess(lo).utvalg.map((u) => u.value)).toEqual(['alle'])
    expect(utvalgError(lo, 'NHO')).toMatch(/egen organisasjon/)
    expect(utvalgError(partner, 'VIRKE')).toMatch(/egen organisasjon/)
    expect(utvalgError(partner, 'NHO')).toBeNull()

    const { tables, scope } = buildDashboard(query({ utvalg: 'NHO' }), TODAY)
    expect(scope).toContain('NHO')
    const overview = table(tables, 'oversikt')
    const members = f.vacancies.filter((v) => v.org.nho)
    checkFigure(overview.colTotals![colIndex(overview, 'vacancies')], expected(members, (v) => v.org), 'member vacancies')
    expect(overview.colTotals![colIndex(overview, 'vacancies')]).toEqual({ value: members.length })
  })

  it('shows inclusion hires by state employers against their reported hires and the 5 % goal', () => {
    setClock(new Date(`${TODAY}T10:00:00Z`))
    const f = seedStatisticsFixture()
    const db = getDb()
    const state = f.orgs.filter((o) => o.sector === 'STATLIG')
    const actor = (orgId: number): SessionUser & { organisationId: number } => ({
      id: f.employerUser,
      email: 'ag@test.no',
      name: 'AG',
      role: 'arbeidsgiver',
      organisationId: orgId,
      organisationName: 'x',
    })
    reportStateHires(actor(state[0].id), 2026, 100)
    reportStateHires(actor(state[0].id), 2026, 120) // a correction replaces the number
    reportStateHires(actor(state[1].id), 2026, 80)
    refreshStatistics(TODAY)
    expect(db.select().from(stateHireReports).all().map((r) => r.totalHires).sort()).toEqual([120, 80].sort())
    expect(db.select().from(auditLog).where(eq(auditLog.action, 'STATE_HIRES_REPORTED')).all()).toHaveLength(3)
    const goal = table(buildDashboard(query({ from: '2026-01-01', to: '2026-11-22' }), TODAY).tables, 'statlig-mal')
    expect(goal.rows.map((r) => r.key)).toEqual(['2026'])
    // Two reporting employers: the total would reveal them, so it is hidden — and so is the share.
    expect(goal.cells[0][0]).toEqual({ value: null, suppressed: 'primary' })
    expect(goal.cells[0][colIndex(goal, 'andel')].suppressed).toBeTruthy()
    expect(goal.cells[0][colIndex(goal, 'mal')]).toEqual({ value: 5 })
  })

  it('shows the share when enough state employers report', () => {
    setClock(new Date(`${TODAY}T10:00:00Z`))
    seedStatisticsFixture()
    const db = getDb()
    const stateOrgs = Array.from({ length: 6 }, (_, i) =>
      db
        .insert(organisations)
        .values({ kind: 'EMPLOYER', name: `Etat ${i}`, orgnr: String(800000000 + i), kommunenummer: '0301', sector: 'STATLIG', naceSection: 'O' })
        .returning()
        .get().id,
    )
    const profileId = db.select().from(profiles).limit(1).get()!.id
    for (const orgId of stateOrgs) {
      db.insert(stateHireReports).values({ organisationId: orgId, year: 2026, totalHires: 20, reportedAt: '2026-06-01T00:00:00Z' }).run()
      db.insert(contactRequests)
        .values({ profileId, organisationId: orgId, status: 'GODKJENT', employerMarking: 'FATT_JOBBEN', markedAt: '2026-05-05T10:00:00.000Z', createdAt: '2026-04-01T10:00:00.000Z' })
        .run()
    }
    refreshStatistics(TODAY)
    const goal = table(buildDashboard(query({ from: '2026-01-01', to: '2026-11-22' }), TODAY).tables, 'statlig-mal')
    expect(goal.cells[0][0]).toEqual({ value: 120 })
    expect(goal.cells[0][1]).toEqual({ value: 6 })
    expect(goal.cells[0][colIndex(goal, 'andel')]).toEqual({ value: 5 })
  })

  it('counts inclusion-tag groups, schemes with amounts and agreements still running, as the seeded rows say', () => {
    setClock(new Date(`${TODAY}T10:00:00Z`))
    const f = seedStatisticsFixture()
    refreshStatistics(TODAY)
    const { tables } = buildDashboard(query({ from: '2025-01-01', to: '2026-10-31' }), TODAY)
    const tags = table(tables, 'stillinger-merking')
    const inPeriod = f.vacancies
    let shown = 0
    tags.columns.forEach((col, c) => {
      const prefix = col.key === 'STATLIG_INKLUDERINGSDUGNAD' ? col.key : `${col.key}__`
      const withGroup = inPeriod.filter((v) => v.tags.some((t) => t.startsWith(prefix)))
      tags.rows.forEach((row, r) => {
        shown += checkFigure(tags.cells[r][c], expected(withGroup.filter((v) => v.month === row.key), (v) => v.org), `${col.key} ${row.key}`)
      })
    })
    expect(shown).toBeGreaterThan(0)

    const schemes = table(tables, 'avtaler-ordning')
    const started = f.agreements.filter((a) => a.startedAt >= '2025-01' && a.startedAt < '2026-11')
    schemes.rows.forEach((row, r) => {
      const uses = started.flatMap((a) =>
        a.schemes.filter((s) => s.scheme === row.key).map((s) => ({ ...s, org: a.org.id, person: a.candidateId, month: a.startedAt.slice(0, 7) })),
      )
      const exp = expectedOverMonths(uses, (u) => u.month, (u) => u.org, (u) => u.person)
      checkFigure(schemes.cells[r][0], exp, `scheme ${row.key}`)
      if (!schemes.cells[r][1].suppressed) expect(schemes.cells[r][1].value).toBe(uses.reduce((a, u) => a + u.total, 0))
    })
    expect(schemes.cells.flat().some((x) => !x.suppressed && x.value! > 0)).toBe(true)

    const retention = table(tables, 'avtaler-varighet')
    const addMonths = (iso: string, n: number) => {
      const d = new Date(iso)
      d.setUTCMonth(d.getUTCMonth() + n)
      return d.toISOString().slice(0, 10)
    }
    retention.rows.forEach((row, r) => {
      const n = Number(row.key)
      const passed = started.filter((a) => addMonths(a.startedAt, n) <= TODAY)
      const running = passed.filter((a) => !a.endedAt || a.endedAt >= addMonths(a.startedAt, n))
      const month = (a: { startedAt: string }) => a.startedAt.slice(0, 7)
      checkFigure(retention.cells[r][0], expectedOverMonths(passed, month, (a) => a.org.id), `passed ${n}`)
      checkFigure(retention.cells[r][1], expectedOverMonths(running, month, (a) => a.org.id), `running ${n}`)
    })
  })

  it('gives the CSV export and the API exactly the suppressed figures of the service', async () => {
    setClock(new Date(`${TODAY}T10:00:00Z`))
    const f = seedStatisticsFixture()
    refreshStatistics(TODAY)
    const url = 'http://localhost/x?from=2026-08-01&to=2026-10-31&groupBy=fylke'
    const cookie = await createSession(f.partnerUser, new Request(url))
    const request = (path: string) => new Request(`http://localhost${path}`, { headers: { Cookie: cookie } })
    const args = (path: string) => ({ request: request(path), params: {}, context: {} })

    const service = buildDashboard(query(), TODAY)
    const api = await (await apiLoader(args('/api/v1/stats?from=2026-08-01&to=2026-10-31&groupBy=fylke'))).json()
    expect(api.tables).toEqual(JSON.parse(JSON.stringify(service.tables)))

    const csv = await (await csvLoader(args('/partner/statistikk.csv?table=foresporsler&from=2026-08-01&to=2026-10-31'))).text()
    const outcomes = table(service.tables, 'foresporsler')
    const lines = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n')
    outcomes.rows.forEach((row, r) => {
      const cells = lines[r + 1].split(';')
      expect(cells[0]).toBe(row.label)
      outcomes.cells[r].forEach((fig, c) => {
        expect(cells[c + 1]).toBe(fig.suppressed === 'primary' ? '<5' : fig.suppressed === 'secondary' ? 'skjult' : String(fig.value))
      })
    })
    expect(csv).toContain('<5')

    const bad = await apiLoader(args('/api/v1/stats?from=2026-02-30&groupBy=by'))
    expect(bad.status).toBe(400)
    expect((await bad.json()).errors.map((e: { field: string }) => e.field).sort()).toEqual(['from', 'groupBy'])
    const badCsv = await csvLoader(args('/partner/statistikk.csv?table=personer'))
    expect(badCsv.status).toBe(400)
  })
})
