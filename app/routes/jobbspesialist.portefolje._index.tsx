import { Alert, BodyShort, Button, Heading, HStack, Link as AkselLink, Select, Table, Tag, TextField, VStack } from '@navikt/ds-react'
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { Form } from '~/components/Form'
import { isCode, IPS_STEPS, IPS_STEP_CODES } from '~/domain/codes'
import { CASELOAD_NORM } from '~/domain/candidates'
import { listCaseload } from '~/services/candidates.server'
import { formatDate } from '~/utils/format'
import { requireUserWithRole } from '~/utils/permissions.server'

export const meta: MetaFunction = () => [{ title: 'Min portefølje – Vi inkluderer' }]

const PROFILE_STATUS_LABELS: Record<string, string> = { UTKAST: 'Utkast', PUBLISERT: 'Publisert', AVPUBLISERT: 'Avpublisert' }

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithRole(request, 'jobbspesialist')
  const url = new URL(request.url)
  const stepParam = url.searchParams.get('steg') ?? ''
  const step = isCode(IPS_STEP_CODES, stepParam) ? stepParam : undefined
  const q = (url.searchParams.get('q') ?? '').slice(0, 100)
  const { rows, activeCount } = listCaseload(user, { step, q })
  return {
    rows,
    activeCount,
    step: step ?? '',
    q,
    registered: url.searchParams.get('registrert') === '1',
    overNorm: url.searchParams.get('over') === '1',
  }
}

export default function CaseloadPage() {
  const { rows, activeCount, step, q, registered, overNorm } = useLoaderData<typeof loader>()
  return (
    <VStack gap="space-24">
      <Heading level="1" size="large">
        Min portefølje
      </Heading>
      {registered ? (
        <Alert variant="success" role="status">
          Personen er registrert.
        </Alert>
      ) : null}
      {overNorm || activeCount > CASELOAD_NORM ? (
        <Alert variant="warning" role="status">
          Du følger nå opp {activeCount} aktive personer. IPS-normen er omtrent {CASELOAD_NORM} per jobbspesialist.
        </Alert>
      ) : null}
      <BodyShort>
        {activeCount} aktive personer (norm: {CASELOAD_NORM}).
      </BodyShort>
      <HStack gap="space-16" align="end" wrap>
        <Form method="get" role="search" aria-label="Søk i porteføljen">
          <HStack gap="space-8" align="end" wrap>
            <TextField label="Søk på navn" name="q" defaultValue={q} autoComplete="off" />
            <Select label="Vis steg" name="steg" defaultValue={step}>
              <option value="">Alle steg</option>
              {IPS_STEP_CODES.map((code) => (
                <option key={code} value={code}>
                  {IPS_STEPS[code]}
                </option>
              ))}
            </Select>
            <Button type="submit" variant="secondary">
              Søk
            </Button>
          </HStack>
        </Form>
        <AkselLink as={Link} to="/jobbspesialist/portefolje/ny">
          Registrer person
        </AkselLink>
      </HStack>
      {rows.length === 0 ? (
        <BodyShort>
          Ingen personer{q ? ` med navn som passer «${q}»` : ''}
          {step ? ' i dette steget' : ''}.
        </BodyShort>
      ) : (
        <Table className="stack-on-phone">
          <caption className="visually-hidden">Personer i porteføljen</caption>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">Navn</Table.HeaderCell>
              <Table.HeaderCell scope="col">Født</Table.HeaderCell>
              <Table.HeaderCell scope="col">IPS-steg</Table.HeaderCell>
              <Table.HeaderCell scope="col">Henvist</Table.HeaderCell>
              <Table.HeaderCell scope="col">Profil</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {rows.map((row) => (
              <Table.Row key={row.id}>
                <Table.DataCell>
                  <AkselLink as={Link} to={`/jobbspesialist/portefolje/${row.id}`}>
                    {row.firstName} {row.lastName}
                  </AkselLink>
                </Table.DataCell>
                <Table.DataCell data-label="Født">{row.birthYear}</Table.DataCell>
                <Table.DataCell data-label="IPS-steg">{IPS_STEPS[row.ipsStep]}</Table.DataCell>
                <Table.DataCell data-label="Henvist">{formatDate(row.referralDate)}</Table.DataCell>
                <Table.DataCell data-label="Profil">
                  {row.profileStatus ? (
                    <Tag size="small" variant={row.profileStatus === 'PUBLISERT' ? 'success' : 'neutral'}>
                      {PROFILE_STATUS_LABELS[row.profileStatus]}
                    </Tag>
                  ) : (
                    'Ingen profil'
                  )}
                </Table.DataCell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </VStack>
  )
}
