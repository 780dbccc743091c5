import type { Role } from '@db/schema'

export type NavItem = { to: string; label: string; end?: boolean }

/**
 * Every admin page, in the order the admin home lists them. A new admin page is
 * one line here: it then shows on /admin (the admin's menu leads there).
 */
export const ADMIN_PAGES: ReadonlyArray<{ to: string; label: string; description: string }> = [
  {
    to: '/admin/brukere',
    label: 'Brukere',
    description: 'Søk etter brukere, inviter jobbspesialister, partnerbrukere og administratorer, og deaktiver brukere.',
  },
  {
    to: '/admin/organisasjoner',
    label: 'Organisasjoner',
    description: 'Arbeidsgivere, partnerorganisasjoner og NAV-kontor, med brukere og medlemskap.',
  },
  {
    to: '/admin/satser',
    label: 'Satser',
    description: 'Daterte satser for grunnbeløp, inkluderingstilskudd og arbeidsgiveravgift som tilskuddskalkulatoren bruker.',
  },
  {
    to: '/admin/personer',
    label: 'Innsyn',
    description: 'Finn en person og se alt som er registrert om dem, for innsynsbegjæringer. Oppslaget logges.',
  },
  {
    to: '/admin/portefoljer',
    label: 'Porteføljer',
    description: 'Aktive personer per jobbspesialist mot IPS-normen, for alle NAV-kontor eller ett om gangen. Bare antall.',
  },
  {
    to: '/admin/e-post',
    label: 'E-post',
    description: 'Utboksen: e-post som venter, prøves på nytt eller har feilet for godt, med «Send på nytt». Innholdet vises ikke.',
  },
  {
    to: '/admin/revisjonslogg',
    label: 'Revisjonslogg',
    description: 'Søk i loggen over visninger av profiler, innsyn i personopplysninger og deling med arbeidsgivere.',
  },
  {
    to: '/partner/statistikk',
    label: 'Statistikk',
    description: 'Bruken av ordningen over tid, per fylke, sektor, bransje, ordning og målgruppe. Bare tall, små tall skjules.',
  },
]

/** The main menu for a person signed in on Min side (not a user, no role); Min side has its own menu below. */
export const PERSON_NAVIGATION: NavItem[] = [
  { to: '/min-side', label: 'Min side' },
  { to: '/tilskuddskalkulator', label: 'Tilskuddskalkulator' },
]

/** The main menu per role. Capabilities add their entries here. */
export function navigationFor(role: Role | null): NavItem[] {
  switch (role) {
    case null:
      return [
        { to: '/', label: 'Forside', end: true },
        { to: '/tilskuddskalkulator', label: 'Tilskuddskalkulator' },
        { to: '/registrer', label: 'Registrer arbeidsgiver' },
      ]
    case 'arbeidsgiver':
      return [
        { to: '/arbeidsgiver', label: 'Oversikt', end: true },
        { to: '/arbeidsgiver/stillinger', label: 'Stillinger' },
        { to: '/arbeidsgiver/kandidater', label: 'Kandidater' },
        { to: '/arbeidsgiver/kontakter', label: 'Kontakter' },
        { to: '/arbeidsgiver/avtaler', label: 'Avtaler' },
        { to: '/tilskuddskalkulator', label: 'Tilskuddskalkulator' },
        { to: '/hvilke-ordninger-passer', label: 'Hvilke ordninger passer?' },
      ]
    case 'jobbspesialist':
      return [
        { to: '/jobbspesialist', label: 'Oversikt', end: true },
        { to: '/jobbspesialist/portefolje', label: 'Portefølje' },
        { to: '/arbeidsgiver/kandidater', label: 'Kandidater' },
        { to: '/jobbspesialist/stillinger', label: 'Stillinger' },
        { to: '/jobbspesialist/foresporsler', label: 'Forespørsler' },
        { to: '/jobbspesialist/avtaler', label: 'Avtaler' },
        { to: '/jobbspesialist/oversikt', label: 'Porteføljetall' },
        { to: '/tilskuddskalkulator', label: 'Tilskuddskalkulator' },
        { to: '/hvilke-ordninger-passer', label: 'Hvilke ordninger passer?' },
      ]
    case 'partner':
      return [
        { to: '/partner', label: 'Oversikt', end: true },
        { to: '/partner/statistikk', label: 'Statistikk' },
      ]
    case 'admin':
      return [
        // The admin home lists every admin page (ADMIN_PAGES); the menu stays short so the header fits a phone.
        { to: '/admin', label: 'Administrasjon', end: false },
        { to: '/tilskuddskalkulator', label: 'Tilskuddskalkulator' },
      ]
  }
}
