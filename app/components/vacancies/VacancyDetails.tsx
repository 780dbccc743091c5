import { BodyLong, Heading, Tag, VStack } from '@navikt/ds-react'
import type { ReactNode } from 'react'
import {
  CONTRACT_TYPES,
  DRIVING_LICENCE_CODES,
  DRIVING_LICENCES,
  INCLUSION_TAG_GROUPS,
  INCLUSION_TAG_CODES,
  INCLUSION_TAGS,
  isCode,
  LANGUAGE_CODES,
  LANGUAGES,
  VACANCY_STATUSES,
  type ContractType,
  type VacancyStatus,
} from '~/domain/codes'
import { occupationLabel } from '~/domain/vacancies'
import { formatDate, formatKroner, formatPercent } from '~/utils/format'

export type VacancyDetailsData = {
  organisationName: string
  status: VacancyStatus
  title: string
  styrkCode: string
  styrkTitle: string
  description: string
  kommunenummer: string
  kommuneName: string
  fylkeName: string
  positionPercent: number
  contractType: ContractType
  startDate: string | null
  startAsap: boolean
  applicationDeadline: string | null
  yearlySalary: number | null
  requiredSkills: string[]
  desiredSkills: string[]
  languages: string[]
  drivingLicence: string | null
  inclusionTags: string[]
  publishedAt: string | null
}

const STATUS_VARIANT: Record<VacancyStatus, 'neutral' | 'success' | 'info' | 'warning'> = {
  UTKAST: 'neutral',
  PUBLISERT: 'success',
  BESATT: 'info',
  STENGT: 'warning',
}

/** The status as a tag with its label (the text carries the meaning, not the colour). */
export function VacancyStatusTag({ status }: { status: VacancyStatus }) {
  return (
    <Tag size="small" variant={STATUS_VARIANT[status]}>
      {VACANCY_STATUSES[status]}
    </Tag>
  )
}

export function startLabel(v: { startAsap: boolean; startDate: string | null }): string {
  return v.startAsap || !v.startDate ? 'Snarest' : formatDate(v.startDate)
}

/** Inclusion tags grouped under NAV's group labels. */
export function groupedInclusionTags(tags: readonly string[]) {
  return INCLUSION_TAG_GROUPS.map((g) => ({
    label: g.label,
    tags: tags.filter((t) => t.startsWith(g.prefix)).map((t) => (isCode(INCLUSION_TAG_CODES, t) ? INCLUSION_TAGS[t] : t)),
  })).filter((g) => g.tags.length > 0)
}

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div style={{ display: 'contents' }}>
      <dt style={{ fontWeight: 600 }}>{term}</dt>
      <dd>{children}</dd>
    </div>
  )
}

function List({ items, empty }: { items: string[]; empty: string }) {
  if (items.length === 0) return <>{empty}</>
  return (
    <ul style={{ margin: 0, paddingLeft: '1.25rem' }}>
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  )
}

/** Everything about a vacancy, as the owning employer and jobbspesialister see it. */
export function VacancyDetails({ vacancy }: { vacancy: VacancyDetailsData }) {
  const tagGroups = groupedInclusionTags(vacancy.inclusionTags)
  return (
    <VStack gap="space-24">
      <dl className="fact-list">
        <Row term="Arbeidsgiver">{vacancy.organisationName}</Row>
        <Row term="Status">
          <VacancyStatusTag status={vacancy.status} />
        </Row>
        <Row term="Yrke (STYRK-08)">{occupationLabel({ code: vacancy.styrkCode, title: vacancy.styrkTitle })}</Row>
        <Row term="Arbeidssted">
          {vacancy.kommuneName} ({vacancy.fylkeName})
        </Row>
        <Row term="Stillingsprosent">{formatPercent(vacancy.positionPercent)}</Row>
        <Row term="Ansettelsesform">{CONTRACT_TYPES[vacancy.contractType]}</Row>
        <Row term="Oppstart">{startLabel(vacancy)}</Row>
        <Row term="Søknadsfrist">{vacancy.applicationDeadline ? formatDate(vacancy.applicationDeadline) : 'Ingen frist'}</Row>
        <Row term="Årslønn (100 %)">{vacancy.yearlySalary != null ? formatKroner(vacancy.yearlySalary) : 'Ikke oppgitt'}</Row>
        <Row term="Krav til kompetanse">
          <List items={vacancy.requiredSkills} empty="Ingen" />
        </Row>
        <Row term="Ønsket kompetanse">
          <List items={vacancy.desiredSkills} empty="Ingen" />
        </Row>
        <Row term="Språkkrav">
          <List items={vacancy.languages.map((l) => (isCode(LANGUAGE_CODES, l) ? LANGUAGES[l] : l))} empty="Ingen" />
        </Row>
        <Row term="Førerkort">
          {vacancy.drivingLicence
            ? isCode(DRIVING_LICENCE_CODES, vacancy.drivingLicence)
              ? DRIVING_LICENCES[vacancy.drivingLicence]
              : vacancy.drivingLicence
            : 'Ikke krav'}
        </Row>
        {vacancy.publishedAt ? <Row term="Publiseringsdato">{formatDate(vacancy.publishedAt)}</Row> : null}
      </dl>
      <VStack gap="space-8">
        <Heading level="2" size="small">
          Beskrivelse
        </Heading>
        <BodyLong style={{ whiteSpace: 'pre-line' }}>{vacancy.description}</BodyLong>
      </VStack>
      <VStack gap="space-8">
        <Heading level="2" size="small">
          Inkludering
        </Heading>
        {tagGroups.length === 0 ? (
          <BodyLong>Ingen inkluderingsmerker er valgt.</BodyLong>
        ) : (
          <dl className="fact-list">
            {tagGroups.map((g) => (
              <Row key={g.label} term={g.label}>
                <List items={g.tags} empty="" />
              </Row>
            ))}
          </dl>
        )}
      </VStack>
    </VStack>
  )
}

/** The form's values for an existing vacancy. */
export function vacancyFormValues(v: VacancyDetailsData & { version: number }) {
  return {
    title: v.title,
    occupation: occupationLabel({ code: v.styrkCode, title: v.styrkTitle }),
    description: v.description,
    kommunenummer: v.kommunenummer,
    positionPercent: String(v.positionPercent),
    contractType: v.contractType,
    startMode: v.startAsap || !v.startDate ? 'SNAREST' : 'DATO',
    startDate: v.startDate ? formatDate(v.startDate) : '',
    applicationDeadline: v.applicationDeadline ? formatDate(v.applicationDeadline) : '',
    yearlySalary: v.yearlySalary != null ? String(v.yearlySalary) : '',
    requiredSkills: v.requiredSkills.join('\n'),
    desiredSkills: v.desiredSkills.join('\n'),
    languages: v.languages,
    drivingLicence: v.drivingLicence ?? '',
    inclusionTags: v.inclusionTags,
    version: String(v.version),
  }
}

/** The subsidy calculator, prefilled with what the vacancy already says. */
export function calculatorHref(v: { yearlySalary: number | null; positionPercent: number; kommunenummer: string }): string {
  const params = new URLSearchParams()
  if (v.yearlySalary != null) {
    params.set('yearlySalary', String(v.yearlySalary))
    params.set('yearlyPay', String(v.yearlySalary))
    params.set('payMode', 'yearly')
  }
  params.set('positionPercent', String(v.positionPercent))
  params.set('kommunenummer', v.kommunenummer)
  return `/tilskuddskalkulator?${params}`
}
