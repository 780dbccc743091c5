import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod'
import { Alert, BodyLong, BodyShort, Box, Button, Heading, HStack, Link as AkselLink, VStack } from '@navikt/ds-react'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react'
import { Form } from '~/components/Form'
import { AgreementSummary } from '~/components/agreements/AgreementSummary'
import { personAgreementStatus } from '~/components/min-side/labels'
import { AgreementAnswerSchema } from '~/domain/person'
import { answerMyAgreement, getMyAgreement } from '~/services/min-side.server'
import { requirePerson } from '~/services/person-auth.server'
import { formatDate } from '~/utils/format'
import { pageId } from '~/utils/permissions.server'
import { pageFailure, replyToFailure } from '~/utils/result.server'

export const meta: MetaFunction = () => [{ title: 'Oppfølgingsavtalen – Vi inkluderer' }]

export async function loader({ request, params }: LoaderFunctionArgs) {
  const person = await requirePerson(request)
  const result = getMyAgreement(person.candidateId, pageId(params.id))
  if (!result.ok) throw pageFailure(result)
  return { agreement: result.value }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const person = await requirePerson(request)
  const id = pageId(params.id)
  // Someone else's agreement is «not found» whatever was submitted.
  const own = getMyAgreement(person.candidateId, id)
  if (!own.ok) throw pageFailure(own)
  const submission = parseWithZod(await request.formData(), { schema: AgreementAnswerSchema })
  if (submission.status !== 'success') return data({ result: submission.reply() }, { status: 400 })
  const result = answerMyAgreement(person.candidateId, id, submission.value)
  if (!result.ok) return replyToFailure(submission, result, ['answer'])
  return redirect(`/min-side/avtaler/${id}?svar=${result.value.answer}`)
}

export default function MyAgreement() {
  const { agreement: a } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const [params] = useSearchParams()
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: AgreementAnswerSchema }),
    shouldRevalidate: 'onInput',
  })
  const answerError = [...(fields.answer.errors ?? []), ...(form.errors ?? [])].join(' ')
  return (
    <VStack gap="space-24">
      <BodyShort>
        <AkselLink as={Link} to="/min-side/avtaler">
          Tilbake til avtalene
        </AkselLink>
      </BodyShort>
      <Heading level="1" size="large">
        Oppfølgingsavtale med {a.organisationName}
      </Heading>
      <BodyShort data-testid="person-agreement-status">Status: {personAgreementStatus(a.status, a.canApprove)}</BodyShort>
      {params.get('svar') === 'GODKJENN' ? (
        <Alert variant="success" role="status">
          Takk! Du har godkjent avtalen.
        </Alert>
      ) : null}
      {params.get('svar') === 'AVSLA' || a.declinedAt ? (
        <Alert variant="info" role="status">
          Du sa at du ikke godkjenner avtalen slik den er{a.declinedAt ? ` (${formatDate(a.declinedAt)})` : ''}. Den er sendt tilbake til
          jobbspesialisten din, som tar kontakt med deg. Når avtalen er endret, får du svare på nytt.
        </Alert>
      ) : null}
      <Box padding="space-16" borderRadius="8" borderWidth="1" borderColor="neutral-subtle">
        <dl className="min-side__facts">
          <dt>Neste oppfølging</dt>
          <dd>{a.nextFollowUp ? formatDate(a.nextFollowUp) : 'Ikke avtalt ennå'}</dd>
          <dt>Kontaktperson hos arbeidsgiveren</dt>
          <dd>
            {a.content.contactName || 'Ikke oppgitt'}
            {a.content.contactPhone ? `, telefon ${a.content.contactPhone}` : ''}
            {a.content.contactEmail ? `, e-post ${a.content.contactEmail}` : ''}
          </dd>
          <dt>Jobbspesialisten din</dt>
          <dd>
            {a.jobbspesialistName}, {a.jobbspesialistEmail}
          </dd>
        </dl>
      </Box>
      <AgreementSummary content={a.content} styrkLabel={a.styrkLabel} organisationName={a.organisationName} schemes={a.schemes} />
      {a.canApprove ? (
        <Form method="post" {...getFormProps(form)}>
          <input type="hidden" name={fields.version.name} value={a.version} />
          <VStack gap="space-8">
            <Heading level="2" size="medium">
              Godkjenner du avtalen?
            </Heading>
            <BodyLong>
              Les avtalen over. Er noe feil, kan du si nei. Da går avtalen tilbake til jobbspesialisten, som tar kontakt med deg.
            </BodyLong>
            {answerError ? (
              <Alert variant="error" role="alert" size="small" id={fields.answer.errorId}>
                {answerError}
              </Alert>
            ) : null}
            <HStack gap="space-16">
              <Button type="submit" name={fields.answer.name} value="GODKJENN">
                Jeg godkjenner avtalen
              </Button>
              <Button type="submit" name={fields.answer.name} value="AVSLA" variant="secondary">
                Jeg godkjenner ikke
              </Button>
            </HStack>
          </VStack>
        </Form>
      ) : null}
    </VStack>
  )
}
