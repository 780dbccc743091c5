import { asc, eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { getDb } from '@db/client.server'
import { auditLog, emailOutbox, organisations, users } from '@db/schema'
import { loader, action } from '~/routes/admin.e-post'
import type { SessionUser } from '~/services/auth.server'
import { outboxOverview, requeueFailedEmails } from '~/services/email-outbox.server'
import { setClock } from '~/utils/clock.server'
import { renderEmail } from '@emails/layout'
import { enqueueEmail } from '@emails/outbox.server'
import { createEmailWorker } from '@emails/worker.server'
import { sessionRequest } from './profiles-fixtures'
import { startSmtpServer } from '../setup/smtp'

const FROM = 'Vi inkluderer <test@vi-inkluderer.no>'

function people() {
  const db = getDb()
  const nav = db.insert(organisations).values({ kind: 'NAV_UNIT', name: 'NAV Testby', kommunenummer: '0301' }).returning().get()
  const employer = db
    .insert(organisations)
    .values({ kind: 'EMPLOYER', name: 'Testbedrift AS', orgnr: '974760673', kommunenummer: '0301' })
    .returning()
    .get()
  const mk = (email: string, role: SessionUser['role'], organisationId: number): SessionUser => {
    const row = db.insert(users).values({ email, name: email, role, organisationId }).returning().get()
    return { id: row.id, email, name: email, role, organisationId, organisationName: '' }
  }
  return {
    admin: mk('admin@nav.no', 'admin', nav.id),
    js: mk('js@nav.no', 'jobbspesialist', nav.id),
    employer: mk('ag@test.no', 'arbeidsgiver', employer.id),
    partner: mk('partner@test.no', 'partner', employer.id),
  }
}

/** Queues four mails and runs the worker against a server that refuses one for good and one for now. */
async function outboxWithEveryState() {
  setClock(new Date('2027-03-01T09:00:00Z'))
  const addresses = ['finnes-ikke@example.no', 'full@example.no', 'ok@example.no']
  for (const to of addresses)
    enqueueEmail(
      getDb(),
      to,
      'test',
      renderEmail({ subject: `Til ${to}`, paragraphs: ['Hemmelig lenke: https://example.no/samtykke/abc'] }),
    )
  const server = await startSmtpServer({ refuse: (a) => (a.startsWith('finnes-ikke') ? 550 : a.startsWith('full') ? 451 : undefined) })
  const worker = createEmailWorker(getDb, { smtpUrl: server.url, from: FROM })
  try {
    await worker.deliverDue()
  } finally {
    await worker.stop()
    await server.close()
  }
  enqueueEmail(getDb(), 'ny@example.no', 'test', renderEmail({ subject: 'Til ny@example.no', paragraphs: ['Hei.'] }))
  return server
}

const callRoute = async (fn: () => Promise<unknown>): Promise<Response> => {
  try {
    const out = await fn()
    return out instanceof Response ? out : Response.json(out)
  } catch (thrown) {
    if (thrown instanceof Response) return thrown
    throw thrown
  }
}

describe('the e-mail outbox for admins', () => {
  it('lists pending, retrying (with the next attempt) and failed mail (with the last error), and audits the look', async () => {
    const { admin } = people()
    await outboxWithEveryState()
    const overview = outboxOverview(admin)
    expect(overview.counts).toEqual({ pending: 1, retrying: 1, failed: 1, sentLastWeek: 1 })
    expect(overview.pending.map((m) => m.to)).toEqual(['ny@example.no'])
    expect(overview.retrying).toEqual([
      expect.objectContaining({
        to: 'full@example.no',
        attempts: 1,
        nextAttemptAt: '2027-03-01T09:00:30.000Z',
        waitingForServer: false,
        lastError: expect.stringMatching(/451/),
      }),
    ])
    expect(overview.failed).toEqual([expect.objectContaining({ to: 'finnes-ikke@example.no', lastError: expect.stringMatching(/550/) })])
    // Bodies (single-use links) never leave the service.
    expect(JSON.stringify(overview)).not.toContain('samtykke/abc')
    const entry = getDb().select().from(auditLog).where(eq(auditLog.action, 'EMAIL_OUTBOX_VIEWED')).get()
    expect(entry).toMatchObject({ actorUserId: admin.id, subjectType: 'email_outbox' })
    expect(JSON.stringify(entry?.details)).not.toContain('@')
  })

  it('shows a mail the server never answered for as waiting for the server', async () => {
    const { admin } = people()
    const probe = await startSmtpServer()
    await probe.close()
    enqueueEmail(getDb(), 'a@example.no', 'test', renderEmail({ subject: 'Hei', paragraphs: ['Hei.'] }))
    const worker = createEmailWorker(getDb, { smtpUrl: probe.url, from: FROM })
    try {
      expect(await worker.deliverDue()).toBe(0)
    } finally {
      await worker.stop()
    }
    expect(outboxOverview(admin).retrying).toEqual([expect.objectContaining({ to: 'a@example.no', attempts: 0, waitingForServer: true })])
  })

  it('«Send på nytt» puts one failed mail, or all, back in the queue; it then goes out once', async () => {
    const { admin } = people()
    await outboxWithEveryState()
    enqueueEmail(getDb(), 'finnes-ikke2@example.no', 'test', renderEmail({ subject: 'Til finnes-ikke2', paragraphs: ['Hei.'] }))
    const refusing = await startSmtpServer({ refuse: (a) => (a.startsWith('finnes-ikke') ? 550 : undefined) })
    const worker = createEmailWorker(getDb, { smtpUrl: refusing.url, from: FROM })
    await worker.deliverDue()
    await worker.stop()
    await refusing.close()
    const failed = getDb().select().from(emailOutbox).where(eq(emailOutbox.status, 'FAILED')).orderBy(asc(emailOutbox.id)).all()
    expect(failed).toHaveLength(2)

    const one = requeueFailedEmails(admin, failed[0].id)
    expect(one).toEqual({ ok: true, value: { requeued: 1 } })
    expect(getDb().select().from(emailOutbox).where(eq(emailOutbox.id, failed[0].id)).get()).toMatchObject({
      status: 'PENDING',
      attempts: 0,
      lastError: null,
    })
    // The same click again: it is no longer failed.
    expect(requeueFailedEmails(admin, failed[0].id)).toMatchObject({ ok: false, kind: 'not_found' })
    expect(requeueFailedEmails(admin)).toEqual({ ok: true, value: { requeued: 1 } })
    expect(
      getDb()
        .select()
        .from(auditLog)
        .where(eq(auditLog.action, 'EMAIL_REQUEUED'))
        .all()
        .map((e) => e.details),
    ).toEqual([{ count: 1 }, { count: 1 }])

    const server = await startSmtpServer()
    const sender = createEmailWorker(getDb, { smtpUrl: server.url, from: FROM })
    try {
      // The two requeued; the retrying one is not due yet (the app clock stands still).
      expect(await sender.deliverDue()).toBe(2)
    } finally {
      await sender.stop()
      await server.close()
    }
    expect(server.received.map((m) => m.to).sort()).toEqual(['finnes-ikke2@example.no', 'finnes-ikke@example.no'])
  })

  it('answers only admins: everyone else gets 403, and cannot requeue', async () => {
    const { admin, js, employer, partner } = people()
    await outboxWithEveryState()
    for (const user of [js, employer, partner]) {
      const page = await callRoute(async () =>
        loader({ request: await sessionRequest(user.id, 'http://localhost/admin/e-post'), params: {}, context: {} }),
      )
      expect(page.status, user.role).toBe(403)
      const post = await callRoute(async () => {
        const request = await sessionRequest(user.id, 'http://localhost/admin/e-post')
        return action({
          request: new Request(request.url, {
            method: 'POST',
            headers: request.headers,
            body: new URLSearchParams({ intent: 'requeue-all' }),
          }),
          params: {},
          context: {},
        })
      })
      expect(post.status, user.role).toBe(403)
    }
    expect(getDb().select().from(emailOutbox).where(eq(emailOutbox.status, 'FAILED')).all()).toHaveLength(1)
    const page = await callRoute(async () =>
      loader({ request: await sessionRequest(admin.id, 'http://localhost/admin/e-post'), params: {}, context: {} }),
    )
    expect(page.status).toBe(200)
    expect(JSON.stringify(await page.json())).toContain('finnes-ikke@example.no')
  })
})
