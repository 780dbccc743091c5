/** How a jobbspesialist can record the person's answer (the link records DIGITAL_LENKE itself). */
export const RECORDED_ANSWER_METHODS = { MUNTLIG: 'Muntlig', SKRIFTLIG: 'Skriftlig' } as const

/** What the person sees when a consent link cannot be used. It changes nothing. */
export const CONSENT_LINK_MESSAGES = {
  invalid: 'Lenken er ugyldig. Sjekk at du har kopiert hele adressen fra e-posten, eller ta kontakt med jobbspesialisten din.',
  used: 'Lenken er allerede brukt, og svaret ditt er registrert. Ta kontakt med jobbspesialisten din hvis du vil endre svaret.',
  expired: 'Lenken er utløpt fordi svarfristen har gått ut. Ta kontakt med jobbspesialisten din hvis du fortsatt ønsker kontakt.',
  closed: 'Forespørselen er ikke lenger aktiv. Du trenger ikke gjøre noe.',
} as const
