import { describe, expect, it } from 'vitest'
import { getDb } from '@db/client.server'
import { agreementSchemes } from '@db/schema'
import { seedDemoData } from '@db/seed/demo.server'
import { computeSubsidy } from '~/services/subsidies.server'

describe('demo agreements still calculate with the updated rules (issue 16)', () => {
  it('recomputes every seeded agreement’s saved calculation from its saved input to the same total', async () => {
    const db = getDb()
    await seedDemoData(db)
    const saved = db.select().from(agreementSchemes).all()
    expect(saved.length).toBeGreaterThan(0)
    for (const row of saved) {
      const outcome = computeSubsidy(row.input, { db })
      if (!outcome.ok) throw new Error(`agreement ${row.agreementId}: ${JSON.stringify(outcome.errors)}`)
      expect(outcome.value.scheme).toBe(row.scheme)
      expect(outcome.value.total).toBe(row.total)
      const stored = row.calculation as { total: number; periods: { amount: number }[] }
      expect(stored.total).toBe(row.total)
      expect(outcome.value.periods.map((p) => p.amount)).toEqual(stored.periods.map((p) => p.amount))
    }
  })
})
