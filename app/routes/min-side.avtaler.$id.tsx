import { Alert, BodyLong, BodyShort, Box, Button, Heading, HStack, Link as AkselLink, VStack } from '@navikt/ds-react'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react'
import { AgreementStatusTag, AgreementSummary } from '~/components/agreements/AgreementSummary'
import { IdParamSchema } from '~/domain/person'
import { answerMyAgreement, getMyAgreement } from '~/services/min-side.server'
import { requirePerson } from '~/services/person-auth.server'
import { formatDate } from '~/utils/format'
import { notFound } from '~/utils/permissions.server'
import { pageFailure } from '~/utils/result.server'

export const meta: MetaFunction = () => [{ title: 'Oppfølgingsavtalen – Vi inkluderer' }]

function idOf(raw: string | undefined): number {
  const id = IdParamSchema.safeParse(raw)
  if (!id.success) throw notFound()
  return id.data
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const person = await requirePerson(request)
  const result = getMyAgreement(person.candidateId, idOf(params.id))
  if (!result.ok) throw pageFailure(result)
  return { agreement: result.value }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const person = await requirePerson(request)
  const id = idOf(params.id)
  const form = await request.formData()
  const result = answerMyAgreement(person.candidateId, id, { answer: form.get('answer') ?? undefined, version: form.get('version') ?? undefined })
  if (!result.ok) {
    if (result.kind === 'not_found') throw pageFailure(result)
    return data({ error: Object.values(result.errors).flat()[0] }, { status: result.kind === 'validation' ? 422 : 409 })
  }
  return redirect(`/min-side/avtaler/${id}?svar=${result.value.answer}`)
}

export default function MyAgreement() {
  const { agreement: a } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const [params] = useSearchParams()
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
      <div>
        <AgreementStatusTag status={a.status} />
      </div>
      {params.get('svar') === 'GODKJENN' ? (
        <Alert variant="success" role="status">
          Takk! Du har godkjent avtalen.
        </Alert>
      ) : null}
      {params.get('svar') === 'AVSLA' ? (
        <Alert variant="info" role="status">
          Du har sagt at du ikke godkjenner avtalen slik den er. Jobbspesialisten din har fått beskjed og tar kontakt med deg.
        </Alert>
      ) : null}
      {actionData?.error ? (
        <Alert variant="error" role="alert">
          {actionData.error}
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
        <Form method="post">
          <input type="hidden" name="version" value={a.version} />
          <VStack gap="space-8">
            <Heading level="2" size="medium">
              Godkjenner du avtalen?
            </Heading>
            <BodyLong>Les avtalen over. Er noe feil, kan du si nei, så tar jobbspesialisten kontakt med deg.</BodyLong>
            <HStack gap="space-16">
              <Button type="submit" name="answer" value="GODKJENN">
                Jeg godkjenner avtalen
              </Button>
              <Button type="submit" name="answer" value="AVSLA" variant="secondary">
                Jeg godkjenner ikke
              </Button>
            </HStack>
          </VStack>
        </Form>
      ) : null}
    </VStack>
  )
}
