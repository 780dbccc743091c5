/** Bokmål labels and plain-language explanations for the calculator. */
import type { EmployerTaxZone, ExpenseCategory, Innsatsgruppe, PositionType, Scheme } from './types'

export const SCHEME_LABELS: Record<Scheme, string> = {
  MIDLERTIDIG_LONNSTILSKUDD: 'Midlertidig lønnstilskudd',
  VARIG_LONNSTILSKUDD: 'Varig lønnstilskudd',
  SOMMERJOBB: 'Tilskudd til sommerjobb',
  MENTOR: 'Mentortilskudd',
  INKLUDERINGSTILSKUDD: 'Inkluderingstilskudd',
  FIREARIG_LONNSTILSKUDD: 'Fireårig lønnstilskudd for unge',
  VTAO: 'Varig tilrettelagt arbeid i ordinær virksomhet (VTAO)',
}

export const POSITION_TYPE_LABELS: Record<PositionType, string> = {
  FAST: 'Fast stilling',
  MIDLERTIDIG: 'Midlertidig stilling',
}

/** The 5 G cap in plain words (varig and fireårig lønnstilskudd). */
export const FIVE_G_TEXT =
  'Utbetalingen er begrenset til 5 ganger grunnbeløpet (5 G) per kalenderår, med grunnbeløpet som gjelder den første dagen i hver del av perioden. Er taket nådd før G øker 1. mai, utbetales igjen opp til forskjellen – det nye taket minus det som allerede er utbetalt det året.'

export interface SchemeExplanation {
  who: string
  howLong: string
  howMuch: string
}

export const SCHEME_EXPLANATIONS: Record<Scheme, SchemeExplanation> = {
  MIDLERTIDIG_LONNSTILSKUDD: {
    who: 'Personer som har problemer med å få en vanlig jobb, og som NAV har vurdert at trenger veiledning eller har nedsatt arbeidsevne.',
    howLong: 'Inntil 12 måneder for innsatsgruppen «Trenger veiledning», inntil 24 måneder for personer med nedsatt arbeidsevne.',
    howMuch:
      '40 % av lønnskostnadene («Trenger veiledning») eller 60 % (nedsatt arbeidsevne). Tilskuddet trappes ned med 10 prosentpoeng etter 6 måneder (40 %) eller 12 måneder (60 %).',
  },
  VARIG_LONNSTILSKUDD: {
    who: 'Personer med varig og vesentlig nedsatt arbeidsevne: innsatsgruppene «Jobbe delvis» og «Liten mulighet til å jobbe».',
    howLong: 'Ingen fast lengde. Avtalen vurderes jevnlig.',
    howMuch:
      'En avtalt sats på inntil 75 % av lønnskostnadene, og høyst 67 % etter de første 12 månedene. Utbetalingen er begrenset til 5 ganger grunnbeløpet (5 G) per kalenderår; stiger G 1. mai, kan et år som har nådd taket, få utbetalt forskjellen.',
  },
  FIREARIG_LONNSTILSKUDD: {
    who: 'Unge som ikke har fylt 30 år ved oppstart og har nedsatt arbeidsevne (innsatsgruppene «Trenger veiledning, nedsatt arbeidsevne», «Jobbe delvis» og «Liten mulighet til å jobbe»). Et forsøk fra 1. august 2026 til og med 2032. Kan ikke brukes for å beholde en jobb personen allerede har.',
    howLong: 'Inntil 4 år i fast stilling, inntil 2 år i midlertidig stilling.',
    howMuch:
      '70 % av lønnskostnadene det første avtaleåret, deretter 60 %, 50 % og 35 %. Utbetalingen er begrenset til 5 G per kalenderår.',
  },
  SOMMERJOBB: {
    who: 'Unge som har fylt 16 og ikke har fylt 30 år ved oppstart (30-årsdagen på startdatoen går an), og som trenger veiledning eller har nedsatt arbeidsevne.',
    howLong: 'Inntil 4 uker. Sommerjobben må starte mellom 1. juni og 31. august og være ferdig senest 27. september samme år.',
    howMuch: '50 % av lønnskostnadene («Trenger veiledning») eller 75 % (nedsatt arbeidsevne).',
  },
  MENTOR: {
    who: 'En kollega som gir opplæring og støtte til en person som trenger veiledning eller har nedsatt arbeidsevne.',
    howLong: 'Inntil 6 måneder for innsatsgruppen «Trenger veiledning», inntil 36 måneder for personer med nedsatt arbeidsevne.',
    howMuch: 'Hele lønnskostnaden for timene mentoren bruker på oppgaven (timelønn × timer per måned).',
  },
  INKLUDERINGSTILSKUDD: {
    who: 'Arbeidsgivere som har dokumenterte ekstrautgifter for å ta imot en person som trenger veiledning eller har nedsatt arbeidsevne.',
    howLong: 'Inntil 12 måneder (sluttdatoen kan være samme dato 12 måneder etter start).',
    howMuch:
      'De dokumenterte utgiftene – ikke en prosentsats – opp til et maksimumsbeløp per år, bestemt av året avtalen slutter. Hver utgiftskategori kan brukes én gang.',
  },
  VTAO: {
    who: 'Personer som mottar uføretrygd og er i innsatsgruppene «Jobbe delvis» eller «Liten mulighet til å jobbe». NAV avgjør om personen får VTAO. Personen kan ikke ha fylt 67 år på sluttdatoen.',
    howLong: 'Ingen fast lengde.',
    howMuch: 'Et fast beløp per måned som NAV fastsetter for hvert år – ikke en andel av lønnen. Arbeidsgiveren betaler lønnen.',
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
  positionType: 'Stillingstype',
  positionPercent: 'Stillingsprosent',
  yearlyPay: 'Årslønn',
  age: 'Alder',
  adaptationCost: 'Ventede ekstrautgifter',
  mentorHourlyWage: 'Mentorens timelønn',
  mentorHoursPerMonth: 'Mentortimer per måned',
  expenses: 'Utgifter',
  category: 'Utgiftskategori',
  amount: 'Beløpet',
}
