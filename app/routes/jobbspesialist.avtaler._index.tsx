import { BodyShort, Heading, Link as AkselLink, Table, VStack } from '@navikt/ds-react'
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { AgreementStatusTag } from '~/components/agreements/AgreementSummary'
import { PARTY_LABELS } from '~/domain/agreements'
import { hiresWithoutAgreement, listAgreementsForJobbspesialist } from '~/services/agreements.server'
import { formatDate } from '~/utils/format'
import { requireUserWithRole } from '~/utils/permissions.server'

export const meta: MetaFunction = () => [{ title: 'Oppfølgingsavtaler – Vi inkluderer' }]

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithRole(request, 'jobbspesialist')
  return { agreements: listAgreementsForJobbspesialist(user), hires: hiresWithoutAgreement(user) }
}

export default function JobbspesialistAgreements() {
  const { agreements, hires } = useLoaderData<typeof loader>()
  return (
    <VStack gap="space-24">
      <Heading level="1" size="large">
        Oppfølgingsavtaler
      </Heading>
      <VStack gap="space-8">
        <Heading level="2" size="medium">
          Ansettelser som venter på avtale
        </Heading>
        {hires.length === 0 ? (
          <BodyShort>Ingen arbeidsgivere har markert «Fått jobben» uten at det finnes en avtale.</BodyShort>
        ) : (
          <ul data-testid="hires">
            {hires.map((h) => (
              <li key={h.contactRequestId}>
                <AkselLink href={`/jobbspesialist/avtaler/ny?kontakt=${h.contactRequestId}`}>
                  Lag avtale: {h.personName} hos {h.organisationName} (profil {h.profileCode})
                </AkselLink>
              </li>
            ))}
          </ul>
        )}
        <BodyShort>
          <AkselLink href="/jobbspesialist/avtaler/ny">Lag en avtale for en person i porteføljen din</AkselLink>
        </BodyShort>
      </VStack>
      <VStack gap="space-8">
        <Heading level="2" size="medium">
          Avtalene dine
        </Heading>
        {agreements.length === 0 ? (
          <BodyShort>Du har ingen oppfølgingsavtaler ennå.</BodyShort>
        ) : (
          <Table size="small">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">Avtale</Table.HeaderCell>
                <Table.HeaderCell scope="col">Person</Table.HeaderCell>
                <Table.HeaderCell scope="col">Arbeidsgiver</Table.HeaderCell>
                <Table.HeaderCell scope="col">Status</Table.HeaderCell>
                <Table.HeaderCell scope="col">Periode</Table.HeaderCell>
                <Table.HeaderCell scope="col">Neste oppfølging</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {agreements.map((a) => (
                <Table.Row key={a.id}>
                  <Table.DataCell>
                    <AkselLink href={`/jobbspesialist/avtaler/${a.id}`}>
                      Nr. {a.id}
                      {a.jobTitle ? `: ${a.jobTitle}` : ''}
                    </AkselLink>
                  </Table.DataCell>
                  <Table.DataCell>{a.personName}</Table.DataCell>
                  <Table.DataCell>{a.organisationName}</Table.DataCell>
                  <Table.DataCell>
                    <VStack gap="space-8">
                      <AgreementStatusTag status={a.status} />
                      {a.awaiting.length ? <BodyShort size="small">Venter på: {a.awaiting.map((p) => PARTY_LABELS[p].toLowerCase()).join(', ')}</BodyShort> : null}
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
    </VStack>
  )
}
