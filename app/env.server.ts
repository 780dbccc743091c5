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
  /** Default: loopback only, except in production (see `withDefaults`). */
  HOST: z.string().optional(),
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
  /**
   * auto: seed demo data into an empty database, never in production.
   * always: also in production, and only with UNSAFE_DEMO_DATA_IN_PRODUCTION=true.
   */
  SEED_DEMO: z.enum(['auto', 'never', 'always']).default('auto'),
  UNSAFE_DEMO_DATA_IN_PRODUCTION: booleanish,
  // Min side (issue 14): ID-porten login is on when the IDPORTEN_* settings are present (all or none).
  IDPORTEN_ISSUER: z.string().url().optional(),
  IDPORTEN_CLIENT_ID: z.string().min(1).optional(),
  IDPORTEN_CLIENT_SECRET: z.string().min(1).optional(),
  IDPORTEN_REDIRECT_URI: z.string().url().optional(),
  /**
   * Which proxies may tell the app the client's address (X-Forwarded-For) for
   * the per-IP login limit: `none` (default), a hop count, or a comma list of
   * addresses/CIDR ranges and Express' names `loopback`, `linklocal`, `uniquelocal`.
   */
  TRUST_PROXY: z
    .string()
    .trim()
    .refine(
      isTrustProxyValue,
      'skriv «none», et antall ledd (1, 2 …) eller en kommaliste med IP-adresser/CIDR-områder, «loopback», «linklocal» eller «uniquelocal»',
    )
    .default('none'),
  BACKUP_DIR: z.string().min(1).default('data/backups'),
  BACKUP_KEEP: z.coerce.number().int().min(1).max(1000).default(14),
  /** How often the app backs itself up: `off`, or a number and m/h/d. Default daily; off in tests. */
  BACKUP_INTERVAL: z
    .string()
    .regex(/^(off|\d+[mhd])$/, 'skriv «off» eller et tall med m, h eller d, for eksempel 24h eller 1d')
    .optional(),
})

type ParsedEnv = z.infer<typeof EnvSchema>
export type Env = Omit<ParsedEnv, 'HOST'> & { HOST: string }

const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/
const IPV6 = /^[0-9a-f:]+(:\d{1,3}(\.\d{1,3}){3})?$/i

function isTrustProxyValue(value: string): boolean {
  if (value === 'none' || /^\d{1,2}$/.test(value)) return true
  return value.split(',').every((raw) => {
    const item = raw.trim()
    if (['loopback', 'linklocal', 'uniquelocal'].includes(item)) return true
    const [address, bits, ...rest] = item.split('/')
    if (rest.length) return false
    const v4 = IPV4.test(address)
    const v6 = !v4 && address.includes(':') && IPV6.test(address)
    if (!v4 && !v6) return false
    return bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= (v4 ? 32 : 128))
  })
}

/** TRUST_PROXY as Express' `trust proxy` setting: false (trust nobody), a hop count, or the list. */
export function trustProxySetting(env: Env = getEnv()): boolean | number | string {
  if (env.TRUST_PROXY === 'none') return false
  if (/^\d+$/.test(env.TRUST_PROXY)) return Number(env.TRUST_PROXY)
  return env.TRUST_PROXY.split(',')
    .map((s) => s.trim())
    .join(', ')
}

/** Development signing key for the session cookie; production must set SESSION_SECRET. */
const DEV_SESSION_SECRET = 'vi-inkluderer-development-only-secret'

function productionRules(env: ParsedEnv): string[] {
  if (env.NODE_ENV !== 'production') return []
  const problems: string[] = []
  if (!env.SESSION_SECRET) problems.push('  SESSION_SECRET: må settes i produksjon (minst 16 tilfeldige tegn), den signerer innloggingen')
  if (env.SEED_DEMO === 'always' && !env.UNSAFE_DEMO_DATA_IN_PRODUCTION)
    problems.push(
      '  SEED_DEMO: «always» lager demobrukere med kjent passord; i produksjon bare sammen med UNSAFE_DEMO_DATA_IN_PRODUCTION=true',
    )
  return problems
}

export class EnvError extends Error {}

export function parseEnv(source: Record<string, string | undefined>): Env {
  // Empty strings mean "not set" so `FOO= npm start` behaves like unset.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''))
  const result = EnvSchema.safeParse(cleaned)
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`)
    throw new EnvError(`Ugyldig konfigurasjon:\n${lines.join('\n')}`)
  }
  const idporten = [result.data.IDPORTEN_ISSUER, result.data.IDPORTEN_CLIENT_ID, result.data.IDPORTEN_CLIENT_SECRET]
  if (idporten.some(Boolean) && !idporten.every(Boolean)) {
    throw new EnvError('Ugyldig konfigurasjon:\n  IDPORTEN_ISSUER, IDPORTEN_CLIENT_ID og IDPORTEN_CLIENT_SECRET må settes sammen')
  }
  const problems = productionRules(result.data)
  if (problems.length > 0) throw new EnvError(`Ugyldig konfigurasjon:\n${problems.join('\n')}`)
  return { ...result.data, HOST: result.data.HOST ?? (result.data.NODE_ENV === 'production' ? '0.0.0.0' : '127.0.0.1') }
}

let cached: Env | undefined

export function getEnv(): Env {
  cached ??= parseEnv(process.env)
  // Tests and benchmarks point DATABASE_PATH at a fresh file per test: follow it, validated.
  const databasePath = process.env.DATABASE_PATH
  if (databasePath && databasePath !== cached.DATABASE_PATH) cached.DATABASE_PATH = EnvSchema.shape.DATABASE_PATH.parse(databasePath)
  return cached
}

/** Milliseconds between scheduled backups, or null when off. */
export function backupIntervalMs(env: Env = getEnv()): number | null {
  const value = env.BACKUP_INTERVAL ?? (env.NODE_ENV === 'test' ? 'off' : '1d')
  if (value === 'off') return null
  const unit = { m: 60_000, h: 3_600_000, d: 86_400_000 }[value.slice(-1) as 'm' | 'h' | 'd']
  return Math.max(1, Number(value.slice(0, -1))) * unit
}

/** The key that signs the session cookie. */
export function sessionSecret(env: Env = getEnv()): string {
  return env.SESSION_SECRET ?? DEV_SESSION_SECRET
}

/** Whether an empty database gets demo data (users with a published password) at start. */
export function shouldSeedDemoData(env: Env = getEnv()): boolean {
  if (env.SEED_DEMO === 'never') return false
  if (env.NODE_ENV === 'production') return env.SEED_DEMO === 'always' && env.UNSAFE_DEMO_DATA_IN_PRODUCTION
  return true
}

/** The dev mailbox catches mail when no SMTP server is set, outside production only. */
export function devMailboxEnabled(env: Env = getEnv()): boolean {
  if (env.NODE_ENV === 'production') return false
  if (env.SMTP_URL && !env.DEV_MAILBOX) return false
  return true
}

/**
 * The development tools under /dev (mailbox, clock) answer only outside
 * production and only to a client on this machine. `remoteAddress` is the
 * TCP peer (the socket), never a header a client could set.
 */
export function devToolsAllowed(remoteAddress: string | undefined, env: Env = getEnv()): boolean {
  return env.NODE_ENV !== 'production' && isLoopback(remoteAddress)
}

export function isLoopback(address: string | undefined): boolean {
  if (!address) return false
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address
  return address === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4)
}

export function appUrl(env: Env = getEnv()): string {
  return env.APP_URL ?? `http://localhost:${env.PORT}`
}
