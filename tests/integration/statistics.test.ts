import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { getDb } from '@db/client.server'
import { auditLog, contactRequests, organisations, profiles, stateHireReports, users } from '@db/schema'
import type { Figure } from '~/domain/statistics/suppression'
import type { StatTable } from '~/domain/statistics/table'
import { requireUtvalg, statisticsAccess } from '~/services/statistics/access.server'
import { buildDashboard, type DashboardQuery } from '~/services/statistics/dashboard.server'
import { refreshStatistics } from '~/services/statistics/rollup.server'
import { reportStateHires } from '~/services/statistics/state-hires.server'
import type { SessionUser } from '~/services/auth.server'
import { setClock } from '~/utils/clock.server'
import { createSession } from '~/services/auth.server'
import { loader as apiLoader } from '~/routes/api.v1.stats'
import { loader as csvLoader } from '~/routes/partner.statistikk[.]csv'
import { seedStatisticsFixture, type Fixture } from './statistics-fixture'

const TODAY = '2026-11-22'
const query = (overrides: Partial<DashboardQuery> = {}): DashboardQuery => ({
  from: '2026-08-01',
  to: '2026-10-31',
  groupBy: 'fylke' as const,
  utvalg: 'alle' as const,
  ...overrides,
})

/**
 * A people figure against the direct count from the seeded rows: «<5» only
 * for a true 1–4; hidden for another reason only when it is not 1–4; shown
 * only when it equals the direct count. Returns 1 when shown.
 */
function checkFigure(fig: Figure, direct: number, where: string): number {
  if (fig.suppressed === 'under_5') {
    expect(direct >= 1 && direct <= 4, `${where}: «<5» means 1–4, the rows say ${direct}`).toBe(true)
    return 0
  }
  if (fig.suppressed) {
    expect(direct === 0 || direct >= 5, `${where}: a 1–4 is labelled «<5», not ${fig.suppressed}`).toBe(true)
    return 0
  }
  expect(fig.value, where).toBe(direct)
  expect(direct === 0 || direct >= 5, `${where}: a 1–4 is never shown`).toBe(true)
  return 1
}

/** A public figure (published vacancies) is always the direct count. */
function checkPublic(fig: Figure, direct: number, where: string): number {
  expect(fig, where).toEqual({ value: direct })
  return 1
}

const table = (tables: StatTable[], id: string) => tables.find((t) => t.id === id)!
const colIndex = (t: StatTable, key: string) => t.columns.findIndex((c) => c.key === key)

function hires(f: Fixture) {
  return [
    ...f.requests.filter((r) => r.hired).map((r) => ({ org: r.org, month: r.hiredMonth!, fylke: r.org.fylke })),
    ...f.agreements.filter((a) => !a.request).map((a) => ({ org: a.org, month: a.startedAt.slice(0, 7), fylke: a.org.fylke })),
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
      shown += checkPublic(
        overview.cells[r][colIndex(overview, 'vacancies')],
        f.vacancies.filter((v) => v.month === m).length,
        `vacancies ${m}`,
      )
      shown += checkFigure(
        overview.cells[r][colIndex(overview, 'profiles')],
        f.profiles.filter((p) => p.month === m).length,
        `profiles ${m}`,
      )
      shown += checkFigure(
        overview.cells[r][colIndex(overview, 'requests')],
        f.requests.filter((q) => q.month === m).length,
        `requests ${m}`,
      )
      shown += checkFigure(overview.cells[r][colIndex(overview, 'hires')], hires(f).filter((h) => h.month === m).length, `hires ${m}`)
      shown += checkFigure(
        overview.cells[r][colIndex(overview, 'agreements')],
        f.agreements.filter((a) => a.startedAt.startsWith(m)).length,
        `agreements ${m}`,
      )
    })
    // The old vacancy (2025) and the draft are not counted.
    shown += checkPublic(overview.colTotals![colIndex(overview, 'vacancies')], f.vacancies.length, 'vacancies total')
    shown += checkFigure(overview.colTotals![colIndex(overview, 'requests')], f.requests.length, 'requests total')
    expect(shown).toBeGreaterThanOrEqual(10)
    // The funnel and the pilot table use the same figures.
    const funnel = table(tables, 'trakt')
    checkFigure(funnel.cells[0][0], f.profiles.length, 'funnel profiles')
    checkFigure(funnel.cells[1][0], f.requests.length, 'funnel requests')
    checkFigure(funnel.cells[2][0], f.requests.filter((q) => q.status === 'GODKJENT').length, 'funnel yes')
    checkFigure(funnel.cells[3][0], hires(f).filter((h) => overview.rows.some((r) => r.key === h.month)).length, 'funnel hires')
    const pilot = table(tables, 'pilotfylker')
    const pilotFylker = ['03', '46', '50']
    checkPublic(
      pilot.cells[0][colIndex(pilot, 'vacancies')],
      f.vacancies.filter((v) => pilotFylker.includes(v.fylke)).length,
      'pilot vacancies',
    )
    checkPublic(
      pilot.cells[1][colIndex(pilot, 'vacancies')],
      f.vacancies.filter((v) => !pilotFylker.includes(v.fylke)).length,
      'rest vacancies',
    )
    checkFigure(
      pilot.cells[0][colIndex(pilot, 'requests')],
      f.requests.filter((q) => pilotFylker.includes(q.org.fylke)).length,
      'pilot requests',
    )

    const fylke = table(tables, 'fordeling')
    expect(fylke.rows.find((r) => r.key === '03')!.label).toBe('Oslo (pilotfylke)')
    expect(fylke.rows.find((r) => r.key === '50')!.label).toContain('(pilotfylke)')
    expect(fylke.rows.find((r) => r.key === '46')!.label).toContain('(pilotfylke)')
    shown = 0
    fylke.rows.forEach((row, r) => {
      shown += checkPublic(
        fylke.cells[r][colIndex(fylke, 'vacancies')],
        f.vacancies.filter((v) => v.fylke === row.key).length,
        `vacancies ${row.key}`,
      )
      shown += checkFigure(
        fylke.cells[r][colIndex(fylke, 'profiles')],
        f.profiles.filter((p) => p.fylke === row.key).length,
        `profiles ${row.key}`,
      )
      shown += checkFigure(
        fylke.cells[r][colIndex(fylke, 'requests')],
        f.requests.filter((q) => q.org.fylke === row.key).length,
        `requests ${row.key}`,
      )
    })
    expect(shown).toBeGreaterThanOrEqual(3)
  })

  it('breaks down by sector, industry and priority group', () => {
    setClock(new Date(`${TODAY}T10:00:00Z`))
    const f = seedStatisticsFixture()
    const sektor = table(buildDashboard(query({ groupBy: 'sektor' }), TODAY).tables, 'fordeling')
    expect(sektor.columns.map((c) => c.key)).not.toContain('profiles')
    const privat = sektor.rows.findIndex((r) => r.key === 'PRIVAT')
    checkPublic(sektor.cells[privat][0], f.vacancies.filter((v) => v.org.sector === 'PRIVAT').length, 'privat')
    const statlig = sektor.rows.findIndex((r) => r.key === 'STATLIG')
    // Two state employers only — but published vacancies are public, so the count shows.
    checkPublic(sektor.cells[statlig][0], f.vacancies.filter((v) => v.org.sector === 'STATLIG').length, 'statlig')

    const naering = table(buildDashboard(query({ groupBy: 'naering' }), TODAY).tables, 'fordeling')
    const q = naering.rows.findIndex((r) => r.key === 'Q')
    checkPublic(naering.cells[q][0], f.vacancies.filter((v) => v.org.nace === 'Q').length, 'Q')

    const malgruppe = table(buildDashboard(query({ groupBy: 'malgruppe' }), TODAY).tables, 'fordeling')
    expect(malgruppe.colTotals).toBeUndefined()
    const young = malgruppe.rows.findIndex((r) => r.key === 'PRIORITERT_MALGRUPPE__UNGE_UNDER_30')
    expect(
      checkFigure(
        malgruppe.cells[young][colIndex(malgruppe, 'profiles')],
        f.profiles.filter((p) => p.targetGroups.includes('PRIORITERT_MALGRUPPE__UNGE_UNDER_30')).length,
        'young profiles',
      ),
    ).toBe(1)
  })

  it('suppresses small counts and hides a second figure so totals cannot reveal them', () => {
    setClock(new Date(`${TODAY}T10:00:00Z`))
    const f = seedStatisticsFixture()
    const { tables } = buildDashboard(query(), TODAY)
    const outcomes = table(tables, 'foresporsler')
    outcomes.rows.forEach((row, r) =>
      outcomes.columns.forEach((col, c) => {
        const direct = f.requests.filter(
          (q) => q.month === row.key && (col.key === 'VENTER' ? ['SENDT', 'SPURT_KANDIDAT'].includes(q.status) : q.status === col.key),
        )
        checkFigure(outcomes.cells[r][c], direct.length, `${row.key} ${col.key}`)
      }),
    )
    // Every row and column with a visible total has 0 or at least 2 hidden figures.
    outcomes.cells.forEach((row, r) => {
      const hidden = [...row, outcomes.rowTotals![r]].filter((x) => x.suppressed).length
      expect(hidden).not.toBe(1)
    })
    outcomes.columns.forEach((_, c) => {
      const hidden = [...outcomes.cells.map((row) => row[c]), outcomes.colTotals![c]].filter((x) => x.suppressed).length
      expect(hidden).not.toBe(1)
    })
    // The grand total is the direct count, or hidden for a reason that is not «<5».
    checkFigure(outcomes.grandTotal!, f.requests.length, 'requests grand total')
    // Raw counts never leave the service: a hidden figure carries no value anywhere.
    for (const t of tables)
      for (const x of [...t.cells.flat(), ...(t.colTotals ?? []), ...(t.rowTotals ?? [])]) if (x.suppressed) expect(x.value).toBeNull()

    // The IPS caseload bands: six jobbspesialister in band 5, one (22 people) in band 4 → hidden:
    // «<5» for the one specialist, «skjult» (few people behind it) for the 22 participants.
    const caseload = table(tables, 'portefolje')
    // Band 5's six are then hidden too (secondary), or the total 7 − 6 would give the one away.
    expect(caseload.cells[0][0]).toEqual({ value: null, suppressed: 'secondary' })
    expect(caseload.cells[1][0]).toEqual({ value: null, suppressed: 'under_5' })
    expect(caseload.cells[1][1]).toEqual({ value: null, suppressed: 'few_people' })
    expect(caseload.colTotals![0]).toEqual({ value: 7 })
    expect(caseload.notes.map((n) => n.reason)).toEqual(expect.arrayContaining(['under_5', 'few_people']))
  })

  it('lets an employers-side partner narrow to its member employers, and nobody else', () => {
    setClock(new Date(`${TODAY}T10:00:00Z`))
    const f = seedStatisticsFixture()
    const db = getDb()
    const partner = db.select().from(users).where(eq(users.id, f.partnerUser)).get()!
    const lo = db.select().from(users).where(eq(users.email, 'lo@test.no')).get()!
    expect(statisticsAccess(partner).utvalg.map((u) => u.value)).toEqual(['alle', 'NHO'])
    expect(statisticsAccess(lo).utvalg.map((u) => u.value)).toEqual(['alle'])
    expect(requireUtvalg(lo, 'NHO')).toMatchObject({ ok: false, errors: { utvalg: [expect.stringMatching(/egen organisasjon/)] } })
    expect(requireUtvalg(partner, 'VIRKE')).toMatchObject({ ok: false, errors: { utvalg: [expect.stringMatching(/egen organisasjon/)] } })
    expect(requireUtvalg(partner, 'NHO')).toEqual({ ok: true, value: 'NHO' })

    const { tables, scope } = buildDashboard(query({ utvalg: 'NHO' }), TODAY)
    expect(scope).toContain('NHO')
    const overview = table(tables, 'oversikt')
    const members = f.vacancies.filter((v) => v.org.nho)
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
    expect(
      db
        .select()
        .from(stateHireReports)
        .all()
        .map((r) => r.totalHires)
        .sort(),
    ).toEqual([120, 80].sort())
    expect(db.select().from(auditLog).where(eq(auditLog.action, 'STATE_HIRES_REPORTED')).all()).toHaveLength(3)
    const goal = table(buildDashboard(query({ from: '2026-01-01', to: '2026-11-22' }), TODAY).tables, 'statlig-mal')
    expect(goal.rows.map((r) => r.key)).toEqual(['2026'])
    // Two reporting employers: the total would reveal one employer's own figure — «skjult», not «<5» (it is 200).
    expect(goal.cells[0][0]).toEqual({ value: null, suppressed: 'few_organisations' })
    expect(goal.cells[0][colIndex(goal, 'andel')].suppressed).toBeTruthy()
    expect(goal.cells[0][colIndex(goal, 'mal')]).toEqual({ value: 5 })
  })

  it('shows the share when enough state employers report', () => {
    setClock(new Date(`${TODAY}T10:00:00Z`))
    seedStatisticsFixture()
    const db = getDb()
    const stateOrgs = Array.from(
      { length: 6 },
      (_, i) =>
        db
          .insert(organisations)
          .values({
            kind: 'EMPLOYER',
            name: `Etat ${i}`,
            orgnr: String(800000000 + i),
            kommunenummer: '0301',
            sector: 'STATLIG',
            naceSection: 'O',
          })
          .returning()
          .get().id,
    )
    // Six different people hired, one by each state employer.
    const profileIds = db
      .select()
      .from(profiles)
      .limit(6)
      .all()
      .map((p) => p.id)
    for (const [i, orgId] of stateOrgs.entries()) {
      const profileId = profileIds[i]
      db.insert(stateHireReports).values({ organisationId: orgId, year: 2026, totalHires: 20, reportedAt: '2026-06-01T00:00:00Z' }).run()
      db.insert(contactRequests)
        .values({
          profileId,
          organisationId: orgId,
          status: 'GODKJENT',
          employerMarking: 'FATT_JOBBEN',
          markedAt: '2026-05-05T10:00:00.000Z',
          createdAt: '2026-04-01T10:00:00.000Z',
        })
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
    tags.columns.forEach((col, c) => {
      const prefix = col.key === 'STATLIG_INKLUDERINGSDUGNAD' ? col.key : `${col.key}__`
      const withGroup = f.vacancies.filter((v) => v.tags.some((t) => t.startsWith(prefix)))
      tags.rows.forEach((row, r) =>
        checkPublic(tags.cells[r][c], withGroup.filter((v) => v.month === row.key).length, `${col.key} ${row.key}`),
      )
    })

    const schemes = table(tables, 'avtaler-ordning')
    const started = f.agreements.filter((a) => a.startedAt >= '2025-01' && a.startedAt < '2026-11')
    schemes.rows.forEach((row, r) => {
      const uses = started.flatMap((a) => a.schemes.filter((s) => s.scheme === row.key).map((s) => ({ ...s, org: a.org.id })))
      checkFigure(schemes.cells[r][0], uses.length, `scheme ${row.key}`)
      const amount = schemes.cells[r][1]
      if (!amount.suppressed && amount.value! > 0) {
        expect(amount.value).toBe(uses.reduce((a, u) => a + u.total, 0))
        // A shown subsidy amount stands on at least 3 employers, none above 80 %.
        const byOrg = new Map<number, number>()
        for (const u of uses) byOrg.set(u.org, (byOrg.get(u.org) ?? 0) + u.total)
        expect(byOrg.size).toBeGreaterThanOrEqual(3)
        expect(Math.max(...byOrg.values()) / amount.value!).toBeLessThanOrEqual(0.8)
      } else expect(amount.suppressed).not.toBe('under_5')
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
      checkFigure(retention.cells[r][0], passed.length, `passed ${n}`)
      checkFigure(retention.cells[r][1], running.length, `running ${n}`)
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
    const api = await (await apiLoader(args('/api/v1/stats?from=01.08.2026&to=31.10.2026&groupBy=fylke'))).json()
    expect(api.tables).toEqual(JSON.parse(JSON.stringify(service.tables)))
    expect(api.from).toBe('2026-08-01')
    for (const t of api.tables as StatTable[]) {
      for (const x of [...t.cells.flat(), ...(t.colTotals ?? []), ...(t.rowTotals ?? [])]) {
        if (x.suppressed) expect(x.value).toBeNull()
        else expect(x.value === null || typeof x.value === 'number').toBe(true)
      }
    }

    const csv = await (await csvLoader(args('/partner/statistikk.csv?table=foresporsler&from=2026-08-01&to=2026-10-31'))).text()
    const outcomes = table(service.tables, 'foresporsler')
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n')
    outcomes.rows.forEach((row, r) => {
      const cells = lines[r + 1].split(';')
      expect(cells[0]).toBe(row.label)
      outcomes.cells[r].forEach((fig, c) => {
        // A hidden figure is its reason code, never a number-like string.
        expect(cells[c + 1]).toBe(fig.suppressed ?? String(fig.value))
      })
    })
    // The table part (before the explanation of the codes) has no «<5»/«skjult» texts.
    expect(csv.split('\r\n\r\n')[0]).not.toMatch(/<5|skjult/)
    const caseloadCsv = await (await csvLoader(args('/partner/statistikk.csv?table=portefolje&from=01.08.2026&to=31.10.2026'))).text()
    expect(caseloadCsv).toContain('\r\n21–25 (skår 4);under_5;few_people\r\n')
    expect(caseloadCsv).toContain('Kode for skjult tall;Forklaring')
    expect(caseloadCsv.split('\r\n\r\n')[0]).not.toMatch(/<5/)

    const bad = await apiLoader(args('/api/v1/stats?from=2026-02-30&groupBy=by'))
    expect(bad.status).toBe(400)
    expect((await bad.json()).errors.map((e: { field: string }) => e.field).sort()).toEqual(['from', 'groupBy'])
    const badCsv = await csvLoader(args('/partner/statistikk.csv?table=personer'))
    expect(badCsv.status).toBe(400)
  })
})
