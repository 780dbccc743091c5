import nodemailer, { type Transporter } from 'nodemailer'
import type SMTPPool from 'nodemailer/lib/smtp-pool'

/** Connections kept open to the SMTP server; also how many mails go out at once. */
export const DEFAULT_MAX_CONNECTIONS = 5

/**
 * A pooled nodemailer transport: up to `maxConnections` connections reused
 * for many messages, so one slow message holds one connection, not the queue.
 * Timeouts bound how long a dead or hanging server can hold a mail.
 */
export function createPooledTransport(smtpUrl: string, maxConnections = DEFAULT_MAX_CONNECTIONS): Transporter<SMTPPool.SentMessageInfo> {
  const url = new URL(smtpUrl)
  const options: SMTPPool.Options = {
    pool: true,
    maxConnections,
    maxMessages: 100,
    host: url.hostname,
    port: url.port ? Number(url.port) : undefined,
    secure: url.protocol === 'smtps:',
    auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  }
  return nodemailer.createTransport(options)
}
