import { z } from 'zod'

/**
 * Every setting the app reads, validated once at start-up. A wrong value stops
 * the process with a message naming the variable (see `loadEnv`).
 */
const booleanish = z
  .enum(['true', 'false', '1', '0', ''])
  .optional()
  .transform((v) => v === 'true' || v === '1')

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_PATH: z.string().min(1).default('data/app.db'),
  APP_URL: z.string().url().optional(),
  SESSION_SECRET: z.string().min(16, 'må være minst 16 tegn').optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'må begynne med smtp:// eller smtps://')
    .optional(),
  MAIL_FROM: z.string().default('Vi inkluderer <ikke-svar@vi-inkluderer.no>'),
  DEV_MAILBOX: booleanish,
  DEV_SMTP_PORT: z.coerce.number().int().min(0).max(65535).default(2525),
  MEILI_URL: z.string().url().optional(),
  MEILI_MASTER_KEY: z.string().optional(),
  MEILI_SEARCH_KEY: z.string().optional(),
  MEILI_INDEX_PREFIX: z.string().default('vi_inkluderer'),
  K_ANONYMITY: z.coerce.number().int().min(1).max(50).default(3),
  SEED_DEMO: z.enum(['auto', 'never']).default('auto'),
  // Min side (issue 14): ID-porten login is on when the IDPORTEN_* settings are present (all or none).
  IDPORTEN_ISSUER: z.string().url().optional(),
  IDPORTEN_CLIENT_ID: z.string().min(1).optional(),
  IDPORTEN_CLIENT_SECRET: z.string().min(1).optional(),
  IDPORTEN_REDIRECT_URI: z.string().url().optional(),
})

export type Env = z.infer<typeof EnvSchema>

export class EnvError extends Error {}

export function parseEnv(source: Record<string, string | undefined>): Env {
  // Empty strings mean "not set" so `FOO= npm start` behaves like unset.
  const cleaned = Object.fromEntries(
    Object.entries(source).filter(([, v]) => v !== undefined && v !== ''),
  )
  const result = EnvSchema.safeParse(cleaned)
  if (!result.success) {
    const lines = result.error.issues.map(
      (issue) => `  ${issue.path.join('.')}: ${issue.message}`,
    )
    throw new EnvError(`Ugyldig konfigurasjon:\n${lines.join('\n')}`)
  }
  const idporten = [result.data.IDPORTEN_ISSUER, result.data.IDPORTEN_CLIENT_ID, result.data.IDPORTEN_CLIENT_SECRET]
  if (idporten.some(Boolean) && !idporten.every(Boolean)) {
    throw new EnvError('Ugyldig konfigurasjon:\n  IDPORTEN_ISSUER, IDPORTEN_CLIENT_ID og IDPORTEN_CLIENT_SECRET må settes sammen')
  }
  return result.data
}

let cached: Env | undefined

export function getEnv(): Env {
  cached ??= parseEnv(process.env)
  return cached
}

/** The dev mailbox is on by default in development, only on request in production. */
export function devMailboxEnabled(env: Env = getEnv()): boolean {
  if (env.SMTP_URL && !env.DEV_MAILBOX) return false
  return env.NODE_ENV !== 'production' || env.DEV_MAILBOX
}

export function appUrl(env: Env = getEnv()): string {
  return env.APP_URL ?? `http://localhost:${env.PORT}`
}
