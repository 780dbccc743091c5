import { describe, expect, it } from 'vitest'
import {
  backupIntervalMs,
  devMailboxEnabled,
  devToolsAllowed,
  EnvError,
  isLoopback,
  parseEnv,
  sessionSecret,
  shouldSeedDemoData,
  trustProxySetting,
} from '~/env.server'

const PROD = { SESSION_SECRET: 'a-long-random-production-secret' }

describe('environment', () => {
  it('has working defaults with nothing set', () => {
    const env = parseEnv({})
    expect(env).toMatchObject({ PORT: 3000, DATABASE_PATH: 'data/app.db', NODE_ENV: 'development', K_ANONYMITY: 3 })
    expect(devMailboxEnabled(env)).toBe(true)
  })

  it('stops with a message naming every wrong variable', () => {
    expect(() => parseEnv({ PORT: 'tre tusen', SMTP_URL: 'http://mail.example.no' })).toThrow(EnvError)
    try {
      parseEnv({ PORT: 'tre tusen', SMTP_URL: 'http://mail.example.no' })
    } catch (error) {
      expect((error as Error).message).toMatch(/PORT/)
      expect((error as Error).message).toMatch(/SMTP_URL: må begynne med smtp:\/\/ eller smtps:\/\//)
    }
  })

  it('treats an empty value as unset', () => {
    expect(parseEnv({ PORT: '', SMTP_URL: '' }).PORT).toBe(3000)
  })

  it('keeps the dev mailbox off in production, even when asked for, and off with a real SMTP server', () => {
    expect(devMailboxEnabled(parseEnv({ NODE_ENV: 'production', ...PROD }))).toBe(false)
    expect(devMailboxEnabled(parseEnv({ NODE_ENV: 'production', DEV_MAILBOX: 'true', ...PROD }))).toBe(false)
    expect(devMailboxEnabled(parseEnv({ SMTP_URL: 'smtp://mail.example.no:587' }))).toBe(false)
    expect(devMailboxEnabled(parseEnv({ SMTP_URL: 'smtp://mail.example.no:587', DEV_MAILBOX: 'true' }))).toBe(true)
  })

  it('listens on loopback only by default, except in production', () => {
    expect(parseEnv({}).HOST).toBe('127.0.0.1')
    expect(parseEnv({ NODE_ENV: 'test' }).HOST).toBe('127.0.0.1')
    expect(parseEnv({ NODE_ENV: 'production', ...PROD }).HOST).toBe('0.0.0.0')
    expect(parseEnv({ HOST: '0.0.0.0' }).HOST).toBe('0.0.0.0')
  })

  it('never seeds demo data in production unless forced by the unsafe flag', () => {
    expect(shouldSeedDemoData(parseEnv({}))).toBe(true)
    expect(shouldSeedDemoData(parseEnv({ SEED_DEMO: 'never' }))).toBe(false)
    expect(shouldSeedDemoData(parseEnv({ NODE_ENV: 'production', ...PROD }))).toBe(false)
    expect(shouldSeedDemoData(parseEnv({ NODE_ENV: 'production', SEED_DEMO: 'auto', ...PROD }))).toBe(false)
    expect(() => parseEnv({ NODE_ENV: 'production', SEED_DEMO: 'always', ...PROD })).toThrow(
      /SEED_DEMO.*UNSAFE_DEMO_DATA_IN_PRODUCTION=true/,
    )
    expect(
      shouldSeedDemoData(parseEnv({ NODE_ENV: 'production', SEED_DEMO: 'always', UNSAFE_DEMO_DATA_IN_PRODUCTION: 'true', ...PROD })),
    ).toBe(true)
  })

  it('needs SESSION_SECRET in production and signs the session cookie with it', () => {
    expect(() => parseEnv({ NODE_ENV: 'production' })).toThrow(/SESSION_SECRET: må settes i produksjon/)
    expect(sessionSecret(parseEnv({ NODE_ENV: 'production', ...PROD }))).toBe(PROD.SESSION_SECRET)
    expect(sessionSecret(parseEnv({})).length).toBeGreaterThanOrEqual(16)
  })

  it('opens /dev tools only outside production and only to the loopback interface', () => {
    const dev = parseEnv({})
    for (const address of ['127.0.0.1', '::1', '::ffff:127.0.0.1', '127.0.1.1']) expect(devToolsAllowed(address, dev), address).toBe(true)
    for (const address of ['10.0.0.5', '::ffff:192.168.1.2', '2001:db8::1', '', undefined, '127.0.0.1.evil'])
      expect(devToolsAllowed(address, dev), String(address)).toBe(false)
    expect(devToolsAllowed('127.0.0.1', parseEnv({ NODE_ENV: 'production', ...PROD }))).toBe(false)
    expect(isLoopback('::ffff:127.0.0.1')).toBe(true)
  })

  it('backs up daily by default, never by default in tests, and reads the interval', () => {
    expect(backupIntervalMs(parseEnv({}))).toBe(86_400_000)
    expect(backupIntervalMs(parseEnv({ NODE_ENV: 'test' }))).toBeNull()
    expect(backupIntervalMs(parseEnv({ NODE_ENV: 'test', BACKUP_INTERVAL: '30m' }))).toBe(1_800_000)
    expect(backupIntervalMs(parseEnv({ BACKUP_INTERVAL: 'off' }))).toBeNull()
    expect(() => parseEnv({ BACKUP_INTERVAL: 'daglig' })).toThrow(/BACKUP_INTERVAL: skriv «off»/)
    expect(parseEnv({}).BACKUP_KEEP).toBe(14)
  })

  it('trusts no proxy by default; TRUST_PROXY names proxies, a hop count or Express’ ranges, and a wrong value stops the app', () => {
    expect(trustProxySetting(parseEnv({}))).toBe(false)
    expect(trustProxySetting(parseEnv({ TRUST_PROXY: 'none' }))).toBe(false)
    expect(trustProxySetting(parseEnv({ TRUST_PROXY: '1' }))).toBe(1)
    expect(trustProxySetting(parseEnv({ TRUST_PROXY: '10.0.0.1, 10.1.0.0/16,loopback' }))).toBe('10.0.0.1, 10.1.0.0/16, loopback')
    expect(trustProxySetting(parseEnv({ TRUST_PROXY: 'fd00::1/64' }))).toBe('fd00::1/64')
    for (const wrong of ['alle', 'true', '10.0.0.1/40', '300.1.1.1', 'loopback,*']) {
      expect(() => parseEnv({ TRUST_PROXY: wrong }), wrong).toThrow(/TRUST_PROXY/)
    }
  })
})
