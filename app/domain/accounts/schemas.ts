import { z } from 'zod'
import { NACE_SECTIONS, PARTNER_CODES, SECTORS } from '@db/schema'
import { isValidOrgnr, normaliseOrgnr } from '~/domain/validation/orgnr'

/** Rules and form schemas for accounts (pure: no I/O). Messages are bokmål and shown next to the field. */
export const PASSWORD_MIN_LENGTH = 12
export const PASSWORD_MAX_LENGTH = 200

export const EMAIL_VERIFICATION_TTL_MS = 24 * 60 * 60 * 1000
export const PASSWORD_RESET_TTL_MS = 60 * 60 * 1000
export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000

export const INVITABLE_ROLES = ['jobbspesialist', 'partner', 'admin'] as const
export type InvitableRole = (typeof INVITABLE_ROLES)[number]

export const accountMessages = {
  required: 'Fyll ut feltet.',
  email: 'Skriv en gyldig e-postadresse, for eksempel navn@firma.no.',
  passwordShort: `Passordet må ha minst ${PASSWORD_MIN_LENGTH} tegn.`,
  passwordLong: `Passordet kan ha høyst ${PASSWORD_MAX_LENGTH} tegn.`,
  passwordRepeat: 'Passordene er ikke like. Skriv det samme passordet to ganger.',
  orgnrFormat: 'Organisasjonsnummeret må ha 9 siffer.',
  orgnrCheck: 'Organisasjonsnummeret er ikke gyldig (kontrollsifferet stemmer ikke). Sjekk at du har skrevet det riktig.',
  orgnrTaken: 'Denne virksomheten er allerede registrert. Be en kollega som har tilgang om hjelp, eller kontakt NAV.',
  emailTaken: 'Det finnes allerede en bruker med denne e-postadressen. Logg inn, eller bruk «Glemt passordet?».',
  kommune: 'Velg kommunen der virksomheten holder til.',
  sector: 'Velg sektor.',
  nace: 'Velg bransje.',
  role: 'Velg rolle.',
  navUnit: 'Velg NAV-kontoret brukeren hører til.',
  partnerOrganisation: 'Velg partnerorganisasjonen brukeren hører til.',
}

const requiredText = (max = 200) =>
  z
    .string({ required_error: accountMessages.required })
    .trim()
    .min(1, accountMessages.required)
    .max(max, `Teksten kan ha høyst ${max} tegn.`)

export const emailField = z
  .string({ required_error: accountMessages.required })
  .trim()
  .max(254, accountMessages.email)
  .email(accountMessages.email)
  .transform((v) => v.toLowerCase())

export const passwordField = z
  .string({ required_error: accountMessages.passwordShort })
  .min(PASSWORD_MIN_LENGTH, accountMessages.passwordShort)
  .max(PASSWORD_MAX_LENGTH, accountMessages.passwordLong)

const orgnrField = z
  .string({ required_error: accountMessages.required })
  .transform(normaliseOrgnr)
  .superRefine((value, ctx) => {
    if (!/^\d{9}$/.test(value)) ctx.addIssue({ code: 'custom', message: accountMessages.orgnrFormat })
    else if (!isValidOrgnr(value)) ctx.addIssue({ code: 'custom', message: accountMessages.orgnrCheck })
  })

/** Both password fields must match; the error goes next to the repeat field. */
function withPasswordRepeat<T extends z.ZodRawShape>(shape: T) {
  return z
    .object({ ...shape, password: passwordField, passwordRepeat: z.string({ required_error: accountMessages.passwordRepeat }) })
    .superRefine((value, ctx) => {
      if (value.password !== value.passwordRepeat) {
        ctx.addIssue({ code: 'custom', path: ['passwordRepeat'], message: accountMessages.passwordRepeat })
      }
    })
}

export const SignupSchema = withPasswordRepeat({
  orgnr: orgnrField,
  organisationName: requiredText(200),
  kommunenummer: z.string({ required_error: accountMessages.kommune }).regex(/^\d{4}$/, accountMessages.kommune),
  sector: z.enum(SECTORS, { errorMap: () => ({ message: accountMessages.sector }) }),
  naceSection: z.enum(NACE_SECTIONS, { errorMap: () => ({ message: accountMessages.nace }) }),
  partners: z.array(z.enum(PARTNER_CODES)).default([]),
  name: requiredText(200),
  email: emailField,
})
export type SignupInput = z.infer<typeof SignupSchema>

export const EmailOnlySchema = z.object({ email: emailField })

export const NewPasswordSchema = withPasswordRepeat({})
export type NewPasswordInput = z.infer<typeof NewPasswordSchema>

export const AcceptInvitationSchema = withPasswordRepeat({ name: requiredText(200) })
export type AcceptInvitationInput = z.infer<typeof AcceptInvitationSchema>

export const InviteSchema = z
  .object({
    email: emailField,
    role: z.enum(INVITABLE_ROLES, { errorMap: () => ({ message: accountMessages.role }) }),
    navUnitId: z.coerce.number().int().positive().optional(),
    partnerOrganisationId: z.coerce.number().int().positive().optional(),
  })
  .superRefine((value, ctx) => {
    if (value.role === 'partner' && !value.partnerOrganisationId) {
      ctx.addIssue({ code: 'custom', path: ['partnerOrganisationId'], message: accountMessages.partnerOrganisation })
    }
    if (value.role !== 'partner' && !value.navUnitId) {
      ctx.addIssue({ code: 'custom', path: ['navUnitId'], message: accountMessages.navUnit })
    }
  })
export type InviteInput = z.infer<typeof InviteSchema>

/** The organisation an invited user belongs to: NAV unit for NAV roles, the partner organisation for partners. */
export function invitedOrganisationId(input: InviteInput): number {
  return input.role === 'partner' ? input.partnerOrganisationId! : input.navUnitId!
}

export type TokenState = 'valid' | 'expired' | 'used' | 'unknown'
export const REFUSED_TOKEN_STATES = ['expired', 'used', 'unknown'] as const satisfies readonly TokenState[]
export type RefusedTokenState = (typeof REFUSED_TOKEN_STATES)[number]

/**
 * Why a token use was refused, read back from the failure a token use-case
 * returns (its one message is the token's state; see `refuseToken`).
 */
export function refusedTokenState(messages: readonly string[]): RefusedTokenState {
  return REFUSED_TOKEN_STATES.find((state) => messages.includes(state)) ?? 'unknown'
}

/** A single-use token's state at `at` (ISO timestamps compare as strings). */
export function tokenState(token: { expiresAt: string; usedAt: string | null } | undefined, at: string): TokenState {
  if (!token) return 'unknown'
  if (token.usedAt) return 'used'
  if (token.expiresAt <= at) return 'expired'
  return 'valid'
}

/** «Logg inn»: the password is checked by the sign-in, not here; `redirectTo` is made safe by the page. */
export const LoginSchema = z.object({
  email: z.string({ required_error: accountMessages.required }).email(accountMessages.email),
  password: z.string({ required_error: 'Skriv passordet ditt.' }),
  redirectTo: z.string().optional(),
})

/** The admin's button on a user: deactivate or reactivate. */
export const UserToggleSchema = z.object({ userId: z.coerce.number().int().positive(), intent: z.enum(['deactivate', 'reactivate']) })
