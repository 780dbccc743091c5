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
