import { BodyShort, Heading, Link as AkselLink, Table, VStack } from '@navikt/ds-react'
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { AgreementStatusTag } from '~/components/agreements/AgreementSummary'
import { listAgreementsForEmployer } from '~/services/agreements.server'
import { formatDate } from '~/utils/format'
import { requireEmployer } from '~/utils/permissions.server'

export const meta: MetaFunction = () => [{ title: 'Oppfølgingsavtaler – Vi inkluderer' }]

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireEmployer(request)
  return { agreements: listAgreementsForEmployer(user) }
}

export default function EmployerAgreements() {
  const { agreements } = useLoaderData<typeof loader>()
  return (
    <VStack gap="space-24">
      <Heading level="1" size="large">
        Oppfølgingsavtaler
      </Heading>
      <BodyShort>
        Oppfølgingsavtalen beskriver stillingen, tilretteleggingen, tilskuddene og hvordan jobbspesialisten følger opp etter
        ansettelsen.
      </BodyShort>
      {agreements.length === 0 ? (
        <BodyShort>Dere har ingen oppfølgingsavtaler ennå.</BodyShort>
      ) : (
        <Table size="small">
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">Avtale</Table.HeaderCell>
              <Table.HeaderCell scope="col">Ansatt</Table.HeaderCell>
              <Table.HeaderCell scope="col">Status</Table.HeaderCell>
              <Table.HeaderCell scope="col">Periode</Table.HeaderCell>
              <Table.HeaderCell scope="col">Neste oppfølging</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {agreements.map((a) => (
              <Table.Row key={a.id}>
                <Table.DataCell>
                  <AkselLink href={`/arbeidsgiver/avtaler/${a.id}`}>
                    Nr. {a.id}: {a.jobTitle || 'stilling'}
                  </AkselLink>
                </Table.DataCell>
                <Table.DataCell>{a.personName}</Table.DataCell>
                <Table.DataCell>
                  <VStack gap="space-8">
                    <AgreementStatusTag status={a.status} />
                    {a.awaiting.includes('EMPLOYER') ? <BodyShort size="small">Venter på godkjenningen deres</BodyShort> : null}
                  </VStack>
                </Table.DataCell>
                <Table.DataCell>
                  {a.startDate ? formatDate(a.startDate) : '–'}
                  {a.permanent ? ' (fast)' : a.endDate ? ` – ${formatDate(a.endDate)}` : ''}
                </Table.DataCell>
                <Table.DataCell>{a.nextFollowUp ? formatDate(a.nextFollowUp) : '–'}</Table.DataCell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </VStack>
  )
}
