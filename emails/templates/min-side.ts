import { renderEmail } from '../layout'

/**
 * E-mails for «Min side» (issue 14). They say what happened and what to do —
 * never anything about health or adaptation needs. E-mails to the
 * jobbspesialist name the profile code, not the person.
 */

/** To the person: the jobbspesialist gave them access (single-use sign-in link). */
export function minSideInvitationEmail(p: { url: string; requestUrl: string; hours: number }) {
  return renderEmail({
    subject: 'Du har fått tilgang til Min side i Vi inkluderer',
    greeting: 'Hei,',
    paragraphs: [
      'Jobbspesialisten din har gitt deg tilgang til Min side i Vi inkluderer.',
      'På Min side kan du se profilen din slik arbeidsgivere ser den, bestemme hva som vises, svare på forespørsler og laste ned opplysningene dine.',
      `Trykk på lenken for å logge inn. Lenken virker i ${p.hours} timer og kan bare brukes én gang.`,
      `Trenger du en ny lenke senere, gå til ${p.requestUrl}.`,
    ],
    action: { label: 'Logg inn på Min side', url: p.url },
  })
}

/** To the person: a new sign-in link they asked for. */
export function minSideLoginLinkEmail(p: { url: string; hours: number }) {
  return renderEmail({
    subject: 'Lenke for å logge inn på Min side',
    greeting: 'Hei,',
    paragraphs: [
      `Du har bedt om en ny lenke for å logge inn på Min side. Lenken virker i ${p.hours} timer og kan bare brukes én gang.`,
      'Har du ikke bedt om dette, kan du se bort fra e-posten.',
    ],
    action: { label: 'Logg inn på Min side', url: p.url },
  })
}

/** To the jobbspesialist: the person withdrew the consent to publishing on Min side. */
export function publishingWithdrawnNoticeEmail(p: { profileCode: string | null; url: string }) {
  return renderEmail({
    subject: 'Samtykke til publisering er trukket tilbake',
    greeting: 'Hei,',
    paragraphs: [
      `En person i porteføljen din har trukket tilbake samtykket til publisering på Min side${p.profileCode ? ` (profil ${p.profileCode})` : ''}.`,
      'Profilen er fjernet fra alle arbeidsgivervisninger og fra søket. Du trenger ikke gjøre noe med profilen. Ta gjerne kontakt med personen for å høre hvordan det går.',
    ],
    action: { label: 'Se personen i porteføljen', url: p.url },
  })
}

/** To the jobbspesialist: the person asks to have their data deleted. */
export function deletionRequestedEmail(p: { url: string; unpublished: boolean }) {
  return renderEmail({
    subject: 'En person ber om sletting av opplysninger',
    greeting: 'Hei,',
    paragraphs: [
      'En person i porteføljen din har bedt om at opplysningene om dem slettes. Forespørselen ble sendt fra Min side.',
      ...(p.unpublished ? ['Den anonyme profilen er allerede fjernet fra søket og fra alle arbeidsgivere.'] : []),
      'Se forespørselen og reglene for hva som må beholdes og hvor lenge. Svar personen innen 30 dager.',
    ],
    action: { label: 'Se forespørselen', url: p.url },
  })
}

/** To the jobbspesialist: the person said no to the follow-up agreement as it stands. */
export function agreementDeclinedEmail(p: { url: string }) {
  return renderEmail({
    subject: 'Deltakeren godkjente ikke oppfølgingsavtalen',
    greeting: 'Hei,',
    paragraphs: [
      'Deltakeren har svart på Min side at de ikke godkjenner oppfølgingsavtalen slik den er nå.',
      'Avtalen er sendt tilbake til deg som påbegynt, og godkjenningene som var gitt, er trukket tilbake.',
      'Ta kontakt med deltakeren, endre avtalen og lagre den for å be om godkjenning igjen.',
    ],
    action: { label: 'Se avtalen', url: p.url },
  })
}

/** To the employer: the person ended the sharing early. No personal data. */
export function sharingEndedEmail(p: { profileCode: string; url: string }) {
  return renderEmail({
    subject: `Delingen er avsluttet – profil ${p.profileCode}`,
    greeting: 'Hei,',
    paragraphs: [
      `Personen bak profil ${p.profileCode} har avsluttet delingen av navn og kontaktinformasjon med dere.`,
      'Dere ser ikke lenger opplysningene. Slett kopier dere eventuelt har tatt.',
    ],
    action: { label: 'Se forespørslene deres', url: p.url },
  })
}
