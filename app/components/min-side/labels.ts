import type { ContactRequestStatus } from '~/domain/codes'

/** A request's status in the person's words. */
export function personRequestStatus(status: ContactRequestStatus, sharingActive: boolean): string {
  switch (status) {
    case 'SPURT_KANDIDAT':
      return 'Venter på svaret ditt'
    case 'GODKJENT':
      return sharingActive ? 'Du sa ja – opplysningene er delt' : 'Du sa ja – delingen er over'
    case 'AVSLATT':
      return 'Du sa nei'
    case 'UTLOPT':
      return 'Fristen gikk ut'
    case 'TRUKKET':
      return 'Arbeidsgiveren trakk forespørselen'
    default:
      return 'Under behandling'
  }
}
