import type { AgreementStatus, ContactRequestStatus } from '~/domain/codes'

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

/** An agreement's status in the person's words. */
export function personAgreementStatus(status: AgreementStatus, awaitingYou: boolean): string {
  switch (status) {
    case 'PABEGYNT':
      return 'Du sa nei – jobbspesialisten endrer avtalen'
    case 'MANGLER_GODKJENNING':
      return awaitingYou ? 'Venter på at du godkjenner' : 'Du har godkjent – venter på de andre'
    case 'KLAR_FOR_OPPSTART':
      return 'Godkjent av alle – klar til å starte'
    case 'GJENNOMFORES':
      return 'Du er i gang'
    case 'AVSLUTTET':
      return 'Avsluttet'
    case 'ANNULLERT':
      return 'Avbrutt'
  }
}
