import { renderEmail } from '../layout'

/**
 * E-mails for «Be om kontakt». Privacy rule: e-mails to employers never hold
 * personal data about the person — only the profile's pseudonymous code. Even
 * after consent they only say «logg inn for å se kontaktinformasjonen».
 */

/** To the owning jobbspesialist when an employer asks (SENDT). Names the employer and the profile code. */
export function contactRequestedEmail(p: { organisationName: string; profileCode: string; vacancyTitle: string | null; url: string }) {
  return renderEmail({
    subject: `Ny forespørsel om kontakt – profil ${p.profileCode}`,
    greeting: 'Hei,',
    paragraphs: [
      `${p.organisationName} ønsker kontakt med personen bak profil ${p.profileCode}${p.vacancyTitle ? ` (stilling: ${p.vacancyTitle})` : ''}.`,
      'Spør kandidaten og registrer svaret, eller send kandidaten en lenke for å svare selv.',
    ],
    action: { label: 'Se forespørselen', url: p.url },
  })
}

/** To the person (SPURT_KANDIDAT) with the single-use link. */
export function consentRequestEmail(p: { organisationName: string; deadline: string; url: string }) {
  return renderEmail({
    subject: 'En arbeidsgiver ønsker kontakt med deg',
    greeting: 'Hei,',
    paragraphs: [
      `${p.organisationName} har sett den anonyme profilen din i Vi inkluderer og ønsker kontakt med deg.`,
      `Du bestemmer selv om arbeidsgiveren skal få navnet ditt, kontaktinformasjonen din og deler av CV-en din. Svar innen ${p.deadline}.`,
      'Lenken kan bare brukes én gang. Har du spørsmål, ta kontakt med jobbspesialisten din.',
    ],
    action: { label: 'Se hva du samtykker til og svar', url: p.url },
  })
}

/** To the employer (GODKJENT): no personal data in the mail. */
export function contactApprovedEmail(p: { profileCode: string; url: string }) {
  return renderEmail({
    subject: `Kandidaten har sagt ja – profil ${p.profileCode}`,
    greeting: 'Hei,',
    paragraphs: [
      `Personen bak profil ${p.profileCode} har samtykket til at dere får kontaktinformasjonen.`,
      'Logg inn for å se kontaktinformasjonen. Den er tilgjengelig for dere i 6 måneder.',
    ],
    action: { label: 'Logg inn og se kontakten', url: p.url },
  })
}

/** To the employer (AVSLATT or UTLOPT): never a reason. */
export function contactNotCompletedEmail(p: { profileCode: string; url: string }) {
  return renderEmail({
    subject: `Kontakten ble ikke gjennomført – profil ${p.profileCode}`,
    greeting: 'Hei,',
    paragraphs: [
      `Kontakten ble ikke gjennomført for profil ${p.profileCode}.`,
      'Dere kan fortsatt se etter andre kandidater i Vi inkluderer.',
    ],
    action: { label: 'Se forespørslene deres', url: p.url },
  })
}

/** To the jobbspesialist when the employer withdraws (TRUKKET). */
export function contactWithdrawnEmail(p: { organisationName: string; profileCode: string; url: string }) {
  return renderEmail({
    subject: `Forespørsel trukket – profil ${p.profileCode}`,
    greeting: 'Hei,',
    paragraphs: [`${p.organisationName} har trukket forespørselen om kontakt for profil ${p.profileCode}. Du trenger ikke gjøre noe mer.`],
    action: { label: 'Se forespørselen', url: p.url },
  })
}

/** To the jobbspesialist when the employer marks FATT_JOBBEN: start a follow-up agreement. */
export function hiredEmail(p: { organisationName: string; profileCode: string; url: string }) {
  return renderEmail({
    subject: `Fått jobben – start oppfølgingsavtale (profil ${p.profileCode})`,
    greeting: 'Hei,',
    paragraphs: [
      `${p.organisationName} har markert at personen bak profil ${p.profileCode} har fått jobben.`,
      'Start en oppfølgingsavtale med arbeidsgiveren og kandidaten.',
    ],
    action: { label: 'Se forespørselen', url: p.url },
  })
}
