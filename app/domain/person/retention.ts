/**
 * What happens when a person asks to have their data deleted (ADR 0012).
 * Shown to the jobbspesialist with the request and to the person before they
 * ask. Plain bokmål; keep in step with docs/decisions/0012-*.md.
 */
export const RETENTION_RULES: ReadonlyArray<{ what: string; rule: string }> = [
  { what: 'Anonym profil', rule: 'Avpubliseres med en gang og slettes når forespørselen er behandlet.' },
  { what: 'Personopplysninger og CV', rule: 'Slettes når personen ikke lenger følges opp, med mindre oppfølgingen pågår.' },
  {
    what: 'Samtykker',
    rule: 'Beholdes i 5 år etter at de ble trukket tilbake eller gikk ut, som bevis på hva som ble delt og på hvilket grunnlag.',
  },
  { what: 'Oppfølgingsavtaler og tilskudd', rule: 'Beholdes i 10 år etter at avtalen sluttet (regnskaps- og tilskuddsregler).' },
  {
    what: 'Revisjonslogg (innsyn)',
    rule: 'Kan ikke endres eller slettes. Beholdes i 5 år, slik at personen og NAV kan se hvem som har sett hva.',
  },
  { what: 'Forespørsler om kontakt', rule: 'Slettes 6 måneder etter at delingen er over, med mindre de hører til en oppfølgingsavtale.' },
]
