import { BodyShort, Heading, List, Table, Tag, VStack } from '@navikt/ds-react'
import { FactSummary } from '~/components/layout/FactSummary'
import { type AgreementContent, PARTY_LABELS, type Party } from '~/domain/agreements'
import {
  adaptationLabel,
  ADAPTATION_GROUP_CODES,
  ADAPTATION_GROUPS,
  AGREEMENT_STATUSES,
  type AgreementStatus,
  isCode,
} from '~/domain/codes'
import { SCHEME_LABELS, SCHEMES } from '~/domain/subsidies'
import { formatDate, formatDateTime, formatKroner, formatPercent } from '~/utils/format'

const STATUS_VARIANT: Record<AgreementStatus, 'info' | 'warning' | 'success' | 'neutral' | 'error' | 'alt1'> = {
  PABEGYNT: 'neutral',
  MANGLER_GODKJENNING: 'warning',
  KLAR_FOR_OPPSTART: 'info',
  GJENNOMFORES: 'success',
  AVSLUTTET: 'alt1',
  ANNULLERT: 'error',
}

/** The status as text in a tag (the colour only repeats what the text says). */
export function AgreementStatusTag({ status }: { status: AgreementStatus }) {
  return (
    <Tag variant={STATUS_VARIANT[status]} size="small" data-testid="agreement-status">
      {AGREEMENT_STATUSES[status]}
    </Tag>
  )
}

export const METHOD_LABELS: Record<string, string> = {
  INNLOGGET: 'innlogget',
  MUNTLIG: 'muntlig, registrert av jobbspesialisten',
  SKRIFTLIG: 'skriftlig, registrert av jobbspesialisten',
  DIGITAL_LENKE: 'via lenke på e-post',
}

export function ApprovalList({
  approvals,
  awaiting,
  status,
}: {
  approvals: Array<{ party: Party; method: string; at: string }>
  awaiting: Party[]
  status: AgreementStatus
}) {
  const parties: Party[] = ['EMPLOYER', 'PERSON', 'JOBBSPESIALIST']
  return (
    <List data-testid="approvals">
      {parties.map((p) => {
        const a = approvals.find((x) => x.party === p)
        return (
          <List.Item key={p}>
            {PARTY_LABELS[p]}:{' '}
            {a
              ? `godkjent ${formatDateTime(a.at)} (${METHOD_LABELS[a.method] ?? a.method})`
              : status === 'MANGLER_GODKJENNING' && awaiting.includes(p)
                ? p === 'JOBBSPESIALIST'
                  ? 'ikke godkjent ennå (godkjenner sist)'
                  : 'ikke godkjent ennå'
                : 'ikke godkjent'}
          </List.Item>
        )
      })}
    </List>
  )
}

/** The agreement's content, read-only: used on the jobbspesialist's, the employer's and the person's pages. */
export function AgreementSummary({
  content,
  styrkLabel,
  organisationName,
  schemes,
  headingLevel = '2',
}: {
  content: AgreementContent
  styrkLabel: string | null
  organisationName: string
  schemes: Array<{ scheme: string; total: number }>
  headingLevel?: '2' | '3'
}) {
  return (
    <VStack gap="space-16">
      <FactSummary
        heading="Stillingen"
        level={headingLevel}
        facts={[
          { label: 'Arbeidsgiver', value: organisationName },
          { label: 'Stilling', value: content.jobTitle || 'Ikke fylt ut' },
          { label: 'Yrke (STYRK-08)', value: styrkLabel ?? 'Ikke fylt ut' },
          { label: 'Stillingsprosent', value: content.positionPercent == null ? 'Ikke fylt ut' : formatPercent(content.positionPercent) },
          {
            label: 'Periode',
            value: `${content.startDate ? `Fra ${formatDate(content.startDate)}` : 'Startdato ikke fylt ut'}${
              content.permanent ? ', fast stilling' : content.endDate ? ` til ${formatDate(content.endDate)}` : ', sluttdato ikke fylt ut'
            }`,
          },
          { label: 'Månedslønn', value: content.monthlyPay == null ? 'Ikke fylt ut' : formatKroner(content.monthlyPay) },
        ]}
      />
      <Heading level={headingLevel} size="medium">
        Tilrettelegging
      </Heading>
      {content.adaptations.length === 0 ? (
        <BodyShort>Ingen avtalt tilrettelegging.</BodyShort>
      ) : (
        <List>
          {ADAPTATION_GROUP_CODES.filter((g) => content.adaptations.some((a) => a.code.startsWith(`${g}__`))).map((g) => {
            const rows = content.adaptations.filter((a) => a.code.startsWith(`${g}__`))
            return (
              <List.Item key={g}>
                {ADAPTATION_GROUPS[g].label}: {rows.map((r) => adaptationLabel(r.code)).join(', ')}
                {rows[0]?.text ? ` – ${rows[0].text}` : ''}
              </List.Item>
            )
          })}
        </List>
      )}
      <Heading level={headingLevel} size="medium">
        Ordninger
      </Heading>
      {schemes.length === 0 ? (
        <BodyShort>Ingen ordninger lagt ved.</BodyShort>
      ) : (
        <Table size="small">
          <caption className="visually-hidden">Ordninger i avtalen</caption>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">Ordning</Table.HeaderCell>
              <Table.HeaderCell scope="col" align="right">
                Beregnet tilskudd i perioden
              </Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {schemes.map((s, i) => (
              <Table.Row key={i}>
                <Table.DataCell>{isCode(SCHEMES, s.scheme) ? SCHEME_LABELS[s.scheme] : s.scheme}</Table.DataCell>
                <Table.DataCell align="right">{formatKroner(s.total)}</Table.DataCell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      <FactSummary
        heading="Oppfølgingsplan"
        level={headingLevel}
        facts={[
          { label: 'Hvor ofte', value: content.followUpFrequency || 'Ikke fylt ut' },
          { label: 'Mål', value: content.goals || 'Ikke fylt ut' },
          { label: 'Evalueringsdatoer', value: content.reviewDates.length ? content.reviewDates.map(formatDate).join(', ') : 'Ingen' },
          {
            label: 'Kontaktperson hos arbeidsgiver',
            value: `${content.contactName || 'Ikke fylt ut'}${content.contactPhone ? `, telefon ${content.contactPhone}` : ''}${
              content.contactEmail ? `, e-post ${content.contactEmail}` : ''
            }`,
          },
        ]}
      />
    </VStack>
  )
}
