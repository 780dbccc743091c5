import { getFormProps, getTextareaProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod'
import { Alert, BodyLong, Button, Heading, Table, Textarea, VStack } from '@navikt/ds-react'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData, useSearchParams } from '@remix-run/react'
import { Form } from '~/components/Form'
import { FormErrors } from '~/components/forms'
import { DeletionRequestSchema, RETENTION_RULES } from '~/domain/person'
import { openDeletionRequest, requestDeletion } from '~/services/min-side.server'
import { TableScroll } from '~/components/layout/TableScroll'
import { requirePerson } from '~/services/person-auth.server'
import { replyToFailure } from '~/utils/result.server'
import { Completed, completed, idempotentSubmission, newIdempotencyKey, once, ownerOfPerson } from '~/services/idempotency.server'
import { IdempotencyKeyField } from '~/components/layout/IdempotencyKeyField'

export const meta: MetaFunction = () => [{ title: 'Be om sletting – Vi inkluderer' }]

export async function loader({ request }: LoaderFunctionArgs) {
  const person = await requirePerson(request)
  return { open: openDeletionRequest(person.candidateId) != null, rules: RETENTION_RULES, idempotencyKey: newIdempotencyKey() }
}

export async function action({ request }: ActionFunctionArgs) {
  const person = await requirePerson(request)
  const formData = await request.formData()
  const submission = parseWithZod(formData, { schema: DeletionRequestSchema })
  if (submission.status !== 'success') return data({ result: submission.reply() }, { status: 400 })
  // A double click or a resend shows «sendt», not «du har allerede bedt om sletting».
  const result = once(idempotentSubmission(formData, ownerOfPerson(person.candidateId), 'min-side.deletion-request'), () => {
    const requested = requestDeletion(person.candidateId, submission.value)
    return requested.ok ? completed(`/min-side/sletting?sendt=1${requested.value.unpublished ? '&fjernet=1' : ''}`) : requested
  })
  if (result instanceof Completed) return redirect(result.location)
  return replyToFailure(submission, result, ['message'])
}

export default function RequestDeletion() {
  const { open, rules, idempotencyKey } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const [params] = useSearchParams()
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: DeletionRequestSchema }),
    shouldRevalidate: 'onInput',
  })
  return (
    <VStack gap="space-24" className="form-narrow">
      <Heading level="1" size="large">
        Be om at opplysningene dine slettes
      </Heading>
      {params.get('sendt') ? (
        <Alert variant="success" role="status">
          Forespørselen er sendt til jobbspesialisten din. Du får svar innen 30 dager.
          {params.get('fjernet') ? ' Profilen din er allerede fjernet fra søket og fra alle arbeidsgivere.' : ''}
        </Alert>
      ) : null}
      <BodyLong>Noe må vi beholde en tid, fordi loven krever det. Dette skjer når du ber om sletting:</BodyLong>
      <TableScroll label="Tabell over hva som skjer med opplysningene">
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
      </TableScroll>
      {open && !params.get('sendt') ? (
        <Alert variant="info">Du har allerede bedt om sletting. Jobbspesialisten din behandler forespørselen.</Alert>
      ) : null}
      {!open ? (
        <Form method="post" {...getFormProps(form)}>
          <IdempotencyKeyField value={idempotencyKey} />
          <VStack gap="space-16">
            <FormErrors errors={form.errors} id={form.errorId} />
            <Textarea
              label="Vil du si noe mer? (valgfritt)"
              description="Skriv ikke om helse. Jobbspesialisten din ser det du skriver."
              maxLength={1000}
              {...getTextareaProps(fields.message)}
              key={fields.message.key}
              error={fields.message.errors?.join(' ')}
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
