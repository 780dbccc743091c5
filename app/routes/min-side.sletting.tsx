import { Alert, BodyLong, Button, Heading, Table, Textarea, VStack } from '@navikt/ds-react'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData, useSearchParams } from '@remix-run/react'
import { RETENTION_RULES } from '~/domain/person'
import { openDeletionRequest, requestDeletion } from '~/services/min-side.server'
import { requirePerson } from '~/services/person-auth.server'

export const meta: MetaFunction = () => [{ title: 'Be om sletting – Vi inkluderer' }]

export async function loader({ request }: LoaderFunctionArgs) {
  const person = await requirePerson(request)
  return { open: openDeletionRequest(person.candidateId) != null, rules: RETENTION_RULES }
}

export async function action({ request }: ActionFunctionArgs) {
  const person = await requirePerson(request)
  const form = await request.formData()
  const message = String(form.get('message') ?? '')
  const result = requestDeletion(person.candidateId, { message })
  if (!result.ok) return data({ error: Object.values(result.errors).flat()[0], message }, { status: result.kind === 'validation' ? 422 : 409 })
  return redirect('/min-side/sletting?sendt=1')
}

export default function RequestDeletion() {
  const { open, rules } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const [params] = useSearchParams()
  return (
    <VStack gap="space-24" className="form-narrow">
      <Heading level="1" size="large">
        Be om at opplysningene dine slettes
      </Heading>
      {params.get('sendt') ? (
        <Alert variant="success" role="status">
          Forespørselen er sendt til jobbspesialisten din. Du får svar innen 30 dager.
        </Alert>
      ) : null}
      <BodyLong>Noe må vi beholde en tid, fordi loven krever det. Dette skjer når du ber om sletting:</BodyLong>
      <div style={{ overflowX: 'auto' }}>
        <Table size="small">
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">Hva</Table.HeaderCell>
              <Table.HeaderCell scope="col">Hva skjer</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {rules.map((r) => (
              <Table.Row key={r.what}>
                <Table.DataCell>{r.what}</Table.DataCell>
                <Table.DataCell>{r.rule}</Table.DataCell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
      {open && !params.get('sendt') ? (
        <Alert variant="info">Du har allerede bedt om sletting. Jobbspesialisten din behandler forespørselen.</Alert>
      ) : null}
      {!open ? (
        <Form method="post">
          <VStack gap="space-16">
            <Textarea
              label="Vil du si noe mer? (valgfritt)"
              name="message"
              maxLength={1000}
              defaultValue={actionData?.message ?? ''}
              error={actionData?.error}
            />
            <div>
              <Button type="submit">Send forespørsel om sletting</Button>
            </div>
          </VStack>
        </Form>
      ) : null}
    </VStack>
  )
}
