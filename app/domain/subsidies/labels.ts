/** Bokmål labels and plain-language explanations for the calculator. */
import type { EmployerTaxZone, ExpenseCategory, Innsatsgruppe, Scheme } from './types'

export const SCHEME_LABELS: Record<Scheme, string> = {
  MIDLERTIDIG_LONNSTILSKUDD: 'Midlertidig lønnstilskudd',
  VARIG_LONNSTILSKUDD: 'Varig lønnstilskudd',
  SOMMERJOBB: 'Tilskudd til sommerjobb',
  MENTOR: 'Mentortilskudd',
  INKLUDERINGSTILSKUDD: 'Inkluderingstilskudd',
}

export interface SchemeExplanation {
  who: string
  howLong: string
  howMuch: string
}

export const SCHEME_EXPLANATIONS: Record<Scheme, SchemeExplanation> = {
  MIDLERTIDIG_LONNSTILSKUDD: {
    who: 'Personer som har problemer med å få en vanlig jobb, og som NAV har vurdert at trenger veiledning eller har nedsatt arbeidsevne.',
    howLong:
      'Inntil 12 måneder for innsatsgruppen «Trenger veiledning», inntil 24 måneder for personer med nedsatt arbeidsevne.',
    howMuch:
      '40 % av lønnskostnadene («Trenger veiledning») eller 60 % (nedsatt arbeidsevne). Tilskuddet trappes ned med 10 prosentpoeng etter 6 måneder (40 %) eller 12 måneder (60 %).',
  },
  VARIG_LONNSTILSKUDD: {
    who: 'Personer med varig og vesentlig nedsatt arbeidsevne: innsatsgruppene «Jobbe delvis» og «Liten mulighet til å jobbe».',
    howLong: 'Ingen fast lengde. Avtalen vurderes jevnlig.',
    howMuch:
      'En avtalt sats på inntil 75 % av lønnskostnadene, og høyst 67 % etter de første 12 månedene. Utbetalingen er begrenset til 5 ganger grunnbeløpet (5 G) per kalenderår.',
  },
  SOMMERJOBB: {
    who: 'Unge mellom 16 og 29 år som trenger veiledning eller har nedsatt arbeidsevne.',
    howLong:
      'Inntil 4 uker. Sommerjobben må starte mellom 1. juni og 31. august og være ferdig senest 27. september samme år.',
    howMuch: '50 % av lønnskostnadene («Trenger veiledning») eller 75 % (nedsatt arbeidsevne).',
  },
  MENTOR: {
    who: 'En kollega som gir opplæring og støtte til en person som trenger veiledning eller har nedsatt arbeidsevne.',
    howLong:
      'Inntil 6 måneder for innsatsgruppen «Trenger veiledning», inntil 36 måneder for personer med nedsatt arbeidsevne.',
    howMuch: 'Hele lønnskostnaden for timene mentoren bruker på oppgaven (timelønn × timer per måned).',
  },
  INKLUDERINGSTILSKUDD: {
    who: 'Arbeidsgivere som har dokumenterte ekstrautgifter for å ta imot en person som trenger veiledning eller har nedsatt arbeidsevne.',
    howLong: 'Inntil 12 måneder.',
    howMuch:
      'De dokumenterte utgiftene – ikke en prosentsats – opp til et maksimumsbeløp per år, bestemt av året avtalen slutter. Hver utgiftskategori kan brukes én gang.',
  },
}

export const INNSATSGRUPPE_LABELS: Record<Innsatsgruppe, string> = {
  GODE_MULIGHETER: 'Gode muligheter',
  TRENGER_VEILEDNING: 'Trenger veiledning',
  TRENGER_VEILEDNING_NEDSATT_ARBEIDSEVNE: 'Trenger veiledning, nedsatt arbeidsevne',
  JOBBE_DELVIS: 'Jobbe delvis',
  LITEN_MULIGHET_TIL_A_JOBBE: 'Liten mulighet til å jobbe',
}

export const EXPENSE_CATEGORY_LABELS: Record<ExpenseCategory, string> = {
  TILRETTELEGGINGSBEHOV: 'Tilretteleggingsbehov',
  TILTAKSPLASS: 'Ekstra tiltaksplass',
  UTSTYR: 'Utstyr',
  ARBEIDSHJELPEMIDLER: 'Arbeidshjelpemidler',
  PROGRAMVARE: 'Programvare',
  FORSIKRING_LISENS_SERTIFISERING: 'Forsikring, lisens og sertifisering',
  OPPLAERING: 'Opplæring',
}

export const EMPLOYER_TAX_ZONE_LABELS: Record<EmployerTaxZone, string> = {
  I: 'Sone I',
  Ia: 'Sone Ia',
  II: 'Sone II',
  III: 'Sone III',
  IV: 'Sone IV',
  IVa: 'Sone IVa',
  V: 'Sone V',
}

/** Field names as shown to the user, used in validation messages. */
export const FIELD_LABELS: Record<string, string> = {
  scheme: 'Ordning',
  innsatsgruppe: 'Innsatsgruppe',
  startDate: 'Startdato',
  endDate: 'Sluttdato',
  birthDate: 'Fødselsdato',
  monthlyPay: 'Månedslønn',
  holidayPayRate: 'Feriepengesats',
  pensionRate: 'Pensjonssats (OTP)',
  employerTaxZone: 'Arbeidsgiveravgiftssone',
  kommunenummer: 'Kommunenummer',
  subsidyPercent: 'Tilskuddsprosent',
  hourlyWage: 'Timelønn',
  hoursPerMonth: 'Timer per måned',
  expenses: 'Utgifter',
  category: 'Utgiftskategori',
  amount: 'Beløpet',
}
