import { BodyLong, BodyShort, Heading, Table, VStack } from '@navikt/ds-react'
import { EMPLOYER_MARKINGS } from '~/domain/codes'
import { jobbspesialistStatusLabel } from '~/domain/contact-requests'
import { formatDate, formatDateTime } from '~/utils/format'
import type { PersonHistory } from '~/services/person-history.server'

const KIND_LABELS = { VIEW: 'Visning', REQUEST: 'Forespørsel', REVEAL: 'Deling', OTHER: 'Annet' } as const

/** A person's history: requests, and every employer view, request and reveal from the audit log. */
export function PersonHistoryView({ history }: { history: PersonHistory }) {
  return (
    <VStack gap="space-32">
      <Heading level="1" size="large">
        Innsyn – {history.person.name}
      </Heading>
      <BodyLong>
        Alle visninger av profilen, forespørsler om kontakt og delinger av personopplysninger med arbeidsgivere, hentet fra revisjonsloggen.
      </BodyLong>
      <section aria-labelledby="innsyn-foresporsler">
        <VStack gap="space-8">
          <Heading level="2" size="medium" id="innsyn-foresporsler">
            Forespørsler om kontakt
          </Heading>
          {history.requests.length === 0 ? (
            <BodyShort>Ingen forespørsler.</BodyShort>
          ) : (
            <Table className="stack-on-phone">
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell scope="col">Arbeidsgiver</Table.HeaderCell>
                  <Table.HeaderCell scope="col">Mottatt</Table.HeaderCell>
                  <Table.HeaderCell scope="col">Status</Table.HeaderCell>
                  <Table.HeaderCell scope="col">Delt til</Table.HeaderCell>
                  <Table.HeaderCell scope="col">Markering</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {history.requests.map((r) => (
                  <Table.Row key={r.id}>
                    <Table.DataCell>{r.organisationName}</Table.DataCell>
                    <Table.DataCell data-label="Mottatt">{formatDateTime(r.createdAt)}</Table.DataCell>
                    <Table.DataCell data-label="Status">{jobbspesialistStatusLabel(r.status)}</Table.DataCell>
                    <Table.DataCell data-label="Delt til">
                      {r.sharedUntil ? (r.sharingExpiredAt ? `Utløpt ${formatDate(r.sharingExpiredAt)}` : formatDate(r.sharedUntil)) : '–'}
                    </Table.DataCell>
                    <Table.DataCell data-label="Markering">{r.employerMarking ? EMPLOYER_MARKINGS[r.employerMarking] : '–'}</Table.DataCell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          )}
        </VStack>
      </section>
      <section aria-labelledby="innsyn-logg">
        <VStack gap="space-8">
          <Heading level="2" size="medium" id="innsyn-logg">
            Visninger og delinger
          </Heading>
          {history.events.length === 0 ? (
            <BodyShort>Ingen hendelser i loggen.</BodyShort>
          ) : (
            <Table className="stack-on-phone">
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell scope="col">Tidspunkt</Table.HeaderCell>
                  <Table.HeaderCell scope="col">Type</Table.HeaderCell>
                  <Table.HeaderCell scope="col">Hendelse</Table.HeaderCell>
                  <Table.HeaderCell scope="col">Hvem</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {history.events.map((e) => (
                  <Table.Row key={e.id}>
                    <Table.DataCell>{formatDateTime(e.at)}</Table.DataCell>
                    <Table.DataCell data-label="Type">{KIND_LABELS[e.kind]}</Table.DataCell>
                    <Table.DataCell data-label="Hendelse">
                      {e.label}
                      {e.marking ? `: ${EMPLOYER_MARKINGS[e.marking]}` : ''}
                    </Table.DataCell>
                    <Table.DataCell data-label="Hvem">{e.who}</Table.DataCell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          )}
        </VStack>
      </section>
    </VStack>
  )
}
