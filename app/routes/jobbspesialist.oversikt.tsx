import { Alert, BodyShort, Box, Heading, HGrid, Link as AkselLink, List, Table, VStack } from '@navikt/ds-react'
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { fidelityLabel } from '~/domain/caseload'
import { IPS_STEP_CODES, IPS_STEPS } from '~/domain/codes'
import { caseloadFor } from '~/services/caseload.server'
import { formatDate, formatNumber, formatPercent } from '~/utils/format'
import { requireUserWithRole } from '~/utils/permissions.server'

export const meta: MetaFunction = () => [{ title: 'Min portefølje – Vi inkluderer' }]

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithRole(request, 'jobbspesialist')
  return { caseload: caseloadFor(user) }
}

export default function MyCaseload() {
  const { caseload: c } = useLoaderData<typeof loader>()
  const over = c.active > c.norm
  return (
    <VStack gap="space-24">
      <Heading level="1" size="large">
        Min portefølje
      </Heading>
      <HGrid gap="space-16" columns={{ xs: 1, md: 3 }}>
        <Box padding="space-16" borderRadius="8" borderWidth="1" borderColor="neutral-subtle">
          <BodyShort>Aktive personer</BodyShort>
          <BodyShort size="large" weight="semibold" data-testid="active-count">
            {c.active} av normen {c.norm}
          </BodyShort>
        </Box>
        <Box padding="space-16" borderRadius="8" borderWidth="1" borderColor="neutral-subtle">
          <BodyShort>IPS-troskap, porteføljestørrelse</BodyShort>
          <BodyShort size="large" weight="semibold" data-testid="fidelity-band">
            {fidelityLabel(c.band)}
          </BodyShort>
        </Box>
        <Box padding="space-16" borderRadius="8" borderWidth="1" borderColor="neutral-subtle">
          <BodyShort>Andel i jobb</BodyShort>
          <BodyShort size="large" weight="semibold" data-testid="in-work-share">
            {formatPercent(c.inWorkShare)} ({c.inWork} personer)
          </BodyShort>
        </Box>
      </HGrid>
      {over ? (
        <Alert variant="warning">
          Porteføljen er over normen på {c.norm} aktive personer. Snakk med lederen din om å fordele personer.
        </Alert>
      ) : null}

      <VStack gap="space-8">
        <Heading level="2" size="medium">
          Personer per steg
        </Heading>
        <Table size="small">
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">Steg</Table.HeaderCell>
              <Table.HeaderCell scope="col" align="right">
                Antall
              </Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {IPS_STEP_CODES.map((s) => (
              <Table.Row key={s}>
                <Table.DataCell>{IPS_STEPS[s]}</Table.DataCell>
                <Table.DataCell align="right">{c.perStep[s]}</Table.DataCell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </VStack>

      <VStack gap="space-8">
        <Heading level="2" size="medium">
          Forfalte oppfølginger ({c.overdueFollowUps.length})
        </Heading>
        {c.overdueFollowUps.length === 0 ? (
          <BodyShort>Ingen forfalte oppfølginger.</BodyShort>
        ) : (
          <List data-testid="overdue">
            {c.overdueFollowUps.map((o, i) => (
              <List.Item key={i}>
                {o.agreementId ? <AkselLink href={`/jobbspesialist/avtaler/${o.agreementId}`}>{o.personName}</AkselLink> : o.personName}:
                planlagt {formatDate(o.date)}
              </List.Item>
            ))}
          </List>
        )}
      </VStack>

      <VStack gap="space-8">
        <Heading level="2" size="medium">
          Henvist for over 30 dager siden uten arbeidsgiverkontakt ({c.noEmployerContact.length})
        </Heading>
        <BodyShort>I IPS skal den første kontakten med en arbeidsgiver komme innen 30 dager etter henvisning.</BodyShort>
        {c.noEmployerContact.length === 0 ? (
          <BodyShort>Alle har hatt arbeidsgiverkontakt i tide.</BodyShort>
        ) : (
          <List data-testid="no-employer-contact">
            {c.noEmployerContact.map((p) => (
              <List.Item key={p.candidateId}>
                {p.personName}: henvist {formatDate(p.referralDate)} ({formatNumber(p.days)} dager siden)
              </List.Item>
            ))}
          </List>
        )}
      </VStack>

      <VStack gap="space-8">
        <Heading level="2" size="medium">
          Dager i jobb per person
        </Heading>
        {c.daysInWork.length === 0 ? (
          <BodyShort>Ingen i porteføljen har vært i jobb ennå.</BodyShort>
        ) : (
          <Table size="small">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">Person</Table.HeaderCell>
                <Table.HeaderCell scope="col">Steg nå</Table.HeaderCell>
                <Table.HeaderCell scope="col" align="right">
                  Dager i jobb
                </Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {c.daysInWork.map((d) => (
                <Table.Row key={d.candidateId}>
                  <Table.DataCell>{d.personName}</Table.DataCell>
                  <Table.DataCell>{IPS_STEPS[d.step]}</Table.DataCell>
                  <Table.DataCell align="right">{formatNumber(d.days)}</Table.DataCell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
        <BodyShort>Gjennomsnitt for dem som har vært i jobb: {formatNumber(c.averageDaysInWork)} dager.</BodyShort>
      </VStack>
    </VStack>
  )
}
