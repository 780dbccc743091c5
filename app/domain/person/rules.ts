/** Timing and limits for the person's sign-in (issue 14). Pure constants and rules. */

/** A single-use sign-in link works for 24 hours. */
export const LOGIN_LINK_HOURS = 24
/** A person session ends after 30 minutes without requests. */
export const PERSON_IDLE_MINUTES = 30
/** Rate limits for «send me a new link»: per e-mail address and per IP, per hour. */
export const LINK_REQUESTS_PER_EMAIL_PER_HOUR = 3
export const LINK_REQUESTS_PER_IP_PER_HOUR = 20
/** An ID-porten login must come back within 10 minutes. */
export const OIDC_STATE_MINUTES = 10

/** Session still valid at `nowIso`? (not ended, and seen within the idle window) */
export function isPersonSessionActive(session: { endedAt: string | null; lastSeenAt: string }, nowMs: number): boolean {
  if (session.endedAt) return false
  return nowMs - Date.parse(session.lastSeenAt) < PERSON_IDLE_MINUTES * 60_000
}

/**
 * Plain-language notes on what employers see instead of the exact value, and
 * why. `coarsened` is the profile's list from the re-identification guard.
 */
export function coarseningNotesForPerson(coarsened: readonly string[]): string[] {
  const notes = [
    'Arbeidsgivere ser aldri navnet ditt, fødselsnummeret ditt, adressen din eller hvordan de kan kontakte deg. Det får de bare hvis du sier ja til en forespørsel.',
    'Arbeidsgivere ser en aldersgruppe, ikke hvor gammel du er.',
    'Arbeidsgivere ser hvor du kan jobbe, aldri hvor du bor.',
    'Behov for tilrettelegging vises bare som korte kategorier. Ingenting om helse eller diagnose vises.',
  ]
  if (coarsened.includes('ageBand')) {
    notes.push(
      'Aldersgruppen din vises bredere enn vanlig. Få andre profiler ligner på din, og da kunne noen ellers ha gjettet hvem du er.',
    )
  }
  if (coarsened.includes('workArea')) {
    notes.push(
      'Arbeidsgivere ser bare hvilke fylker du kan jobbe i deler av, ikke kommunene og reiseavstanden. Få andre profiler ligner på din, og da kunne noen ellers ha gjettet hvem du er.',
    )
  }
  return notes
}
