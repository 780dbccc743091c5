import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod'
import { Alert, BodyLong, BodyShort, Box, Button, Heading, HStack, Link as AkselLink, VStack } from '@navikt/ds-react'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react'
import { Form } from '~/components/Form'
import { personRequestStatus } from '~/components/min-side/labels'
import { ContactAnswerSchema } from '~/domain/contact-requests'
import { EndSharingSchema, IdParamSchema } from '~/domain/person'
import { answerMyRequest, endMySharing, getMyRequest } from '~/services/min-side.server'
import { requirePerson } from '~/services/person-auth.server'
import { formatDate, formatLongDate } from '~/utils/format'
import { notFound } from '~/utils/permissions.server'
import { pageFailure, replyToFailure } from '~/utils/result.server'

export const meta: MetaFunction = () => [{ title: 'Forespørsel – Vi inkluderer' }]

function idOf(raw: string | undefined): number {
  const id = IdParamSchema.safeParse(raw)
  if (!id.success) throw notFound()
  return id.data
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const person = await requirePerson(request)
  const result = getMyRequest(person.candidateId, idOf(params.id))
  if (!result.ok) throw pageFailure(result)
  return { request: result.value }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const person = await requirePerson(request)
  const id = idOf(params.id)
  // Someone else's request is «not found» whatever was submitted.
  const own = getMyRequest(person.candidateId, id)
  if (!own.ok) throw pageFailure(own)
  const formData = await request.formData()
  if (formData.get('intent') === 'end-sharing') {
    const submission = parseWithZod(formData, { schema: EndSharingSchema })
    if (submission.status !== 'success') return data({ intent: 'end-sharing' as const, result: submission.reply() }, { status: 400 })
    const ended = endMySharing(person.candidateId, id)
    if (!ended.ok) return replyToFailure(submission, ended)
    return redirect(`/min-side/foresporsler/${id}?avsluttet=1`)
  }
  const submission = parseWithZod(formData, { schema: ContactAnswerSchema })
  if (submission.status !== 'success') return data({ intent: 'answer' as const, result: submission.reply() }, { status: 400 })
  const result = answerMyRequest(person.candidateId, id, submission.value)
  if (!result.ok) return replyToFailure(submission, result, ['answer'])
  return redirect(`/min-side/foresporsler/${id}?svar=${result.value.answer}`)
}

export default function MyRequest() {
  const { request: r } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const [params] = useSearchParams()
  // replyToFailure's reply has no intent: it belongs to the form that is still shown.
  const intent = actionData && 'intent' in actionData ? actionData.intent : r.canAnswer ? 'answer' : 'end-sharing'
  const [answerForm, answerFields] = useForm({
    id: 'svar',
    lastResult: intent === 'answer' ? actionData?.result : undefined,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ContactAnswerSchema }),
    shouldRevalidate: 'onInput',
  })
  const [endForm, endFields] = useForm({
    id: 'avslutt-deling',
    lastResult: intent === 'end-sharing' ? actionData?.result : undefined,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: EndSharingSchema }),
    shouldRevalidate: 'onInput',
  })
  const answerError = [...(answerFields.answer.errors ?? []), ...(answerForm.errors ?? [])].join(' ')
  const endError = [...(endFields.intent.errors ?? []), ...(endForm.errors ?? [])].join(' ')
  return (
    <VStack gap="space-24">
      <BodyShort>
        <AkselLink as={Link} to="/min-side/foresporsler">
          Tilbake til forespørslene
        </AkselLink>
      </BodyShort>
      <Heading level="1" size="large">
        {r.canAnswer ? `Vil du dele kontaktinformasjonen din med ${r.organisationName}?` : `Forespørsel fra ${r.organisationName}`}
      </Heading>
      {params.get('svar') === 'JA' ? (
        <Alert variant="success" role="status">
          Du har sagt ja. {r.organisationName} får nå navnet ditt, kontaktinformasjonen din og delene av CV-en som står nedenfor, og tar
          kontakt med deg.
        </Alert>
      ) : null}
      {params.get('svar') === 'NEI' ? (
        <Alert variant="success" role="status">
          Du har sagt nei. Arbeidsgiveren får bare vite at kontakten ikke ble noe av, ikke hvorfor.
        </Alert>
      ) : null}
      {params.get('avsluttet') ? (
        <Alert variant="success" role="status">
          Delingen er avsluttet. Arbeidsgiveren ser ikke lenger opplysningene dine og har fått beskjed.
        </Alert>
      ) : null}
      <BodyShort>Status: {personRequestStatus(r.status, r.sharingActive)}</BodyShort>
      <Box padding="space-16" borderRadius="8" borderWidth="1" borderColor="neutral-subtle">
        <dl className="min-side__facts">
          <dt>Arbeidsgiver</dt>
          <dd>
            {r.organisationName}
            {r.organisationKommune ? `, ${r.organisationKommune}` : ''}
          </dd>
          {r.vacancyTitle ? (
            <>
              <dt>Stilling</dt>
              <dd>{r.vacancyTitle}</dd>
            </>
          ) : null}
          <dt>Melding fra arbeidsgiveren</dt>
          <dd>{r.message}</dd>
          <dt>Dette deles hvis du sier ja</dt>
          <dd>
            <ul>
              <li>Navnet ditt</li>
              <li>Telefonnummer og e-postadresse</li>
              {r.cvParts.map((p) => (
                <li key={p.code}>Fra CV-en: {p.label}</li>
              ))}
            </ul>
          </dd>
          {r.deadline ? (
            <>
              <dt>Svarfrist</dt>
              <dd>{formatLongDate(r.deadline)}</dd>
            </>
          ) : null}
          {r.sharingActive && r.sharedUntil ? (
            <>
              <dt>Delt til og med</dt>
              <dd>{formatDate(r.sharedUntil)}</dd>
            </>
          ) : null}
        </dl>
      </Box>
      {r.canAnswer ? (
        <Form method="post" {...getFormProps(answerForm)}>
          <VStack gap="space-8">
            <BodyLong>Du bestemmer selv. Svarer du ja, får bare denne arbeidsgiveren opplysningene, i 6 måneder.</BodyLong>
            {answerError ? (
              <Alert variant="error" role="alert" size="small" id={answerFields.answer.errorId}>
                {answerError}
              </Alert>
            ) : null}
            <HStack gap="space-16">
              <Button type="submit" name={answerFields.answer.name} value="JA">
                Ja, del med {r.organisationName}
              </Button>
              <Button type="submit" name={answerFields.answer.name} value="NEI" variant="secondary">
                Nei takk
              </Button>
            </HStack>
          </VStack>
        </Form>
      ) : null}
      {r.sharingActive ? (
        <Form method="post" {...getFormProps(endForm)}>
          <input type="hidden" name={endFields.intent.name} value="end-sharing" />
          <VStack gap="space-8">
            <BodyLong>Du kan avslutte delingen før tiden er ute. Arbeidsgiveren mister da tilgangen med en gang.</BodyLong>
            {endError ? (
              <Alert variant="error" role="alert" size="small" id={endForm.errorId}>
                {endError}
              </Alert>
            ) : null}
            <div>
              <Button type="submit" variant="secondary">
                Avslutt delingen nå
              </Button>
            </div>
          </VStack>
        </Form>
      ) : null}
    </VStack>
  )
}
