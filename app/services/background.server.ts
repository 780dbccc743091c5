import type { Env } from '~/env.server'
import { devMailboxEnabled } from '~/env.server'
import { getDb } from '@db/client.server'
import { startMailCatcher } from '@emails/catcher.server'
import { startEmailWorker } from '@emails/worker.server'
import { runAgreementJobs, startAgreementJobs } from '~/services/agreements/jobs.server'
import { runContactJobs, startContactJobs } from '~/services/contact-requests/jobs.server'
import { startSearch } from '@search/worker.server'
import { refreshStatistics, startStatisticsJob } from '~/services/statistics/rollup.server'
import { todayIso } from '~/utils/clock.server'
import { startBackupSchedule } from '~/services/backup.server'
import { deleteOldIdempotencyKeys, startIdempotencyCleanup } from '~/services/idempotency.server'

/**
 * Background work that runs beside the HTTP server. Each capability that
 * needs a worker or a scheduled job adds one starter to BACKGROUND_STARTERS.
 */
export type Stopper = () => void | Promise<void>
export type BackgroundStarter = (env: Env) => Stopper | Promise<Stopper>

/** `runOnce` (optional): run a scheduled job now — POST /dev/clock calls it after moving the clock. */
const BACKGROUND_STARTERS: Array<{ name: string; start: BackgroundStarter; runOnce?: () => unknown }> = [
  { name: 'agreements', start: () => startAgreementJobs(), runOnce: () => runAgreementJobs() },
  { name: 'contact-requests', start: (env) => startContactJobs(env), runOnce: () => runContactJobs() },
  { name: 'search', start: () => startSearch(getDb) },
  { name: 'statistics', start: () => startStatisticsJob(), runOnce: () => refreshStatistics(todayIso()) },
  { name: 'backup', start: (env) => startBackupSchedule(env) },
  { name: 'idempotency-keys', start: () => startIdempotencyCleanup(), runOnce: () => deleteOldIdempotencyKeys() },
]

/** Runs every scheduled job once (non-production POST /dev/clock). */
export function runScheduledJobsOnce(): string[] {
  const ran: string[] = []
  for (const starter of BACKGROUND_STARTERS) {
    if (starter.runOnce) {
      starter.runOnce()
      ran.push(starter.name)
    }
  }
  return ran
}

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
    },
  }
}
