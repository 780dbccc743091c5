import type { Env } from '~/env.server'
import { devMailboxEnabled } from '~/env.server'
import { getDb } from '@db/client.server'
import { startMailCatcher } from '@emails/catcher.server'
import { startEmailWorker } from '@emails/worker.server'
import { closeTransport } from '@emails/transport.server'
import { startSearch } from '@search/worker.server'

/**
 * Background work that runs beside the HTTP server. Each capability that
 * needs a worker or a scheduled job adds one starter to BACKGROUND_STARTERS.
 */
export type Stopper = () => void | Promise<void>
export type BackgroundStarter = (env: Env) => Stopper | Promise<Stopper>

const BACKGROUND_STARTERS: Array<{ name: string; start: BackgroundStarter }> = [{ name: 'search', start: () => startSearch(getDb) }]

export async function startBackground(env: Env): Promise<{ mailboxUrl: string | null; stop: () => Promise<void> }> {
  const stoppers: Stopper[] = []
  let smtpUrl = env.SMTP_URL ?? null
  let mailboxUrl: string | null = null
  if (!smtpUrl && devMailboxEnabled(env)) {
    const catcher = await startMailCatcher(getDb, env.DEV_SMTP_PORT)
    smtpUrl = catcher.url
    mailboxUrl = '/dev/mailbox'
    stoppers.push(catcher.close)
  }
  if (smtpUrl) {
    stoppers.push(startEmailWorker(getDb, smtpUrl, env.MAIL_FROM))
  } else {
    console.warn('SMTP_URL er ikke satt og utviklerpostkassen er av: e-post blir liggende i utboksen.')
  }
  for (const starter of BACKGROUND_STARTERS) stoppers.push(await starter.start(env))
  return {
    mailboxUrl,
    stop: async () => {
      for (const stop of stoppers.reverse()) await stop()
      closeTransport()
    },
  }
}
