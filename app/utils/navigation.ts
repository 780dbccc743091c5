import type { Role } from '@db/schema'

export type NavItem = { to: string; label: string; end?: boolean }

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
        { to: '/admin', label: 'Administrasjon', end: true },
        { to: '/admin/brukere', label: 'Brukere' },
        { to: '/admin/organisasjoner', label: 'Organisasjoner' },
        { to: '/admin/satser', label: 'Satser' },
        { to: '/admin/personer', label: 'Innsyn' },
        { to: '/admin/portefoljer', label: 'Porteføljer' },
        { to: '/partner/statistikk', label: 'Statistikk' },
        { to: '/tilskuddskalkulator', label: 'Tilskuddskalkulator' },
      ]
  }
}
