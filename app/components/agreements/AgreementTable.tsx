import { BodyShort, Link as AkselLink, Table, VStack } from '@navikt/ds-react'
import { AgreementStatusTag } from '~/components/agreements/AgreementSummary'
import { FollowUpDate } from '~/components/agreements/FollowUpDate'
import { PARTY_LABELS } from '~/domain/agreements'
import type { AgreementListItem } from '~/services/agreements/shared.server'
import { formatDate } from '~/utils/format'

type Row = AgreementListItem

/** The agreements list for the jobbspesialist (with the employer column) and the employer (without). */
export function AgreementTable({
  rows,
  hrefBase,
  viewer,
  today,
}: {
  rows: Row[]
  hrefBase: string
  viewer: 'jobbspesialist' | 'arbeidsgiver'
  /** The app clock's today, to mark an overdue follow-up. */
  today: string
}) {
  const forEmployer = viewer === 'arbeidsgiver'
  return (
    <Table size="small" className="stack-on-phone">
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell scope="col">Avtale</Table.HeaderCell>
          <Table.HeaderCell scope="col">{forEmployer ? 'Ansatt' : 'Person'}</Table.HeaderCell>
          {forEmployer ? null : <Table.HeaderCell scope="col">Arbeidsgiver</Table.HeaderCell>}
          <Table.HeaderCell scope="col">Status</Table.HeaderCell>
          <Table.HeaderCell scope="col">Periode</Table.HeaderCell>
          <Table.HeaderCell scope="col">Neste oppfølging</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {rows.map((a) => (
          <Table.Row key={a.id}>
            <Table.DataCell>
              <AkselLink href={`${hrefBase}/${a.id}`}>
                Nr. {a.id}: {a.jobTitle || 'stilling'}
              </AkselLink>
            </Table.DataCell>
            <Table.DataCell data-label={forEmployer ? 'Ansatt' : 'Person'}>{a.personName}</Table.DataCell>
            {forEmployer ? null : <Table.DataCell data-label="Arbeidsgiver">{a.organisationName}</Table.DataCell>}
            <Table.DataCell data-label="Status">
              <VStack gap="space-8">
                <AgreementStatusTag status={a.status} />
                {forEmployer ? (
                  a.awaiting.includes('EMPLOYER') ? (
                    <BodyShort size="small">Venter på godkjenningen deres</BodyShort>
                  ) : null
                ) : a.awaiting.length ? (
                  <BodyShort size="small">Venter på: {a.awaiting.map((p) => PARTY_LABELS[p].toLowerCase()).join(', ')}</BodyShort>
                ) : null}
              </VStack>
            </Table.DataCell>
            <Table.DataCell data-label="Periode">
              {a.startDate ? formatDate(a.startDate) : '–'}
              {a.permanent ? ' (fast)' : a.endDate ? ` – ${formatDate(a.endDate)}` : ''}
            </Table.DataCell>
            <Table.DataCell data-label="Neste oppfølging">
              <FollowUpDate date={a.nextFollowUp} today={today} />
            </Table.DataCell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}
