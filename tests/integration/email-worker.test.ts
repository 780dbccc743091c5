import { asc, eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { createDb, getDb } from '@db/client.server'
import { emailOutbox } from '@db/schema'
import { getEnv } from '~/env.server'
import { now, nowIso, setClock } from '~/utils/clock.server'
import { renderEmail } from '@emails/layout'
import { enqueueEmail } from '@emails/outbox.server'
import { claimDueEmails, createEmailWorker } from '@emails/worker.server'
import { startSmtpServer, waitUntil } from '../setup/smtp'

const FROM = 'Vi inkluderer <test@vi-inkluderer.no>'

function enqueue(count: number, subject = (i: number) => `Melding ${i}`, to = (i: number) => `mottaker${i}@example.no`) {
  for (let i = 1; i <= count; i++) {
    enqueueEmail(getDb(), to(i), 'test', renderEmail({ subject: subject(i), paragraphs: ['Hei.'] }))
  }
}

const outbox = () => getDb().select().from(emailOutbox).orderBy(asc(emailOutbox.id)).all()

/** How many times each subject arrived. */
function arrivals(received: Array<{ subject: string }>): Map<string, number> {
  const counts = new Map<string, number>()
  for (const mail of received) counts.set(mail.subject, (counts.get(mail.subject) ?? 0) + 1)
  return counts
}

describe('the e-mail worker', () => {
  it('SMTP down for a while, then up: every mail is delivered exactly once, with no attempt counted and no back-off', async () => {
    // The app clock stands still: a mail pushed to a later attempt would never go out, so delivery proves none was.
    setClock(new Date('2027-03-01T09:00:00Z'))
    const probe = await startSmtpServer()
    const port = probe.port
    await probe.close() // the server is down
    enqueue(6)
    const queuedAt = nowIso()

    const worker = createEmailWorker(getDb, { smtpUrl: `smtp://127.0.0.1:${port}`, from: FROM, pollMs: 20, probeMs: 50 })
    worker.start()
    try {
      // Every mail was tried and given back: the server is marked unreachable.
      await waitUntil(() => outbox().every((m) => m.lastError !== null && m.leaseOwner === null))
      expect(worker.serverReachable()).toBe(false)
      for (const mail of outbox()) {
        expect(mail).toMatchObject({ status: 'PENDING', attempts: 0, nextAttemptAt: queuedAt, sentAt: null })
        expect(mail.lastError).toMatch(/ECONNREFUSED/)
      }

      const server = await startSmtpServer({ port }) // back up
      try {
        await waitUntil(() => outbox().every((m) => m.status === 'SENT'))
        expect(worker.serverReachable()).toBe(true)
      } finally {
        await worker.stop()
        await server.close()
      }
      const counts = arrivals(server.received)
      expect([...counts.keys()].sort()).toEqual(['Melding 1', 'Melding 2', 'Melding 3', 'Melding 4', 'Melding 5', 'Melding 6'])
      expect([...counts.values()].every((n) => n === 1)).toBe(true)
      expect(outbox().map((m) => [m.attempts, m.lastError, m.leaseOwner])).toEqual(Array(6).fill([1, null, null]))
    } finally {
      await worker.stop()
    }
  })

  it('two workers on one database never send the same mail', async () => {
    const server = await startSmtpServer()
    enqueue(40)
    // A second connection to the same file, as a second app instance would have.
    const otherDb = createDb(getEnv().DATABASE_PATH)
    const first = createEmailWorker(getDb, { smtpUrl: server.url, from: FROM, workerId: 'first' })
    const second = createEmailWorker(() => otherDb, { smtpUrl: server.url, from: FROM, workerId: 'second' })
    try {
      const [byFirst, bySecond] = await Promise.all([first.deliverDue(), second.deliverDue()])
      expect(byFirst).toBeGreaterThan(0)
      expect(bySecond).toBeGreaterThan(0)
      expect(byFirst + bySecond).toBe(40)
    } finally {
      await Promise.all([first.stop(), second.stop()])
      otherDb.$client.close()
      await server.close()
    }
    const counts = arrivals(server.received)
    expect(counts.size).toBe(40)
    expect([...counts.values()].every((n) => n === 1)).toBe(true)
    expect(outbox().every((m) => m.status === 'SENT')).toBe(true)
  })

  it('two polling workers on one database deliver a steady stream once each', async () => {
    const server = await startSmtpServer()
    const otherDb = createDb(getEnv().DATABASE_PATH)
    const workers = [
      createEmailWorker(getDb, { smtpUrl: server.url, from: FROM, pollMs: 5 }),
      createEmailWorker(() => otherDb, { smtpUrl: server.url, from: FROM, pollMs: 5 }),
    ]
    try {
      for (const worker of workers) worker.start()
      for (let batch = 0; batch < 5; batch++) {
        enqueue(8, (i) => `Bunke ${batch} melding ${i}`)
        await new Promise((resolve) => setTimeout(resolve, 15))
      }
      await waitUntil(() => outbox().every((m) => m.status === 'SENT'))
    } finally {
      await Promise.all(workers.map((w) => w.stop()))
      otherDb.$client.close()
      await server.close()
    }
    const counts = arrivals(server.received)
    expect(counts.size).toBe(40)
    expect([...counts.values()].every((n) => n === 1)).toBe(true)
  })

  it('leaves a mail leased by another instance alone until its lease runs out', async () => {
    const server = await startSmtpServer()
    enqueue(3)
    // An instance claimed mail 1 and died before sending it.
    const [claimed] = claimDueEmails(getDb(), 'died', 1, 60_000)
    const worker = createEmailWorker(getDb, { smtpUrl: server.url, from: FROM })
    try {
      expect(await worker.deliverDue()).toBe(2)
      expect(outbox().map((m) => m.status)).toEqual(['PENDING', 'SENT', 'SENT'])
      // Its lease ends: the mail is due again for everyone.
      getDb()
        .update(emailOutbox)
        .set({ leaseExpiresAt: new Date(now().getTime() - 1000).toISOString() })
        .where(eq(emailOutbox.id, claimed.id))
        .run()
      expect(await worker.deliverDue()).toBe(1)
    } finally {
      await worker.stop()
      await server.close()
    }
    expect(arrivals(server.received).get('Melding 1')).toBe(1)
    expect(outbox().every((m) => m.status === 'SENT')).toBe(true)
  })

  it('a slow message does not hold up the others', async () => {
    let release: () => void = () => {}
    const slow = new Promise<void>((resolve) => (release = resolve))
    const server = await startSmtpServer({ hold: (subject) => (subject === 'Melding 1' ? slow : undefined) })
    enqueue(6)
    const worker = createEmailWorker(getDb, { smtpUrl: server.url, from: FROM, pollMs: 20 })
    worker.start()
    try {
      // The first mail in the queue hangs on the server; the five behind it go out on other connections.
      await waitUntil(() => server.received.length === 5)
      expect(server.received.map((m) => m.subject)).not.toContain('Melding 1')
      expect(outbox()[0]).toMatchObject({ status: 'PENDING', leaseOwner: expect.any(String) })
      release()
      await waitUntil(() => outbox().every((m) => m.status === 'SENT'))
    } finally {
      release()
      await worker.stop()
      await server.close()
    }
    expect(arrivals(server.received).get('Melding 1')).toBe(1)
  })

  it('fails a refused recipient for good with the server’s answer, and retries a temporary refusal later', async () => {
    setClock(new Date('2027-03-01T09:00:00Z'))
    const server = await startSmtpServer({
      refuse: (address) => (address.startsWith('finnes-ikke') ? 550 : address.startsWith('full') ? 452 : undefined),
    })
    enqueue(
      3,
      (i) => `Melding ${i}`,
      (i) => [`finnes-ikke@example.no`, `full@example.no`, `ok@example.no`][i - 1],
    )
    const worker = createEmailWorker(getDb, { smtpUrl: server.url, from: FROM })
    try {
      expect(await worker.deliverDue()).toBe(1)
    } finally {
      await worker.stop()
      await server.close()
    }
    const [refused, full, delivered] = outbox()
    expect(refused).toMatchObject({ status: 'FAILED', attempts: 1, leaseOwner: null })
    expect(refused.lastError).toMatch(/550/)
    expect(full).toMatchObject({ status: 'PENDING', attempts: 1, nextAttemptAt: '2027-03-01T09:00:30.000Z', leaseOwner: null })
    expect(full.lastError).toMatch(/452/)
    expect(delivered).toMatchObject({ status: 'SENT', attempts: 1 })
  })
})
