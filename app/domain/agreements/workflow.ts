/**
 * The follow-up agreement's workflow (shared/domain/codes.md), pure: no I/O,
 * `today` is passed in. PABEGYNT → MANGLER_GODKJENNING (all required fields
 * filled) → KLAR_FOR_OPPSTART (approved by all, jobbspesialist last) →
 * GJENNOMFORES (start date reached) → AVSLUTTET (end date passed);
 * ANNULLERT at any point before the end, with a reason. A party who says no
 * while it awaits approval (IKKE_GODKJENT) sends it back to PABEGYNT: the
 * jobbspesialist changes it (or saves it unchanged) to ask for approval again.
 */
import type { AgreementStatus } from '~/domain/codes'
import { daysBetween } from '~/domain/dates'

export type AgreementEvent =
  /** A save that leaves every required field filled. */
  | 'LAGRET_KOMPLETT'
  /** A save that leaves a required field empty. */
  | 'LAGRET_UFULLSTENDIG'
  | 'GODKJENT_AV_ALLE'
  /** A party said no to the agreement as it stands (the person, on Min side). */
  | 'IKKE_GODKJENT'
  | 'STARTDATO_NADD'
  | 'SLUTTDATO_PASSERT'
  | 'ANNULLER'

export const AGREEMENT_EVENTS: readonly AgreementEvent[] = [
  'LAGRET_KOMPLETT',
  'LAGRET_UFULLSTENDIG',
  'GODKJENT_AV_ALLE',
  'IKKE_GODKJENT',
  'STARTDATO_NADD',
  'SLUTTDATO_PASSERT',
  'ANNULLER',
]

/** The exhaustive transition table: a missing entry is a refused transition. */
export const TRANSITIONS: Record<AgreementStatus, Partial<Record<AgreementEvent, AgreementStatus>>> = {
  PABEGYNT: {
    LAGRET_KOMPLETT: 'MANGLER_GODKJENNING',
    LAGRET_UFULLSTENDIG: 'PABEGYNT',
    ANNULLER: 'ANNULLERT',
  },
  MANGLER_GODKJENNING: {
    LAGRET_KOMPLETT: 'MANGLER_GODKJENNING',
    LAGRET_UFULLSTENDIG: 'PABEGYNT',
    GODKJENT_AV_ALLE: 'KLAR_FOR_OPPSTART',
    IKKE_GODKJENT: 'PABEGYNT',
    ANNULLER: 'ANNULLERT',
  },
  KLAR_FOR_OPPSTART: {
    LAGRET_KOMPLETT: 'MANGLER_GODKJENNING',
    LAGRET_UFULLSTENDIG: 'PABEGYNT',
    STARTDATO_NADD: 'GJENNOMFORES',
    ANNULLER: 'ANNULLERT',
  },
  GJENNOMFORES: {
    LAGRET_KOMPLETT: 'MANGLER_GODKJENNING',
    LAGRET_UFULLSTENDIG: 'PABEGYNT',
    SLUTTDATO_PASSERT: 'AVSLUTTET',
    ANNULLER: 'ANNULLERT',
  },
  AVSLUTTET: {},
  ANNULLERT: {},
}

export type TransitionResult = { ok: true; status: AgreementStatus } | { ok: false; message: string }

const REFUSED: Record<AgreementEvent, string> = {
  LAGRET_KOMPLETT: 'Avtalen kan ikke endres når den er avsluttet eller annullert.',
  LAGRET_UFULLSTENDIG: 'Avtalen kan ikke endres når den er avsluttet eller annullert.',
  GODKJENT_AV_ALLE: 'Avtalen kan bare bli klar for oppstart når alle feltene er fylt ut og alle har godkjent.',
  IKKE_GODKJENT: 'Avtalen venter ikke på svar fra deg.',
  STARTDATO_NADD: 'Avtalen kan bare starte når den er godkjent av alle.',
  SLUTTDATO_PASSERT: 'Avtalen kan bare avsluttes når den gjennomføres.',
  ANNULLER: 'Avtalen er allerede avsluttet eller annullert.',
}

export function transition(status: AgreementStatus, event: AgreementEvent): TransitionResult {
  const next = TRANSITIONS[status][event]
  return next ? { ok: true, status: next } : { ok: false, message: REFUSED[event] }
}

export function isEditable(status: AgreementStatus): boolean {
  return TRANSITIONS[status].LAGRET_KOMPLETT !== undefined
}

export function isClosed(status: AgreementStatus): boolean {
  return status === 'AVSLUTTET' || status === 'ANNULLERT'
}

/* ------------------------------------------------------------ required */

export type AgreementContent = {
  jobTitle: string
  styrkCode: string | null
  positionPercent: number | null
  startDate: string | null
  endDate: string | null
  permanent: boolean
  monthlyPay: number | null
  contactName: string
  contactPhone: string
  contactEmail: string
  goals: string
  followUpFrequency: string
  reviewDates: string[]
  adaptations: Array<{ code: string; text: string }>
}

export const REQUIRED_FIELD_LABELS: Record<string, string> = {
  jobTitle: 'Stillingstittel',
  styrkCode: 'Yrke (STYRK-08)',
  positionPercent: 'Stillingsprosent',
  startDate: 'Startdato',
  endDate: 'Sluttdato eller fast stilling',
  monthlyPay: 'Månedslønn',
  contactName: 'Kontaktperson hos arbeidsgiver',
  contactPhone: 'Telefon eller e-post til kontaktpersonen',
  goals: 'Mål for oppfølgingen',
  followUpFrequency: 'Hvor ofte oppfølgingen skjer',
}

/** The required fields that are still empty (field names, in form order). */
export function missingRequiredFields(a: AgreementContent): string[] {
  const missing: string[] = []
  if (!a.jobTitle.trim()) missing.push('jobTitle')
  if (!a.styrkCode) missing.push('styrkCode')
  if (a.positionPercent == null) missing.push('positionPercent')
  if (!a.startDate) missing.push('startDate')
  if (!a.permanent && !a.endDate) missing.push('endDate')
  if (a.monthlyPay == null) missing.push('monthlyPay')
  if (!a.contactName.trim()) missing.push('contactName')
  if (!a.contactPhone.trim() && !a.contactEmail.trim()) missing.push('contactPhone')
  if (!a.goals.trim()) missing.push('goals')
  if (!a.followUpFrequency.trim()) missing.push('followUpFrequency')
  return missing
}

/** The status after a save of `content` (or a refusal when the agreement is closed). */
export function statusAfterSave(status: AgreementStatus, content: AgreementContent): TransitionResult {
  return transition(status, missingRequiredFields(content).length === 0 ? 'LAGRET_KOMPLETT' : 'LAGRET_UFULLSTENDIG')
}

/* ------------------------------------------------------------ changes */

export const CHANGE_SECTIONS = {
  STILLING: 'Stilling og lønn',
  TILRETTELEGGING: 'Tilrettelegging',
  ORDNINGER: 'Ordninger og beregninger',
  OPPFOLGING: 'Oppfølgingsplan',
  KONTAKTPERSON: 'Kontaktperson',
} as const
export type ChangeSection = keyof typeof CHANGE_SECTIONS

export const CHANGE_KINDS = {
  OPPRETTET: 'Opprettet',
  ENDRET: 'Endret',
  GODKJENT: 'Godkjent',
  ORDNING_LAGT_TIL: 'Ordning lagt til',
  STATUS_ENDRET: 'Status endret',
  IKKE_GODKJENT: 'Ikke godkjent av deltakeren – sendt tilbake',
  ANNULLERT: 'Annullert',
} as const
export type ChangeKind = keyof typeof CHANGE_KINDS

/** The sections made of plain content fields (schemes and adaptations are compared on their own), in the order they are reported. */
const FIELD_SECTIONS = ['STILLING', 'OPPFOLGING', 'KONTAKTPERSON'] as const satisfies readonly ChangeSection[]
const SECTION_FIELDS: Record<(typeof FIELD_SECTIONS)[number], Array<keyof AgreementContent>> = {
  STILLING: ['jobTitle', 'styrkCode', 'positionPercent', 'startDate', 'endDate', 'permanent', 'monthlyPay'],
  OPPFOLGING: ['goals', 'followUpFrequency', 'reviewDates'],
  KONTAKTPERSON: ['contactName', 'contactPhone', 'contactEmail'],
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

/** Which parts of the agreement a save changed (empty = nothing changed). */
export function changedSections(before: AgreementContent, after: AgreementContent): ChangeSection[] {
  const sections: ChangeSection[] = []
  for (const section of FIELD_SECTIONS) {
    if (SECTION_FIELDS[section].some((f) => !same(before[f], after[f]))) sections.push(section)
  }
  const norm = (list: AgreementContent['adaptations']) => [...list].map((x) => `${x.code}|${x.text.trim()}`).sort()
  if (!same(norm(before.adaptations), norm(after.adaptations))) sections.push('TILRETTELEGGING')
  return sections
}

/* ------------------------------------------------------------ approvals */

export type Party = 'EMPLOYER' | 'PERSON' | 'JOBBSPESIALIST'
export const PARTY_LABELS: Record<Party, string> = {
  EMPLOYER: 'Arbeidsgiver',
  PERSON: 'Deltaker',
  JOBBSPESIALIST: 'Jobbspesialist',
}

export type ApprovalCheck = { ok: true; allApproved: boolean } | { ok: false; message: string }

/**
 * May `party` approve now? Approvals are given only while the agreement
 * awaits them; the employer and the person in any order, the jobbspesialist last.
 */
export function checkApproval(status: AgreementStatus, approvedBy: readonly Party[], party: Party): ApprovalCheck {
  if (status === 'PABEGYNT') return { ok: false, message: 'Avtalen kan ikke godkjennes før alle de påkrevde feltene er fylt ut.' }
  if (status !== 'MANGLER_GODKJENNING') return { ok: false, message: 'Avtalen venter ikke på godkjenning.' }
  if (approvedBy.includes(party)) return { ok: false, message: `${PARTY_LABELS[party]} har allerede godkjent avtalen.` }
  if (party === 'JOBBSPESIALIST' && !(approvedBy.includes('EMPLOYER') && approvedBy.includes('PERSON'))) {
    return {
      ok: false,
      message: 'Jobbspesialisten godkjenner sist: arbeidsgiveren og deltakeren må godkjenne avtalen først.',
    }
  }
  return { ok: true, allApproved: party === 'JOBBSPESIALIST' }
}

/**
 * May `party` say no to the agreement now? Only while it awaits that party's
 * approval; an approval already given is not taken back this way.
 */
export function checkDecline(
  status: AgreementStatus,
  approvedBy: readonly Party[],
  party: Party,
): { ok: true; status: AgreementStatus } | { ok: false; message: string } {
  if (approvedBy.includes(party)) return { ok: false, message: `${PARTY_LABELS[party]} har allerede godkjent avtalen.` }
  return transition(status, 'IKKE_GODKJENT')
}

/**
 * A save that changes nothing still moves a complete draft back to
 * MANGLER_GODKJENNING: after a «no», the jobbspesialist may find that the
 * agreement was right as it was and ask for approval again. Any other
 * unchanged save is a no-op (it must not, say, reopen approvals).
 */
export function isResubmission(status: AgreementStatus, content: AgreementContent): boolean {
  return status === 'PABEGYNT' && missingRequiredFields(content).length === 0
}

/** Who still has to approve, in the order the UI lists them. */
export function awaitingApproval(approvedBy: readonly Party[]): Party[] {
  return (['EMPLOYER', 'PERSON', 'JOBBSPESIALIST'] as const).filter((p) => !approvedBy.includes(p))
}

/* ------------------------------------------------------------ dates */

export type DatedAgreement = { status: AgreementStatus; startDate: string | null; endDate: string | null; permanent: boolean }

/**
 * The moves the date causes, in order (possibly two: a short agreement whose
 * start and end have both passed). A pure function of (agreement, today).
 */
export function dateMoves(a: DatedAgreement, today: string): Array<{ event: AgreementEvent; from: AgreementStatus; to: AgreementStatus }> {
  const moves: Array<{ event: AgreementEvent; from: AgreementStatus; to: AgreementStatus }> = []
  let status = a.status
  if (status === 'KLAR_FOR_OPPSTART' && a.startDate && a.startDate <= today) {
    moves.push({ event: 'STARTDATO_NADD', from: status, to: 'GJENNOMFORES' })
    status = 'GJENNOMFORES'
  }
  if (status === 'GJENNOMFORES' && !a.permanent && a.endDate && a.endDate < today) {
    moves.push({ event: 'SLUTTDATO_PASSERT', from: status, to: 'AVSLUTTET' })
  }
  return moves
}

export { addDays, daysBetween } from '~/domain/dates'

/** True when a running, time-limited agreement ends within `days` days of today. */
export function endsWithin(a: DatedAgreement, today: string, days = 30): boolean {
  if (a.status !== 'GJENNOMFORES' || a.permanent || !a.endDate) return false
  const left = daysBetween(today, a.endDate)
  return left >= 0 && left <= days
}
