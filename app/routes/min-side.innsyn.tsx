import { BodyLong, BodyShort, Heading, Table, VStack } from '@navikt/ds-react'
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { getMyInnsyn } from '~/services/min-side.server'
import { TableScroll } from '~/components/layout/TableScroll'
import { requirePerson } from '~/services/person-auth.server'
import { formatDateTime } from '~/utils/format'

export const meta: MetaFunction = () => [{ title: 'Hvem har sett hva – Vi inkluderer' }]

export async function loader({ request }: LoaderFunctionArgs) {
  const person = await requirePerson(request)
  return getMyInnsyn(person.candidateId)
}

function EmployerList({
  id,
  title,
  empty,
  rows,
}: {
  id: string
  title: string
  empty: string
  rows: Array<{ id: number; at: string; who: string }>
}) {
  return (
    <section aria-labelledby={id}>
      <VStack gap="space-8">
        <Heading level="2" size="medium" id={id}>
          {title}
        </Heading>
        {rows.length === 0 ? (
          <BodyShort>{empty}</BodyShort>
        ) : (
          <ul>
            {rows.map((r) => (
              <li key={r.id}>
                <BodyShort>
                  {r.who} – {formatDateTime(r.at)}
                </BodyShort>
              </li>
            ))}
          </ul>
        )}
      </VStack>
    </section>
  )
}

export default function MyInnsyn() {
  const d = useLoaderData<typeof loader>()
  return (
    <VStack gap="space-32">
      <VStack gap="space-8">
        <Heading level="1" size="large">
          Hvem har sett hva
        </Heading>
        <BodyLong>
          Her ser du alt som er registrert om profilen din: hvilke arbeidsgivere som har sett den, bedt om kontakt eller fått navnet ditt.
        </BodyLong>
      </VStack>
      <EmployerList
        id="innsyn-sett"
        title="Arbeidsgivere som har sett profilen"
        empty="Ingen arbeidsgivere har sett profilen ennå."
        rows={d.viewed}
      />
      <EmployerList id="innsyn-kontakt" title="Arbeidsgivere som har bedt om kontakt" empty="Ingen har bedt om kontakt." rows={d.asked} />
      <EmployerList
        id="innsyn-navn"
        title="Arbeidsgivere som har sett navnet ditt"
        empty="Ingen arbeidsgivere har sett navnet ditt."
        rows={d.sawIdentity}
      />
      <section aria-labelledby="innsyn-alt">
        <VStack gap="space-8">
          <Heading level="2" size="medium" id="innsyn-alt">
            Alt som er registrert
          </Heading>
          <TableScroll label="Tabell over alt som er registrert">
            <Table size="small">
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell scope="col">Når</Table.HeaderCell>
                  <Table.HeaderCell scope="col">Hva</Table.HeaderCell>
                  <Table.HeaderCell scope="col">Hvem</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {d.events.map((e) => (
                  <Table.Row key={e.id}>
                    <Table.DataCell>{formatDateTime(e.at)}</Table.DataCell>
                    <Table.DataCell>{e.label}</Table.DataCell>
                    <Table.DataCell>{e.who}</Table.DataCell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </TableScroll>
        </VStack>
      </section>
    </VStack>
  )
}
