import { renderEmail, type RenderedEmail } from '../layout'

/** Account e-mails (bokmål). Links come from appUrl(); never put a password in a mail. */

export function verificationEmail(input: { name: string; organisationName: string; url: string }): RenderedEmail {
  return renderEmail({
    subject: 'Bekreft e-postadressen din – Vi inkluderer',
    greeting: `Hei, ${input.name}!`,
    paragraphs: [
      `Takk for at du registrerte ${input.organisationName} i Vi inkluderer.`,
      'Bekreft e-postadressen din for å ta i bruk kontoen. Lenken virker i 24 timer og kan brukes én gang.',
      'Har du ikke registrert deg? Da kan du se bort fra denne e-posten.',
    ],
    action: { label: 'Bekreft e-postadressen', url: input.url },
  })
}

export function passwordResetEmail(input: { name: string; url: string }): RenderedEmail {
  return renderEmail({
    subject: 'Tilbakestill passordet ditt – Vi inkluderer',
    greeting: `Hei, ${input.name}!`,
    paragraphs: [
      'Vi har fått en forespørsel om å tilbakestille passordet ditt.',
      'Lenken virker i 1 time og kan brukes én gang. Når du har valgt et nytt passord, blir du logget ut overalt.',
      'Har du ikke bedt om dette? Da kan du se bort fra e-posten. Passordet ditt er ikke endret.',
    ],
    action: { label: 'Velg nytt passord', url: input.url },
  })
}

export function invitationEmail(input: { roleLabel: string; organisationName: string; url: string }): RenderedEmail {
  return renderEmail({
    subject: 'Du er invitert til Vi inkluderer',
    greeting: 'Hei!',
    paragraphs: [
      `Du er invitert som ${input.roleLabel.toLowerCase()} for ${input.organisationName} i Vi inkluderer.`,
      'Følg lenken for å skrive inn navnet ditt og velge passord. Invitasjonen virker i 7 dager og kan brukes én gang.',
    ],
    action: { label: 'Godta invitasjonen', url: input.url },
  })
}
