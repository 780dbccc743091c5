import { describe, expect, it } from 'vitest'
import { devMailboxEnabled, EnvError, parseEnv } from '~/env.server'

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

  it('keeps the dev mailbox off in production unless asked for, and off with a real SMTP server', () => {
    expect(devMailboxEnabled(parseEnv({ NODE_ENV: 'production' }))).toBe(false)
    expect(devMailboxEnabled(parseEnv({ NODE_ENV: 'production', DEV_MAILBOX: 'true' }))).toBe(true)
    expect(devMailboxEnabled(parseEnv({ SMTP_URL: 'smtp://mail.example.no:587' }))).toBe(false)
  })
})
