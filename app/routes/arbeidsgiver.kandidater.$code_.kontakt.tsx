import { getFormProps, getSelectProps, getTextareaProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod'
import { Alert, BodyLong, BodyShort, Button, Heading, Link as AkselLink, Select, Textarea, VStack } from '@navikt/ds-react'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { Form } from '~/components/Form'
import { FormErrors } from '~/components/forms'
import { ContactRequestSchema } from '~/domain/contact-requests'
import { getContactFormContext } from '~/services/contact-requests/queries.server'
import { createContactRequest } from '~/services/contact-requests/requests.server'
import { notFound, requireEmployer } from '~/utils/permissions.server'
import { Completed, completed, idempotentSubmission, newIdempotencyKey, once, ownerOfUser } from '~/services/idempotency.server'
import { IdempotencyKeyField } from '~/components/layout/IdempotencyKeyField'
import { replyToFailure } from '~/utils/result.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Be om kontakt${data ? ` – profil ${data.profile.code}` : ''} – Vi inkluderer` },
]

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireEmployer(request)
  const context = getContactFormContext(user.organisationId, params.code ?? '')
  if (!context) throw notFound('Profilen finnes ikke eller er ikke publisert.')
  return { ...context, idempotencyKey: newIdempotencyKey() }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireEmployer(request)
  const formData = await request.formData()
  const submission = parseWithZod(formData, { schema: ContactRequestSchema })
  if (submission.status !== 'success') return data({ result: submission.reply() }, { status: 400 })
  const result = once(idempotentSubmission(formData, ownerOfUser(user), 'contact-request.create'), () => {
    const created = createContactRequest(user, { code: params.code ?? '', ...submission.value })
    return created.ok ? completed(`/arbeidsgiver/kontakter/${created.value.id}?sendt=1`) : created
  })
  if (result instanceof Completed) return redirect(result.location)
  return replyToFailure(submission, result, ['vacancyId', 'message'])
}

export default function AskForContact() {
  const { profile, vacancies, openRequestId, idempotencyKey } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ContactRequestSchema }),
    shouldRevalidate: 'onInput',
  })
  return (
    <VStack gap="space-24" className="form-narrow">
      <BodyShort>
        <AkselLink href={`/arbeidsgiver/kandidater/${profile.code}`}>Tilbake til profil {profile.code}</AkselLink>
      </BodyShort>
      <Heading level="1" size="large">
        Be om kontakt – profil {profile.code}
      </Heading>
      <BodyLong>
        Jobbspesialisten som følger opp personen får forespørselen og spør personen om hen vil dele navn, kontaktinformasjon og deler av
        CV-en med dere. Dere får beskjed på e-post når personen har svart.
      </BodyLong>
      {openRequestId ? (
        <Alert variant="info">
          Dere har allerede en åpen forespørsel om denne profilen.{' '}
          <AkselLink href={`/arbeidsgiver/kontakter/${openRequestId}`}>Se forespørselen</AkselLink>
        </Alert>
      ) : (
        <Form method="post" {...getFormProps(form)}>
          <IdempotencyKeyField value={idempotencyKey} />
          <VStack gap="space-16">
            <FormErrors errors={form.errors} id={form.errorId} />
            <Select
              label="Gjelder det en av stillingene deres? (valgfritt)"
              {...getSelectProps(fields.vacancyId)}
              key={fields.vacancyId.key}
              error={fields.vacancyId.errors?.join(' ')}
            >
              <option value="">Ingen bestemt stilling</option>
              {vacancies.map((v) => (
                <option key={v.id} value={v.id}>
                  {v.title}
                </option>
              ))}
            </Select>
            <Textarea
              label="Melding til jobbspesialisten"
              description="Fortell kort hvorfor dere ønsker kontakt. Meldingen vises også til personen."
              {...getTextareaProps(fields.message)}
              key={fields.message.key}
              error={fields.message.errors?.join(' ')}
            />
            <div>
              <Button type="submit">Send forespørsel</Button>
            </div>
          </VStack>
        </Form>
      )}
    </VStack>
  )
}
