import { afterEach, describe, expect, it } from 'vitest'
import { action, loader } from '~/routes/dev.clock'
import { getEnv } from '~/env.server'
import { todayIso } from '~/utils/clock.server'

const post = (date: string) =>
  action({
    request: new Request('http://localhost/dev/clock', { method: 'POST', body: new URLSearchParams({ date }) }),
    params: {},
    context: {},
  })

describe('POST /dev/clock', () => {
  const original = getEnv().NODE_ENV
  afterEach(() => {
    getEnv().NODE_ENV = original
  })

  it('sets the clock, runs the scheduled jobs once and can be reset', async () => {
    const res = (await post('2030-06-15')) as Response
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ today: '2030-06-15', ran: expect.arrayContaining(['agreements']) })
    expect(todayIso()).toBe('2030-06-15')
    const reset = (await post('reset')) as Response
    expect((await reset.json()).today).not.toBe('2030-06-15')
  })

  it('refuses a bad date with a field error', async () => {
    const res = (await post('15.06.2030')) as Response
    expect(res.status).toBe(400)
    expect(await res.json()).toEqual({ errors: [{ field: 'date', message: 'Skriv datoen som ÅÅÅÅ-MM-DD, eller «reset».' }] })
  })

  it('refuses a date that does not exist (issue 12: 2026-02-30 would roll over to 2 March)', async () => {
    const before = todayIso()
    for (const date of ['2026-02-30', '2027-02-29', '2026-04-31', '2026-13-01']) {
      const res = (await post(date)) as Response
      expect(res.status, date).toBe(400)
    }
    expect(todayIso()).toBe(before)
    expect(((await post('2028-02-29')) as Response).status).toBe(200)
  })

  it('does not exist in production', async () => {
    getEnv().NODE_ENV = 'production'
    await expect(post('2030-06-15')).rejects.toMatchObject({ status: 404 })
    await expect(loader({ request: new Request('http://localhost/dev/clock'), params: {}, context: {} })).rejects.toMatchObject({
      status: 404,
    })
    expect(todayIso()).not.toBe('2030-06-15')
  })
})
