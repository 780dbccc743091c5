/** Dates typed by people. Pure; used by every form that takes a date. */

/** A real calendar date written as ISO «2026-12-31». */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!m) return false
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3])
}

/** «31.12.2026» (also «1.2.2027») or ISO «2026-12-31» → «2026-12-31»; anything else, or an impossible date → null. */
export function parseNorwegianDate(value: string | null | undefined): string | null {
  const v = (value ?? '').trim()
  const nb = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(v)
  const iso = nb ? `${nb[3]}-${nb[2].padStart(2, '0')}-${nb[1].padStart(2, '0')}` : v
  return isIsoDate(iso) ? iso : null
}
