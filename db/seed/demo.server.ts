import { eq, like } from 'drizzle-orm'
import type { Db } from '../client.server'
import { organisations, partnerMemberships, users, PARTNER_CODES, type Role } from '../schema'
import { hashPassword } from '~/services/auth.server'
import { createRandom, type Random } from './random'
import { generateEmployers, NAV_UNITS, PARTNER_NAMES } from './generators'
import { seedAgreements } from './agreements'
import { seedCandidates } from './candidates'
import { seedContactRequests } from './contact-requests'
import { seedStatistics } from './statistics'
import { seedVacancies } from './vacancies'

export const DEMO_PASSWORD = 'demo-passord-123'

export const DEMO_USERS: Array<{ email: string; name: string; role: Role; organisation: string }> = [
  { email: 'arbeidsgiver@demo.no', name: 'Anne Arbeidsgiver', role: 'arbeidsgiver', organisation: 'employer:0' },
  { email: 'arbeidsgiver2@demo.no', name: 'Bjørn Bedrift', role: 'arbeidsgiver', organisation: 'employer:1' },
  { email: 'jobbspesialist@demo.no', name: 'Jonas Jobbspesialist', role: 'jobbspesialist', organisation: 'nav:0' },
  { email: 'jobbspesialist2@demo.no', name: 'Jorunn Jobbspesialist', role: 'jobbspesialist', organisation: 'nav:0' },
  { email: 'partner@demo.no', name: 'Per Partner', role: 'partner', organisation: 'partner:NHO' },
  { email: 'admin@demo.no', name: 'Ada Admin', role: 'admin', organisation: 'nav:0' },
]

export type SeedContext = {
  db: Db
  random: Random
  passwordHash: string
  employerIds: number[]
  partnerIds: Map<string, number>
  navUnitIds: number[]
  usersByEmail: Map<string, number>
  /** Demo scale 1; the benchmark raises it to national scale. */
  scale: { employers: number }
}

/**
 * Seed steps run in order, each in its own transaction. Capabilities append
 * their step (vacancies, caseloads, agreements …) to SEED_STEPS.
 */
export type SeedStep = { name: string; run: (ctx: SeedContext) => void }
export const SEED_STEPS: SeedStep[] = [{ name: 'vacancies', run: seedVacancies }]
SEED_STEPS.push({ name: 'statistics', run: seedStatistics })
// Caseloads and published profiles (db/seed/candidates.ts): before contact requests and agreements.
SEED_STEPS.push({ name: 'candidates', run: seedCandidates })
// Contact requests need published profiles: keep this after the candidates/profiles step.
SEED_STEPS.push({ name: 'contact-requests', run: seedContactRequests })
// Agreements and extra caseloads: keep after the candidate and contact-request steps.
SEED_STEPS.push({ name: 'agreements', run: seedAgreements })

export async function seedDemoDataIfEmpty(db: Db): Promise<boolean> {
  if (db.select({ id: users.id }).from(users).limit(1).all().length > 0) return false
  await seedDemoData(db)
  return true
}

export async function seedDemoData(db: Db, options: { employers?: number; seed?: number } = {}): Promise<SeedContext> {
  const ctx: SeedContext = {
    db,
    random: createRandom(options.seed ?? 20261122),
    passwordHash: await hashPassword(DEMO_PASSWORD),
    employerIds: [],
    partnerIds: new Map(),
    navUnitIds: [],
    usersByEmail: new Map(),
    scale: { employers: options.employers ?? 40 },
  }
  db.transaction((tx) => {
    for (const code of PARTNER_CODES) {
      const row = tx
        .insert(organisations)
        .values({ kind: 'PARTNER', name: PARTNER_NAMES[code], partnerCode: code })
        .returning({ id: organisations.id })
        .get()
      ctx.partnerIds.set(code, row.id)
    }
    for (const unit of NAV_UNITS) {
      const row = tx
        .insert(organisations)
        .values({ kind: 'NAV_UNIT', name: unit.name, kommunenummer: unit.kommunenummer })
        .returning({ id: organisations.id })
        .get()
      ctx.navUnitIds.push(row.id)
    }
  })
  generateEmployers(ctx, ctx.scale.employers)
  db.transaction((tx) => {
    for (const demo of DEMO_USERS) {
      const [kind, key] = demo.organisation.split(':')
      const organisationId =
        kind === 'employer' ? ctx.employerIds[Number(key)] : kind === 'nav' ? ctx.navUnitIds[Number(key)] : ctx.partnerIds.get(key)!
      const row = tx
        .insert(users)
        .values({
          email: demo.email,
          name: demo.name,
          role: demo.role,
          organisationId,
          passwordHash: ctx.passwordHash,
          emailVerifiedAt: '2026-01-01T00:00:00.000Z',
        })
        .returning({ id: users.id })
        .get()
      ctx.usersByEmail.set(demo.email, row.id)
    }
    // The demo employer is an NHO member so the partner dashboard can narrow to members.
    tx.insert(partnerMemberships)
      .values({ employerId: ctx.employerIds[0], partnerId: ctx.partnerIds.get('NHO')! })
      .onConflictDoNothing()
      .run()
  })
  for (const step of SEED_STEPS) db.transaction(() => step.run(ctx))
  return ctx
}

/** Every demo user in the database (the fixed ones and those seed steps add), for the start-up banner. */
export function listDemoUsers(db: Db): Array<{ email: string; role: Role }> {
  return db
    .select({ email: users.email, role: users.role })
    .from(users)
    .where(like(users.email, '%@demo.no'))
    .orderBy(users.role, users.email)
    .all()
}

export function demoUserId(db: Db, email: string): number {
  return db.select({ id: users.id }).from(users).where(eq(users.email, email)).get()!.id
}
