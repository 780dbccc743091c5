import nodemailer, { type Transporter } from 'nodemailer'

let transporter: { url: string; transport: Transporter } | undefined

/** One pooled nodemailer transport per SMTP URL. */
export function getTransport(smtpUrl: string): Transporter {
  if (transporter?.url !== smtpUrl) {
    transporter?.transport.close()
    transporter = {
      url: smtpUrl,
      transport: nodemailer.createTransport(smtpUrl, {
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 20_000,
      } as nodemailer.TransportOptions),
    }
  }
  return transporter.transport
}

export function closeTransport(): void {
  transporter?.transport.close()
  transporter = undefined
}
