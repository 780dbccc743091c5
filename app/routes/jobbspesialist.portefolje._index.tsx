import { Alert, BodyShort, Button, Heading, HStack, Link as AkselLink, Select, Table, Tag, VStack } from '@navikt/ds-react'
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { IPS_STEPS, IPS_STEP_CODES, type IpsStep } from '~/domain/codes'
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
  const step = (IPS_STEP_CODES as string[]).includes(stepParam) ? (stepParam as IpsStep) : undefined
  const { rows, activeCount } = listCaseload(user, { step })
  return { rows, activeCount, step: step ?? '', registered: url.searchParams.get('registrert') === '1', overNorm: url.searchParams.get('over') === '1' }
}

export default function CaseloadPage() {
  const { rows, activeCount, step, registered, overNorm } = useLoaderData<typeof loader>()
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
        <Form method="get">
          <HStack gap="space-8" align="end">
            <Select label="Vis steg" name="steg" defaultValue={step}>
              <option value="">Alle steg</option>
              {IPS_STEP_CODES.map((code) => (
                <option key={code} value={code}>
                  {IPS_STEPS[code]}
                </option>
              ))}
            </Select>
            <Button type="submit" variant="secondary">
              Filtrer
            </Button>
          </HStack>
        </Form>
        <AkselLink as={Link} to="/jobbspesialist/portefolje/ny">
          Registrer person
        </AkselLink>
      </HStack>
      {rows.length === 0 ? (
        <BodyShort>Ingen personer{step ? ' i dette steget' : ''}.</BodyShort>
      ) : (
        <Table>
          <caption className="visually-hidden">Personer i porteføljen</caption>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">Navn</Table.HeaderCell>
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
                <Table.DataCell>{IPS_STEPS[row.ipsStep]}</Table.DataCell>
                <Table.DataCell>{formatDate(row.referralDate)}</Table.DataCell>
                <Table.DataCell>
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
