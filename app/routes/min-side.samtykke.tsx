import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod'
import { Alert, BodyLong, Button, Heading, VStack } from '@navikt/ds-react'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData, useSearchParams } from '@remix-run/react'
import { Form } from '~/components/Form'
import { WithdrawConsentSchema } from '~/domain/person'
import { getPublishingState, withdrawPublishing } from '~/services/min-side.server'
import { requirePerson } from '~/services/person-auth.server'
import { formatDate } from '~/utils/format'
import { replyToFailure } from '~/utils/result.server'

export const meta: MetaFunction = () => [{ title: 'Fjern profilen – Vi inkluderer' }]

export async function loader({ request }: LoaderFunctionArgs) {
  const person = await requirePerson(request)
  return getPublishingState(person.candidateId)
}

export async function action({ request }: ActionFunctionArgs) {
  const person = await requirePerson(request)
  const submission = parseWithZod(await request.formData(), { schema: WithdrawConsentSchema })
  if (submission.status !== 'success') return data({ result: submission.reply() }, { status: 400 })
  const result = withdrawPublishing(person.candidateId, submission.value)
  if (!result.ok) return replyToFailure(submission, result, ['confirm'])
  return redirect('/min-side/samtykke?fjernet=1')
}

export default function WithdrawConsent() {
  const state = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const [params] = useSearchParams()
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: WithdrawConsentSchema }),
    shouldRevalidate: 'onInput',
  })
  const error = [...(fields.confirm.errors ?? []), ...(form.errors ?? [])].join(' ')
  return (
    <VStack gap="space-24" className="form-narrow">
      <Heading level="1" size="large">
        Fjern profilen fra Vi inkluderer
      </Heading>
      {params.get('fjernet') ? (
        <Alert variant="success" role="status">
          Profilen din er fjernet. Arbeidsgivere kan ikke lenger finne eller se den. Jobbspesialisten din har fått beskjed.
        </Alert>
      ) : state.published ? (
        <Form method="post" {...getFormProps(form)}>
          <VStack gap="space-16">
            <BodyLong>
              Du sa ja til at den anonyme profilen din kunne vises for arbeidsgivere
              {state.consentGivenAt ? ` (${formatDate(state.consentGivenAt)})` : ''}. Du kan ombestemme deg når du vil.
            </BodyLong>
            <BodyLong>
              Når du fjerner profilen, forsvinner den med en gang fra søket og fra alle arbeidsgivere. Jobbspesialisten din får beskjed. Det
              du allerede har delt med en arbeidsgiver etter et ja, påvirkes ikke – det kan du avslutte under Forespørsler.
            </BodyLong>
            {/* One button: pressing it is the confirmation. */}
            <input type="hidden" name={fields.confirm.name} value="ja" />
            {error ? (
              <Alert variant="error" role="alert" size="small" id={form.errorId}>
                {error}
              </Alert>
            ) : null}
            <div>
              <Button type="submit" variant="danger">
                Fjern profilen min
              </Button>
            </div>
          </VStack>
        </Form>
      ) : (
        <Alert variant="info">Profilen din vises ikke for arbeidsgivere nå.</Alert>
      )}
    </VStack>
  )
}
