import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'
import type { Db } from '@db/client.server'
import { devMailbox } from '@db/schema'

/**
 * A local SMTP server that stores every message it receives in dev_mailbox
 * (shown at /dev/mailbox). Used in development when SMTP_URL is unset, and by
 * tests as the real SMTP peer.
 */
export async function startMailCatcher(
  getDb: () => Db,
  port: number,
  host = '127.0.0.1',
): Promise<{ port: number; url: string; close: () => Promise<void> }> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    // RFC 2606 reserves .invalid: the catcher refuses it for good, as a real server would an unknown
    // domain, so a failed mail can be seen (and sent again) on /admin/e-post in development and tests.
    onRcptTo(address, _session, callback) {
      if (!/\.invalid$/i.test(address.address)) return callback()
      callback(Object.assign(new Error(`5.1.2 ${address.address}: domenet finnes ikke`), { responseCode: 550 }))
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const to = session.envelope.rcptTo.map((r) => r.address).join(', ')
          getDb()
            .insert(devMailbox)
            .values({
              receivedAt: new Date().toISOString(),
              fromAddress: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              toAddress: to,
              subject: parsed.subject ?? '',
              textBody: parsed.text ?? '',
              htmlBody: typeof parsed.html === 'string' ? parsed.html : null,
            })
            .run()
          callback()
        })
        .catch((error: Error) => callback(error))
    },
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => resolve())
  })
  const address = server.server.address()
  const actualPort = typeof address === 'object' && address ? address.port : port
  return {
    port: actualPort,
    url: `smtp://${host}:${actualPort}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
