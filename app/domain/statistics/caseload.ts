/**
 * IPS fidelity scale, item «caseload size»: how many people one
 * jobbspesialist follows up. ≤ 20 → 5 (best), 21–25 → 4, 26–30 → 3,
 * 31–40 → 2, 41 or more → 1.
 */
export const IPS_CASELOAD_BANDS = [
  { score: 5, min: 0, max: 20, label: '20 eller færre (skår 5)' },
  { score: 4, min: 21, max: 25, label: '21–25 (skår 4)' },
  { score: 3, min: 26, max: 30, label: '26–30 (skår 3)' },
  { score: 2, min: 31, max: 40, label: '31–40 (skår 2)' },
  { score: 1, min: 41, max: Number.POSITIVE_INFINITY, label: '41 eller flere (skår 1)' },
] as const

export function ipsCaseloadScore(caseload: number): 1 | 2 | 3 | 4 | 5 {
  for (const band of IPS_CASELOAD_BANDS) if (caseload >= band.min && caseload <= band.max) return band.score
  return 1
}
