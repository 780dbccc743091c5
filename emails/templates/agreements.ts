import { renderEmail } from '../layout'

/**
 * E-mails about follow-up agreements. Privacy rule: no personal data about the
 * person in any of them — agreements are named by number, job title and
 * employer; the details are behind login (or the person's own one-time link).
 */
type Ref = { agreementId: number; jobTitle: string; organisationName: string; url: string }
const name = (p: Ref) => `oppfølgingsavtale nr. ${p.agreementId} (${p.jobTitle || 'stilling'} hos ${p.organisationName})`

/** To the person, with the single-use approval link. */
export function agreementApprovalLinkEmail(p: Ref & { expires: string }) {
  return renderEmail({
    subject: 'Oppfølgingsavtalen din venter på godkjenningen din',
    greeting: 'Hei,',
    paragraphs: [
      `Jobbspesialisten din har laget en oppfølgingsavtale for jobben som ${p.jobTitle || 'ansatt'} hos ${p.organisationName}.`,
      `Les avtalen og godkjenn den hvis du er enig. Lenken kan brukes én gang og gjelder til ${p.expires}.`,
      'Er noe feil eller uklart, ta kontakt med jobbspesialisten din før du godkjenner.',
    ],
    action: { label: 'Les og godkjenn avtalen', url: p.url },
  })
}

export function followUpTomorrowEmail(p: Ref & { date: string }) {
  return renderEmail({
    subject: `Påminnelse: oppfølging i morgen – avtale nr. ${p.agreementId}`,
    greeting: 'Hei,',
    paragraphs: [`Du har planlagt en oppfølging ${p.date} for ${name(p)}.`, 'Husk å logge kontakten og planlegge den neste.'],
    action: { label: 'Åpne avtalen', url: p.url },
  })
}

export function followUpOverdueEmail(p: Ref & { date: string }) {
  return renderEmail({
    subject: `Oppfølging er forfalt – avtale nr. ${p.agreementId}`,
    greeting: 'Hei,',
    paragraphs: [
      `Oppfølgingen som var planlagt ${p.date} for ${name(p)} er ikke logget.`,
      'Logg kontakten hvis den er gjennomført, eller planlegg en ny.',
    ],
    action: { label: 'Åpne avtalen', url: p.url },
  })
}

export function awaitingApprovalEmail(p: Ref & { party: string }) {
  return renderEmail({
    subject: `Oppfølgingsavtale nr. ${p.agreementId} venter på godkjenning`,
    greeting: 'Hei,',
    paragraphs: [`${name(p)} venter på godkjenning fra ${p.party}.`],
    action: { label: 'Se og godkjenn avtalen', url: p.url },
  })
}

export function agreementStartedEmail(p: Ref & { date: string }) {
  return renderEmail({
    subject: `Oppfølgingsavtale nr. ${p.agreementId} er startet`,
    greeting: 'Hei,',
    paragraphs: [`${name(p)} gjennomføres fra ${p.date}.`, 'Oppfølgingen er ukentlig den første måneden, deretter etter avtale.'],
    action: { label: 'Se avtalen', url: p.url },
  })
}

export function agreementEndingEmail(p: Ref & { date: string; daysLeft: number }) {
  return renderEmail({
    subject: `Oppfølgingsavtale nr. ${p.agreementId} slutter snart`,
    greeting: 'Hei,',
    paragraphs: [
      `${name(p)} slutter ${p.date} (om ${p.daysLeft} dager).`,
      'Avklar sammen om avtalen skal forlenges, eller hva som skjer etter sluttdatoen.',
    ],
    action: { label: 'Se avtalen', url: p.url },
  })
}
