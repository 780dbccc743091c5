/**
 * NAV's code lists (shared/domain/codes.md) with their bokmål labels. Codes
 * are NAV's, so data can be exchanged with NAV's systems; the UI shows labels.
 */
export const INCLUSION_TAG_CODES = [
  'INKLUDERING__ARBEIDSTID',
  'INKLUDERING__FYSISK',
  'INKLUDERING__ARBEIDSMILJO',
  'INKLUDERING__GRUNNLEGGENDE',
  'TILTAK_ELLER_VIRKEMIDDEL__LONNSTILSKUDD',
  'TILTAK_ELLER_VIRKEMIDDEL__MENTORTILSKUDD',
  'TILTAK_ELLER_VIRKEMIDDEL__LAERLINGPLASS',
  'PRIORITERT_MALGRUPPE__UNGE_UNDER_30',
  'PRIORITERT_MALGRUPPE__SENIORER_OVER_50',
  'PRIORITERT_MALGRUPPE__KOMMER_FRA_LAND_UTENFOR_EOS',
  'PRIORITERT_MALGRUPPE__HULL_I_CV_EN',
  'PRIORITERT_MALGRUPPE__LITE_ELLER_INGEN_UTDANNING',
  'PRIORITERT_MALGRUPPE__LITE_ELLER_INGEN_ARBEIDSERFARING',
  'STATLIG_INKLUDERINGSDUGNAD',
] as const
export type InclusionTag = (typeof INCLUSION_TAG_CODES)[number]
export const INCLUSION_TAGS = {
  INKLUDERING__ARBEIDSTID: 'Arbeidstid',
  INKLUDERING__FYSISK: 'Fysisk tilrettelegging',
  INKLUDERING__ARBEIDSMILJO: 'Arbeidshverdagen',
  INKLUDERING__GRUNNLEGGENDE: 'Utfordringer med norsk',
  TILTAK_ELLER_VIRKEMIDDEL__LONNSTILSKUDD: 'Lønnstilskudd',
  TILTAK_ELLER_VIRKEMIDDEL__MENTORTILSKUDD: 'Mentor',
  TILTAK_ELLER_VIRKEMIDDEL__LAERLINGPLASS: 'Lærlingplass',
  PRIORITERT_MALGRUPPE__UNGE_UNDER_30: 'Unge under 30 år',
  PRIORITERT_MALGRUPPE__SENIORER_OVER_50: 'Seniorer 50+',
  PRIORITERT_MALGRUPPE__KOMMER_FRA_LAND_UTENFOR_EOS: 'Kommer fra land utenfor EØS',
  PRIORITERT_MALGRUPPE__HULL_I_CV_EN: 'Hull i CV-en',
  PRIORITERT_MALGRUPPE__LITE_ELLER_INGEN_UTDANNING: 'Lite eller ingen utdanning',
  PRIORITERT_MALGRUPPE__LITE_ELLER_INGEN_ARBEIDSERFARING: 'Lite eller ingen arbeidserfaring',
  STATLIG_INKLUDERINGSDUGNAD: 'Statlig inkluderingsdugnad',
} as const satisfies Record<InclusionTag, string>

export const INCLUSION_TAG_GROUPS = [
  { code: 'INKLUDERING', label: 'Tilrettelegging', prefix: 'INKLUDERING__' },
  { code: 'TILTAK_ELLER_VIRKEMIDDEL', label: 'Bruk av virkemidler', prefix: 'TILTAK_ELLER_VIRKEMIDDEL__' },
  { code: 'PRIORITERT_MALGRUPPE', label: 'Prioriterte målgrupper', prefix: 'PRIORITERT_MALGRUPPE__' },
  { code: 'STATLIG_INKLUDERINGSDUGNAD', label: 'Statlig inkluderingsdugnad', prefix: 'STATLIG_INKLUDERINGSDUGNAD' },
] as const

/** Adaptation needs on a profile: the same four groups as the vacancy's INKLUDERING__* tags. */
export const ADAPTATION_GROUP_CODES = ['ARBEIDSTID', 'FYSISK', 'ARBEIDSHVERDAGEN', 'UTFORDRINGER_MED_NORSK'] as const
export type AdaptationGroup = (typeof ADAPTATION_GROUP_CODES)[number]
export const ADAPTATION_GROUPS = {
  ARBEIDSTID: {
    label: 'Arbeidstid',
    vacancyTag: 'INKLUDERING__ARBEIDSTID',
    codes: {
      IKKE_HELE_DAGER: 'Kan ikke jobbe hele dager',
      BORTE_FASTE_DAGER_ELLER_TIDER: 'Må være borte faste dager eller tider',
      GRADVIS_OKNING: 'Gradvis økning av arbeidstid',
      FLEKSIBEL: 'Fleksibel arbeidstid',
    },
  },
  FYSISK: {
    label: 'Fysisk tilrettelegging',
    vacancyTag: 'INKLUDERING__FYSISK',
    codes: {
      ARBEIDSSTILLING: 'Arbeidsstilling',
      ERGONOMI: 'Ergonomiske hjelpemidler',
      TUNGE_LOFT: 'Unngå tunge løft',
      UNIVERSELL_UTFORMING: 'Universell utforming',
      HORSEL: 'Hørsel',
      SYN: 'Syn',
      ANNET: 'Annen fysisk tilrettelegging',
    },
  },
  ARBEIDSHVERDAGEN: {
    label: 'Arbeidshverdagen',
    vacancyTag: 'INKLUDERING__ARBEIDSMILJO',
    codes: {
      OPPLAERING: 'Opplæring',
      OPPGAVER: 'Tilpassede oppgaver',
      TETT_OPPFOLGING: 'Tett oppfølging',
      STILLE_OG_ROLIG_MILJO: 'Stille og rolig miljø',
      PERSONLIG_BISTAND: 'Personlig bistand',
      MENTOR: 'Mentor',
    },
  },
  UTFORDRINGER_MED_NORSK: {
    label: 'Utfordringer med norsk',
    vacancyTag: 'INKLUDERING__GRUNNLEGGENDE',
    codes: {
      SNAKKE: 'Snakke',
      SKRIVE: 'Skrive',
      LESE: 'Lese',
      REGNING_OG_TALLFORSTAAELSE: 'Regning og tallforståelse',
    },
  },
} as const satisfies Record<AdaptationGroup, unknown>
/** Detailed adaptation codes, written `GROUP__CODE` (e.g. `ARBEIDSTID__FLEKSIBEL`). */
export const ADAPTATION_CODES = ADAPTATION_GROUP_CODES.flatMap((group) =>
  Object.keys(ADAPTATION_GROUPS[group].codes).map((code) => `${group}__${code}`),
)
export function adaptationLabel(code: string): string {
  const [group, detail] = code.split('__')
  if (!isCode(ADAPTATION_GROUP_CODES, group)) return code
  const g = ADAPTATION_GROUPS[group]
  if (!detail) return g.label
  return Object.entries(g.codes).find(([c]) => c === detail)?.[1] ?? code
}

/** Needs group — personal data, never shown to employers. */
export const INNSATSGRUPPE_CODES = [
  'GODE_MULIGHETER',
  'TRENGER_VEILEDNING',
  'TRENGER_VEILEDNING_NEDSATT_ARBEIDSEVNE',
  'JOBBE_DELVIS',
  'LITEN_MULIGHET_TIL_A_JOBBE',
] as const
export type Innsatsgruppe = (typeof INNSATSGRUPPE_CODES)[number]
export const INNSATSGRUPPER = {
  GODE_MULIGHETER: 'Gode muligheter',
  TRENGER_VEILEDNING: 'Trenger veiledning',
  TRENGER_VEILEDNING_NEDSATT_ARBEIDSEVNE: 'Trenger veiledning, nedsatt arbeidsevne',
  JOBBE_DELVIS: 'Jobbe delvis',
  LITEN_MULIGHET_TIL_A_JOBBE: 'Liten mulighet til å jobbe',
} as const satisfies Record<Innsatsgruppe, string>

/** IPS follow-up steps. Active caseload = everyone not AVSLUTTET/PASSIV. */
export const IPS_STEP_CODES = ['HENVIST', 'FORSTE_KONTAKT', 'KARTLEGGING', 'JOBBSOK', 'I_JOBB', 'AVSLUTTET', 'PASSIV'] as const
export type IpsStep = (typeof IPS_STEP_CODES)[number]
export const IPS_STEPS = {
  HENVIST: 'Henvist',
  FORSTE_KONTAKT: 'Første kontakt',
  KARTLEGGING: 'Kartlegging',
  JOBBSOK: 'Jobbsøk',
  I_JOBB: 'I jobb',
  AVSLUTTET: 'Avsluttet',
  PASSIV: 'Passiv',
} as const satisfies Record<IpsStep, string>
export const INACTIVE_IPS_STEPS: readonly IpsStep[] = ['AVSLUTTET', 'PASSIV']

export const CONTACT_REQUEST_STATUS_CODES = ['SENDT', 'SPURT_KANDIDAT', 'GODKJENT', 'AVSLATT', 'UTLOPT', 'TRUKKET'] as const
export type ContactRequestStatus = (typeof CONTACT_REQUEST_STATUS_CODES)[number]
export const CONTACT_REQUEST_STATUSES = {
  SENDT: 'Sendt',
  SPURT_KANDIDAT: 'Kandidaten er spurt',
  GODKJENT: 'Godkjent',
  AVSLATT: 'Ikke gjennomført',
  UTLOPT: 'Ikke gjennomført',
  TRUKKET: 'Trukket',
} as const satisfies Record<ContactRequestStatus, string>

export const EMPLOYER_MARKING_CODES = ['AKTUELL', 'TIL_VURDERING', 'IKKE_AKTUELL', 'FATT_JOBBEN'] as const
export type EmployerMarking = (typeof EMPLOYER_MARKING_CODES)[number]
export const EMPLOYER_MARKINGS = {
  AKTUELL: 'Aktuell',
  TIL_VURDERING: 'Til vurdering',
  IKKE_AKTUELL: 'Ikke aktuell',
  FATT_JOBBEN: 'Fått jobben',
} as const satisfies Record<EmployerMarking, string>

export const AGREEMENT_STATUS_CODES = [
  'PABEGYNT',
  'MANGLER_GODKJENNING',
  'KLAR_FOR_OPPSTART',
  'GJENNOMFORES',
  'AVSLUTTET',
  'ANNULLERT',
] as const
export type AgreementStatus = (typeof AGREEMENT_STATUS_CODES)[number]
export const AGREEMENT_STATUSES = {
  PABEGYNT: 'Påbegynt',
  MANGLER_GODKJENNING: 'Mangler godkjenning',
  KLAR_FOR_OPPSTART: 'Klar for oppstart',
  GJENNOMFORES: 'Gjennomføres',
  AVSLUTTET: 'Avsluttet',
  ANNULLERT: 'Annullert',
} as const satisfies Record<AgreementStatus, string>

export const CONTRACT_TYPE_CODES = ['FAST', 'MIDLERTIDIG', 'SESONG', 'SOMMERJOBB'] as const
export type ContractType = (typeof CONTRACT_TYPE_CODES)[number]
export const CONTRACT_TYPES = {
  FAST: 'Fast',
  MIDLERTIDIG: 'Midlertidig',
  SESONG: 'Sesong',
  SOMMERJOBB: 'Sommerjobb',
} as const satisfies Record<ContractType, string>

export const VACANCY_STATUS_CODES = ['UTKAST', 'PUBLISERT', 'BESATT', 'STENGT'] as const
export type VacancyStatus = (typeof VACANCY_STATUS_CODES)[number]
export const VACANCY_STATUSES = {
  UTKAST: 'Utkast',
  PUBLISERT: 'Publisert',
  BESATT: 'Besatt',
  STENGT: 'Stengt',
} as const satisfies Record<VacancyStatus, string>

/** Education levels shown on profiles (coarse, NUS-based). */
export const EDUCATION_LEVEL_CODES = [
  'INGEN_ELLER_GRUNNSKOLE',
  'VIDEREGAENDE_IKKE_FULLFORT',
  'VIDEREGAENDE',
  'FAGBREV',
  'HOYERE_INNTIL_4_AR',
  'HOYERE_OVER_4_AR',
] as const
export type EducationLevel = (typeof EDUCATION_LEVEL_CODES)[number]
export const EDUCATION_LEVELS = {
  INGEN_ELLER_GRUNNSKOLE: 'Grunnskole eller lavere',
  VIDEREGAENDE_IKKE_FULLFORT: 'Videregående, ikke fullført',
  VIDEREGAENDE: 'Videregående skole',
  FAGBREV: 'Fag- eller svennebrev',
  HOYERE_INNTIL_4_AR: 'Høyere utdanning, inntil 4 år',
  HOYERE_OVER_4_AR: 'Høyere utdanning, over 4 år',
} as const satisfies Record<EducationLevel, string>

export const EXPERIENCE_LEVEL_CODES = ['INGEN', 'UNDER_1_AR', 'ETT_TIL_TRE_AR', 'TRE_TIL_FEM_AR', 'OVER_FEM_AR'] as const
export type ExperienceLevel = (typeof EXPERIENCE_LEVEL_CODES)[number]
export const EXPERIENCE_LEVELS = {
  INGEN: 'Ingen arbeidserfaring',
  UNDER_1_AR: 'Under 1 år',
  ETT_TIL_TRE_AR: '1–3 år',
  TRE_TIL_FEM_AR: '3–5 år',
  OVER_FEM_AR: 'Over 5 år',
} as const satisfies Record<ExperienceLevel, string>

export const AVAILABILITY_CODES = ['UMIDDELBART', 'INNEN_1_MND', 'INNEN_3_MND', 'ETTER_AVTALE'] as const
export type Availability = (typeof AVAILABILITY_CODES)[number]
export const AVAILABILITY = {
  UMIDDELBART: 'Kan starte umiddelbart',
  INNEN_1_MND: 'Kan starte innen 1 måned',
  INNEN_3_MND: 'Kan starte innen 3 måneder',
  ETTER_AVTALE: 'Etter avtale',
} as const satisfies Record<Availability, string>

/** Languages (ISO 639-1) offered on profiles and vacancies. */
export const LANGUAGE_CODES = [
  'no',
  'en',
  'sv',
  'da',
  'pl',
  'lt',
  'uk',
  'ru',
  'ar',
  'so',
  'ti',
  'fa',
  'ur',
  'tr',
  'es',
  'de',
  'fr',
  'th',
  'tl',
  'vi',
  'se',
] as const
export type LanguageCode = (typeof LANGUAGE_CODES)[number]
export const LANGUAGES = {
  no: 'Norsk',
  en: 'Engelsk',
  sv: 'Svensk',
  da: 'Dansk',
  pl: 'Polsk',
  lt: 'Litauisk',
  uk: 'Ukrainsk',
  ru: 'Russisk',
  ar: 'Arabisk',
  so: 'Somali',
  ti: 'Tigrinja',
  fa: 'Persisk',
  ur: 'Urdu',
  tr: 'Tyrkisk',
  es: 'Spansk',
  de: 'Tysk',
  fr: 'Fransk',
  th: 'Thai',
  tl: 'Tagalog',
  vi: 'Vietnamesisk',
  se: 'Nordsamisk',
} as const satisfies Record<LanguageCode, string>

export const DRIVING_LICENCE_CODES = ['B', 'BE', 'C1', 'C', 'CE', 'D', 'T'] as const
export type DrivingLicence = (typeof DRIVING_LICENCE_CODES)[number]
export const DRIVING_LICENCES = {
  B: 'Klasse B (personbil)',
  BE: 'Klasse BE',
  C1: 'Klasse C1',
  C: 'Klasse C (lastebil)',
  CE: 'Klasse CE',
  D: 'Klasse D (buss)',
  T: 'Klasse T (traktor)',
} as const satisfies Record<DrivingLicence, string>

/** Age bands shown to employers (never an exact age). Coarse bands are used when k-anonymity needs it. */
export const AGE_BAND_CODES = ['16-24', '25-29', '30-39', '40-49', '50-59', '60-72', '16-29', '30-49', '50-72', 'ALLE'] as const
export type AgeBand = (typeof AGE_BAND_CODES)[number]
export const AGE_BANDS = {
  '16-24': '16–24 år',
  '25-29': '25–29 år',
  '30-39': '30–39 år',
  '40-49': '40–49 år',
  '50-59': '50–59 år',
  '60-72': '60 år eller eldre',
  '16-29': 'Under 30 år',
  '30-49': '30–49 år',
  '50-72': '50 år eller eldre',
  ALLE: 'Alder ikke oppgitt',
} as const satisfies Record<AgeBand, string>

/** Schemes a profile may qualify for, as employers see them (derived from innsatsgruppe). */
export const SCHEME_HINTS = {
  MIDLERTIDIG_LONNSTILSKUDD_40: 'Kan være aktuell for midlertidig lønnstilskudd inntil 40 %',
  MIDLERTIDIG_LONNSTILSKUDD_60: 'Kan være aktuell for midlertidig lønnstilskudd inntil 60 %',
  VARIG_LONNSTILSKUDD: 'Kan være aktuell for varig lønnstilskudd',
  MENTOR: 'Kan være aktuell for mentortilskudd',
  INKLUDERINGSTILSKUDD: 'Kan være aktuell for inkluderingstilskudd',
  SOMMERJOBB: 'Kan være aktuell for tilskudd til sommerjobb',
} as const
export type SchemeHint = keyof typeof SCHEME_HINTS

/** Organisations (db/schema/organisations.ts, db/schema/accounts.ts) – bokmål labels for sector, NACE section, kind and role. */
export const SECTOR_LABELS = {
  PRIVAT: 'Privat',
  KOMMUNAL: 'Kommunal',
  FYLKESKOMMUNAL: 'Fylkeskommunal',
  STATLIG: 'Statlig',
} as const

/** NACE Rev. 2 sections with SSB's bokmål names (SN2007 næringshovedområder). */
export const NACE_LABELS = {
  A: 'Jordbruk, skogbruk og fiske',
  B: 'Bergverksdrift og utvinning',
  C: 'Industri',
  D: 'Elektrisitets-, gass-, damp- og varmtvannsforsyning',
  E: 'Vannforsyning, avløps- og renovasjonsvirksomhet',
  F: 'Bygge- og anleggsvirksomhet',
  G: 'Varehandel, reparasjon av motorvogner',
  H: 'Transport og lagring',
  I: 'Overnattings- og serveringsvirksomhet',
  J: 'Informasjon og kommunikasjon',
  K: 'Finansierings- og forsikringsvirksomhet',
  L: 'Omsetning og drift av fast eiendom',
  M: 'Faglig, vitenskapelig og teknisk tjenesteyting',
  N: 'Forretningsmessig tjenesteyting',
  O: 'Offentlig administrasjon og forsvar, og trygdeordninger underlagt offentlig forvaltning',
  P: 'Undervisning',
  Q: 'Helse- og sosialtjenester',
  R: 'Kulturell virksomhet, underholdning og fritidsaktiviteter',
  S: 'Annen tjenesteyting',
  T: 'Lønnet arbeid i private husholdninger',
  U: 'Internasjonale organisasjoner og organer',
} as const

export const ORGANISATION_KIND_LABELS = {
  EMPLOYER: 'Arbeidsgiver',
  PARTNER: 'Partnerorganisasjon',
  NAV_UNIT: 'NAV-kontor',
} as const

export const ROLE_LABELS = {
  arbeidsgiver: 'Arbeidsgiver',
  jobbspesialist: 'Jobbspesialist',
  partner: 'Partnerbruker',
  admin: 'Administrator',
} as const

/** Narrows an unknown value to one code of a list (query parameters, stored strings, form numbers). */
export function isCode<T extends string | number>(codes: readonly T[], value: unknown): value is T {
  const list: readonly unknown[] = codes
  return list.includes(value)
}

/** The bokmål label of a code, or the code itself where the list does not know it (a stored string from an older list). */
export function codeLabel(labels: Readonly<Record<string, string>>, code: string): string {
  return Object.hasOwn(labels, code) ? labels[code] : code
}
