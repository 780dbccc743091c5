import type { CONSENT_METHODS } from '@db/schema/candidates'

/** The person's answer to a contact request. */
export const CONTACT_ANSWER_CODES = ['JA', 'NEI'] as const
export type ContactAnswer = (typeof CONTACT_ANSWER_CODES)[number]

/** How the answer was given (stored on the consent): recorded by the jobbspesialist, through the link, or on Min side. */
export type AnswerMethod = (typeof CONSENT_METHODS)[number]

/** How a jobbspesialist can record the person's answer (the link records DIGITAL_LENKE itself, Min side MIN_SIDE). */
export const RECORDED_ANSWER_METHOD_CODES = ['MUNTLIG', 'SKRIFTLIG'] as const satisfies readonly AnswerMethod[]
export type RecordedAnswerMethod = (typeof RECORDED_ANSWER_METHOD_CODES)[number]
export const RECORDED_ANSWER_METHODS = { MUNTLIG: 'Muntlig', SKRIFTLIG: 'Skriftlig' } as const satisfies Record<
  RecordedAnswerMethod,
  string
>

/** Why a consent link cannot be used. */
export const CONSENT_LINK_REFUSALS = ['invalid', 'used', 'expired', 'closed'] as const
export type ConsentLinkRefusal = (typeof CONSENT_LINK_REFUSALS)[number]

/** What the person sees when a consent link cannot be used. It changes nothing. */
export const CONSENT_LINK_MESSAGES = {
  invalid: 'Lenken er ugyldig. Sjekk at du har kopiert hele adressen fra e-posten, eller ta kontakt med jobbspesialisten din.',
  used: 'Lenken er allerede brukt, og svaret ditt er registrert. Ta kontakt med jobbspesialisten din hvis du vil endre svaret.',
  expired: 'Lenken er utløpt fordi svarfristen har gått ut. Ta kontakt med jobbspesialisten din hvis du fortsatt ønsker kontakt.',
  closed: 'Forespørselen er ikke lenger aktiv. Du trenger ikke gjøre noe.',
} as const satisfies Record<ConsentLinkRefusal, string>

/**
 * Why a consent link was refused, read back from the message of the failure
 * the link's use-cases return (its one message is the refusal's message).
 */
export function refusedConsentLink(message: string): ConsentLinkRefusal {
  return CONSENT_LINK_REFUSALS.find((refusal) => CONSENT_LINK_MESSAGES[refusal] === message) ?? 'invalid'
}
