import type { ContactRequestStatus } from '../codes'

/**
 * The life of a contact request («Be om kontakt») as an exhaustive table:
 * every (status, event) pair is either a target status or refused (null).
 *
 *   SENDT ──ASK_CANDIDATE──▶ SPURT_KANDIDAT ──ACCEPT──▶ GODKJENT
 *     │                           ├──DECLINE──▶ AVSLATT
 *     │                           ├──EXPIRE───▶ UTLOPT   (no answer by the deadline)
 *     └──────WITHDRAW─────────────┴──WITHDRAW─▶ TRUKKET  (employer, before an answer)
 */
export const CONTACT_EVENTS = ['ASK_CANDIDATE', 'ACCEPT', 'DECLINE', 'EXPIRE', 'WITHDRAW'] as const
export type ContactEvent = (typeof CONTACT_EVENTS)[number]

export const CONTACT_TRANSITIONS: Record<ContactRequestStatus, Record<ContactEvent, ContactRequestStatus | null>> = {
  SENDT: { ASK_CANDIDATE: 'SPURT_KANDIDAT', ACCEPT: null, DECLINE: null, EXPIRE: null, WITHDRAW: 'TRUKKET' },
  SPURT_KANDIDAT: { ASK_CANDIDATE: null, ACCEPT: 'GODKJENT', DECLINE: 'AVSLATT', EXPIRE: 'UTLOPT', WITHDRAW: 'TRUKKET' },
  GODKJENT: { ASK_CANDIDATE: null, ACCEPT: null, DECLINE: null, EXPIRE: null, WITHDRAW: null },
  AVSLATT: { ASK_CANDIDATE: null, ACCEPT: null, DECLINE: null, EXPIRE: null, WITHDRAW: null },
  UTLOPT: { ASK_CANDIDATE: null, ACCEPT: null, DECLINE: null, EXPIRE: null, WITHDRAW: null },
  TRUKKET: { ASK_CANDIDATE: null, ACCEPT: null, DECLINE: null, EXPIRE: null, WITHDRAW: null },
}

/** The status after `event`, or null when the event is not allowed in `status`. */
export function nextStatus(status: ContactRequestStatus, event: ContactEvent): ContactRequestStatus | null {
  return CONTACT_TRANSITIONS[status]?.[event] ?? null
}

/** Open = still waiting for someone; at most one open request per employer and profile. */
export const OPEN_STATUSES: readonly ContactRequestStatus[] = ['SENDT', 'SPURT_KANDIDAT']

export function isOpen(status: ContactRequestStatus): boolean {
  return OPEN_STATUSES.includes(status)
}

/** Who must act next: that party gets the e-mail when the request enters the status. */
export type ContactParty = 'JOBBSPESIALIST' | 'CANDIDATE' | 'EMPLOYER' | null
export function partyToActNext(status: ContactRequestStatus): ContactParty {
  switch (status) {
    case 'SENDT':
      return 'JOBBSPESIALIST'
    case 'SPURT_KANDIDAT':
      return 'CANDIDATE'
    case 'GODKJENT':
    case 'AVSLATT':
    case 'UTLOPT':
      return 'EMPLOYER'
    case 'TRUKKET':
      return 'JOBBSPESIALIST'
  }
}

/** What the employer is told: never why a contact did not go ahead. */
export function employerStatusLabel(status: ContactRequestStatus): string {
  switch (status) {
    case 'SENDT':
      return 'Sendt til jobbspesialisten'
    case 'SPURT_KANDIDAT':
      return 'Venter på svar'
    case 'GODKJENT':
      return 'Godkjent – kontaktinformasjon delt'
    case 'AVSLATT':
    case 'UTLOPT':
      return 'Kontakten ble ikke gjennomført'
    case 'TRUKKET':
      return 'Trukket'
  }
}

/** What the jobbspesialist sees (the full truth about their own person). */
export function jobbspesialistStatusLabel(status: ContactRequestStatus): string {
  switch (status) {
    case 'SENDT':
      return 'Ny – kandidaten er ikke spurt'
    case 'SPURT_KANDIDAT':
      return 'Kandidaten er spurt'
    case 'GODKJENT':
      return 'Godkjent av kandidaten'
    case 'AVSLATT':
      return 'Avslått av kandidaten'
    case 'UTLOPT':
      return 'Utløpt – ikke svar innen fristen'
    case 'TRUKKET':
      return 'Trukket av arbeidsgiveren'
  }
}
