import { and, eq, sql, type SQL } from 'drizzle-orm'
import type { SQLiteTable } from 'drizzle-orm/sqlite-core'
import { describe, expect, it } from 'vitest'
import { getDb } from '@db/client.server'
import { auditLog, emailOutbox, organisations, partnerMemberships, sessions, userTokens, users } from '@db/schema'
import type { SignupInput } from '~/domain/accounts/schemas'
import {
  acceptInvitation,
  getInvitation,
  inviteUser,
  listUsers,
  registerEmployer,
  requestPasswordReset,
  resendVerification,
  resetPassword,
  setUserDisabled,
  tokenStatus,
  verifyEmail,
} from '~/services/accounts.server'
import { createSession, getUser, hashPassword, type SessionUser } from '~/services/auth.server'
import { attemptLogin, LOGIN_LIMIT } from '~/services/login.server'
import { advanceClock, setClock } from '~/utils/clock.server'

const signup: SignupInput = {
  orgnr: '889640782',
  organisationName: 'Fjordkanten Kafé AS',
  kommunenummer: '4601',
  sector: 'PRIVAT',
  naceSection: 'I',
  partners: ['NHO', 'VIRKE'],
  name: 'Kari Nordmann',
  email: 'kari@fjordkanten.no',
  password: 'et-langt-passord',
  passwordRepeat: 'et-langt-passord',
}

function seedOrganisations() {
  const db = getDb()
  const partner = (code: 'NHO' | 'VIRKE') =>
    db.insert(organisations).values({ kind: 'PARTNER', name: code, partnerCode: code }).returning().get().id
  const nho = partner('NHO')
  partner('VIRKE')
  const navUnit = db.insert(organisations).values({ kind: 'NAV_UNIT', name: 'NAV Bergen', kommunenummer: '4601' }).returning().get().id
  return { nho, navUnit }
}

async function makeAdmin(navUnit: number): Promise<SessionUser> {
  const row = getDb()
    .insert(users)
    .values({
      email: 'admin@nav.no',
      name: 'Ada Admin',
      role: 'admin',
      organisationId: navUnit,
      passwordHash: await hashPassword('admin-passord-123'),
      emailVerifiedAt: '2026-01-01T00:00:00.000Z',
    })
    .returning()
    .get()
  return { id: row.id, email: row.email, name: row.name, role: 'admin', organisationId: navUnit, organisationName: 'NAV Bergen' }
}

/** The link in the newest queued mail to `to`. */
function linkInOutbox(to: string): string {
  const mail = getDb().select().from(emailOutbox).where(eq(emailOutbox.toAddress, to)).all().at(-1)!
  const match = mail.textBody.match(/https?:\/\/\S+/)
  return match![0]
}
const tokenOf = (url: string) => url.split('/').at(-1)!

function count(table: SQLiteTable, where?: SQL): number {
  return getDb()
    .select({ n: sql<number>`count(*)` })
    .from(table)
    .where(where)
    .get()!.n
}

function request(): Request {
  return new Request('http://localhost/', { headers: { 'User-Agent': 'vitest' } })
}

describe('employer sign-up', () => {
  it('creates organisation, memberships, unverified user, hashed token and mail in one go', async () => {
    seedOrganisations()
    const result = await registerEmployer(signup)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    const db = getDb()
    const org = db.select().from(organisations).where(eq(organisations.id, result.value.organisationId)).get()!
    expect(org).toMatchObject({ kind: 'EMPLOYER', orgnr: '889640782', kommunenummer: '4601', sector: 'PRIVAT', naceSection: 'I' })
    expect(db.select().from(partnerMemberships).where(eq(partnerMemberships.employerId, org.id)).all()).toHaveLength(2)
    const user = db.select().from(users).where(eq(users.id, result.value.userId)).get()!
    expect(user).toMatchObject({ role: 'arbeidsgiver', organisationId: org.id, emailVerifiedAt: null })
    expect(user.passwordHash).toMatch(/^\$argon2id\$/)
    const mails = db.select().from(emailOutbox).all()
    expect(mails).toHaveLength(1)
    expect(mails[0]).toMatchObject({ toAddress: signup.email, template: 'accounts.verification', status: 'PENDING' })
    expect(mails[0].textBody).not.toContain(signup.password)
    const token = tokenOf(linkInOutbox(signup.email))
    const stored = db.select().from(userTokens).where(eq(userTokens.userId, user.id)).get()!
    expect(stored.purpose).toBe('EMAIL_VERIFICATION')
    expect(stored.tokenHash).not.toBe(token)
    expect(stored.tokenHash).toMatch(/^[0-9a-f]{64}$/)
    // The account cannot log in until the address is verified.
    expect(await attemptLogin(signup.email, signup.password, '10.0.0.1')).toEqual({ ok: false, reason: 'unverified' })
  })

  it('refuses an already registered orgnr and an existing e-mail with messages for those fields, creating nothing', async () => {
    seedOrganisations()
    expect((await registerEmployer(signup)).ok).toBe(true)
    const again = await registerEmployer({ ...signup })
    expect(again.ok).toBe(false)
    if (again.ok) return
    expect(again.kind).toBe('conflict')
    expect(again.errors.orgnr?.[0]).toMatch(/allerede registrert/)
    expect(again.errors.email?.[0]).toMatch(/finnes allerede en bruker/)
    const unknownKommune = await registerEmployer({ ...signup, orgnr: '974760673', email: 'ny@firma.no', kommunenummer: '9999' })
    expect(!unknownKommune.ok && unknownKommune.kind === 'validation' && unknownKommune.errors.kommunenummer).toBeTruthy()
    expect(count(organisations, eq(organisations.kind, 'EMPLOYER'))).toBe(1)
    expect(count(users)).toBe(1)
    expect(count(emailOutbox)).toBe(1)
  })

  it('is one transaction: when queuing the mail fails, no organisation or user remains', async () => {
    seedOrganisations()
    getDb().$client.exec("CREATE TRIGGER outbox_down BEFORE INSERT ON email_outbox BEGIN SELECT RAISE(ABORT, 'outbox down'); END")
    await expect(registerEmployer(signup)).rejects.toThrow(/outbox down/)
    expect(count(organisations, eq(organisations.kind, 'EMPLOYER'))).toBe(0)
    expect(count(users)).toBe(0)
    expect(count(userTokens)).toBe(0)
    expect(count(partnerMemberships)).toBe(0)
  })
})

describe('e-mail verification', () => {
  it('verifies once; the link cannot be used again', async () => {
    seedOrganisations()
    setClock(new Date('2026-03-01T10:00:00Z'))
    await registerEmployer(signup)
    const token = tokenOf(linkInOutbox(signup.email))
    expect(tokenStatus(token, 'EMAIL_VERIFICATION')).toBe('valid')
    const first = verifyEmail(token)
    expect(first.ok).toBe(true)
    expect(verifyEmail(token)).toEqual({ ok: false, kind: 'conflict', errors: { '': ['used'] } })
    expect(verifyEmail('ukjent-token')).toEqual({ ok: false, kind: 'not_found', errors: { '': ['unknown'] } })
    expect(await attemptLogin(signup.email, signup.password, '10.0.0.1')).toMatchObject({ ok: true })
  })

  it('expires after 24 hours; resending gives a new link and retires the old one', async () => {
    seedOrganisations()
    setClock(new Date('2026-03-01T10:00:00Z'))
    await registerEmployer(signup)
    const first = tokenOf(linkInOutbox(signup.email))
    setClock(new Date('2026-03-02T09:59:59Z'))
    expect(tokenStatus(first, 'EMAIL_VERIFICATION')).toBe('valid')
    setClock(new Date('2026-03-02T10:00:00Z'))
    expect(verifyEmail(first)).toEqual({ ok: false, kind: 'conflict', errors: { '': ['expired'] } })
    resendVerification('  KARI@fjordkanten.no ')
    const second = tokenOf(linkInOutbox(signup.email))
    expect(second).not.toBe(first)
    expect(verifyEmail(second).ok).toBe(true)
    // A verified account gets no more verification mail; an unknown address gets none either.
    const before = count(emailOutbox)
    resendVerification(signup.email)
    resendVerification('ingen@finnes.no')
    expect(count(emailOutbox)).toBe(before)
  })
})

describe('password reset', () => {
  async function verifiedEmployer() {
    seedOrganisations()
    setClock(new Date('2026-03-01T10:00:00Z'))
    const result = await registerEmployer(signup)
    verifyEmail(tokenOf(linkInOutbox(signup.email)))
    return result.ok ? result.value.userId : 0
  }

  it('sends a link only for a known active account, and the same nothing otherwise', async () => {
    await verifiedEmployer()
    const before = count(emailOutbox)
    requestPasswordReset('ingen@finnes.no')
    expect(count(emailOutbox)).toBe(before)
    requestPasswordReset(signup.email)
    const mails = getDb().select().from(emailOutbox).where(eq(emailOutbox.template, 'accounts.password-reset')).all()
    expect(mails).toHaveLength(1)
    expect(mails[0].textBody).toContain('/tilbakestill-passord/')
  })

  it('sets a new password once, revokes every session, and the link cannot be reused', async () => {
    const userId = await verifiedEmployer()
    const cookie = await createSession(userId, request())
    const sessionRequest = new Request('http://localhost/', { headers: { Cookie: cookie.split(';')[0] } })
    expect((await getUser(sessionRequest))?.id).toBe(userId)
    requestPasswordReset(signup.email)
    const token = tokenOf(linkInOutbox(signup.email))
    expect(await resetPassword(token, 'nytt-passord-456')).toEqual({ ok: true, value: { userId, role: 'arbeidsgiver' } })
    expect(count(sessions, eq(sessions.userId, userId))).toBe(0)
    expect(await getUser(sessionRequest)).toBeNull()
    expect(await attemptLogin(signup.email, signup.password, '10.0.0.2')).toMatchObject({ ok: false, reason: 'invalid' })
    expect(await attemptLogin(signup.email, 'nytt-passord-456', '10.0.0.2')).toMatchObject({ ok: true })
    expect(await resetPassword(token, 'tredje-passord-789')).toEqual({ ok: false, kind: 'conflict', errors: { '': ['used'] } })
  })

  it('expires after one hour', async () => {
    await verifiedEmployer()
    requestPasswordReset(signup.email)
    const token = tokenOf(linkInOutbox(signup.email))
    advanceClock(60 * 60 * 1000 - 1)
    expect(tokenStatus(token, 'PASSWORD_RESET')).toBe('valid')
    advanceClock(1)
    expect(await resetPassword(token, 'nytt-passord-456')).toEqual({ ok: false, kind: 'conflict', errors: { '': ['expired'] } })
    expect(await attemptLogin(signup.email, signup.password, '10.0.0.3')).toMatchObject({ ok: true })
  })

  it('sends at most five reset mails an hour to one address, silently', async () => {
    await verifiedEmployer()
    for (let i = 0; i < 8; i++) requestPasswordReset(signup.email)
    const resets = () => count(emailOutbox, eq(emailOutbox.template, 'accounts.password-reset'))
    expect(resets()).toBe(5)
    advanceClock(60 * 60 * 1000)
    requestPasswordReset(signup.email)
    expect(resets()).toBe(6)
  })

  it('a newer link replaces an older one', async () => {
    await verifiedEmployer()
    requestPasswordReset(signup.email)
    const older = tokenOf(linkInOutbox(signup.email))
    requestPasswordReset(signup.email)
    const newer = tokenOf(linkInOutbox(signup.email))
    expect(tokenStatus(older, 'PASSWORD_RESET')).toBe('used')
    expect(tokenStatus(newer, 'PASSWORD_RESET')).toBe('valid')
  })
})

describe('invitations and user administration', () => {
  it('an admin invites a jobbspesialist who sets name and password and can log in', async () => {
    const { navUnit } = seedOrganisations()
    const admin = await makeAdmin(navUnit)
    setClock(new Date('2026-03-01T10:00:00Z'))
    const invited = inviteUser(admin, { email: 'jonas@nav.no', role: 'jobbspesialist', navUnitId: navUnit })
    expect(invited.ok).toBe(true)
    const url = linkInOutbox('jonas@nav.no')
    expect(url).toContain('/invitasjon/')
    const token = tokenOf(url)
    expect(getInvitation(token)).toMatchObject({
      state: 'valid',
      user: { email: 'jonas@nav.no', role: 'jobbspesialist', organisation: 'NAV Bergen' },
    })
    // Not able to log in before accepting.
    expect(await attemptLogin('jonas@nav.no', 'hva-som-helst-123', '10.0.0.4')).toMatchObject({ ok: false })
    expect(
      await acceptInvitation(token, { name: 'Jonas Jobb', password: 'jonas-passord-1', passwordRepeat: 'jonas-passord-1' }),
    ).toMatchObject({ ok: true })
    expect(await attemptLogin('jonas@nav.no', 'jonas-passord-1', '10.0.0.4')).toMatchObject({ ok: true })
    expect((await acceptInvitation(token, { name: 'X', password: 'annet-passord-1', passwordRepeat: 'annet-passord-1' })).ok).toBe(false)
    const entries = getDb().select().from(auditLog).where(eq(auditLog.action, 'USER_INVITED')).all()
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({ actorUserId: admin.id, subjectType: 'user' })
    expect(JSON.stringify(entries[0].details)).not.toContain('jonas@nav.no')
  })

  it('an invitation expires after 7 days; an invitation to the wrong kind of organisation is refused', async () => {
    const { navUnit, nho } = seedOrganisations()
    const admin = await makeAdmin(navUnit)
    setClock(new Date('2026-03-01T10:00:00Z'))
    inviteUser(admin, { email: 'per@nho.no', role: 'partner', partnerOrganisationId: nho })
    const token = tokenOf(linkInOutbox('per@nho.no'))
    advanceClock(7 * 24 * 60 * 60 * 1000)
    expect(getInvitation(token).state).toBe('expired')
    const wrongKind = inviteUser(admin, { email: 'x@nav.no', role: 'jobbspesialist', navUnitId: nho })
    expect(!wrongKind.ok && wrongKind.errors.navUnitId?.[0]).toMatch(/NAV-kontoret/)
    const existing = inviteUser(admin, { email: 'admin@nav.no', role: 'admin', navUnitId: navUnit })
    expect(!existing.ok && existing.kind === 'conflict' && existing.errors.email?.[0]).toMatch(/finnes allerede/)
  })

  it('deactivating an invited user makes the invitation link stop working', async () => {
    const { navUnit } = seedOrganisations()
    const admin = await makeAdmin(navUnit)
    const invited = inviteUser(admin, { email: 'ny@nav.no', role: 'admin', navUnitId: navUnit })
    const token = tokenOf(linkInOutbox('ny@nav.no'))
    expect(invited.ok && setUserDisabled(admin, invited.value.userId, true)).toEqual({ ok: true, value: undefined })
    expect(getInvitation(token).state).toBe('used')
    expect((await acceptInvitation(token, { name: 'N', password: 'et-passord-123', passwordRepeat: 'et-passord-123' })).ok).toBe(false)
  })

  it('a deactivated user cannot log in and loses every session; reactivation lets them back', async () => {
    const { navUnit } = seedOrganisations()
    const admin = await makeAdmin(navUnit)
    const target = getDb()
      .insert(users)
      .values({
        email: 'js@nav.no',
        name: 'Jo',
        role: 'jobbspesialist',
        organisationId: navUnit,
        passwordHash: await hashPassword('js-passord-123'),
        emailVerifiedAt: '2026-01-01T00:00:00.000Z',
      })
      .returning()
      .get()
    const cookie = await createSession(target.id, request())
    expect(setUserDisabled(admin, target.id, true)).toEqual({ ok: true, value: undefined })
    expect(count(sessions, eq(sessions.userId, target.id))).toBe(0)
    expect(await getUser(new Request('http://localhost/', { headers: { Cookie: cookie.split(';')[0] } }))).toBeNull()
    expect(await attemptLogin('js@nav.no', 'js-passord-123', '10.0.0.5')).toMatchObject({ ok: false, reason: 'invalid' })
    expect(setUserDisabled(admin, admin.id, true).ok).toBe(false)
    expect(setUserDisabled(admin, target.id, false)).toEqual({ ok: true, value: undefined })
    expect(await attemptLogin('js@nav.no', 'js-passord-123', '10.0.0.5')).toMatchObject({ ok: true })
    const actions = getDb()
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.subjectType, 'user'), eq(auditLog.subjectId, String(target.id))))
      .all()
    expect(actions.map((a) => a.action)).toEqual(['USER_DEACTIVATED', 'USER_REACTIVATED'])
  })

  it('deactivation answers through the one contract: another role is forbidden, an unknown user not found, oneself a conflict', async () => {
    const { navUnit } = seedOrganisations()
    const admin = await makeAdmin(navUnit)
    const jobbspesialist: SessionUser = { ...admin, id: admin.id + 1000, role: 'jobbspesialist' }
    expect(setUserDisabled(jobbspesialist, admin.id, true)).toMatchObject({ ok: false, kind: 'forbidden' })
    expect(setUserDisabled(admin, 999_999, true)).toMatchObject({ ok: false, kind: 'not_found' })
    expect(setUserDisabled(admin, admin.id, true)).toMatchObject({
      ok: false,
      kind: 'conflict',
      errors: { '': ['Du kan ikke deaktivere din egen bruker.'] },
    })
    expect(getDb().select().from(users).where(eq(users.id, admin.id)).get()!.disabledAt).toBeNull()
  })

  it('lists users by name or e-mail search and by role, with their status', async () => {
    const { navUnit } = seedOrganisations()
    await makeAdmin(navUnit)
    await registerEmployer(signup)
    expect(listUsers({ q: 'kari' }).rows.map((u) => [u.email, u.status])).toEqual([['kari@fjordkanten.no', 'unverified']])
    expect(listUsers({ q: 'ADA' }).rows.map((u) => u.email)).toEqual(['admin@nav.no'])
    expect(listUsers({ role: 'arbeidsgiver' }).rows.map((u) => u.organisation)).toEqual(['Fjordkanten Kafé AS'])
    expect(listUsers({}).total).toBe(2)
  })
})

describe('login rate limit', () => {
  async function activeUser(email: string) {
    getDb()
      .insert(users)
      .values({
        email,
        name: 'N',
        role: 'partner',
        passwordHash: await hashPassword('riktig-passord-1'),
        emailVerifiedAt: '2026-01-01T00:00:00.000Z',
      })
      .run()
  }

  it('refuses the 11th attempt on one account, even with the right password and from another IP', async () => {
    await activeUser('p@nho.no')
    for (let i = 0; i < LOGIN_LIMIT; i++) {
      expect(await attemptLogin('p@nho.no', 'feil', `10.1.0.${i}`)).toEqual({ ok: false, reason: 'invalid' })
    }
    expect(await attemptLogin('p@nho.no', 'riktig-passord-1', '10.2.0.1')).toEqual({ ok: false, reason: 'rate_limited' })
    advanceClock(15 * 60 * 1000 + 1)
    expect(await attemptLogin('p@nho.no', 'riktig-passord-1', '10.2.0.1')).toMatchObject({ ok: true })
  })

  it('refuses the 11th attempt from one IP, even for another account', async () => {
    await activeUser('q@nho.no')
    for (let i = 0; i < LOGIN_LIMIT; i++) {
      expect(await attemptLogin(`gjett${i}@nho.no`, 'feil', '10.9.9.9')).toEqual({ ok: false, reason: 'invalid' })
    }
    expect(await attemptLogin('q@nho.no', 'riktig-passord-1', '10.9.9.9')).toEqual({ ok: false, reason: 'rate_limited' })
    expect(await attemptLogin('q@nho.no', 'riktig-passord-1', '10.9.9.8')).toMatchObject({ ok: true })
  })
})
