import { Alert, BodyLong, BodyShort, Box, Button, Heading, HStack, Link as AkselLink, VStack } from '@navikt/ds-react'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react'
import { personRequestStatus } from '~/components/min-side/labels'
import { IdParamSchema } from '~/domain/person'
import { answerMyRequest, endMySharing, getMyRequest } from '~/services/min-side.server'
import { requirePerson } from '~/services/person-auth.server'
import { formatDate, formatLongDate } from '~/utils/format'
import { notFound } from '~/utils/permissions.server'
import { pageFailure } from '~/utils/result.server'

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
  const form = await request.formData()
  if (form.get('intent') === 'end-sharing') {
    const ended = endMySharing(person.candidateId, id)
    if (!ended.ok) {
      if (ended.kind === 'not_found') throw pageFailure(ended)
      return data({ error: Object.values(ended.errors).flat()[0] }, { status: 409 })
    }
    return redirect(`/min-side/foresporsler/${id}?avsluttet=1`)
  }
  const result = answerMyRequest(person.candidateId, id, { answer: form.get('answer') ?? undefined })
  if (!result.ok) {
    if (result.kind === 'not_found') throw pageFailure(result)
    return data({ error: Object.values(result.errors).flat()[0] }, { status: result.kind === 'validation' ? 422 : 409 })
  }
  return redirect(`/min-side/foresporsler/${id}?svar=${result.value.answer}`)
}

export default function MyRequest() {
  const { request: r } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const [params] = useSearchParams()
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
          Du har sagt ja. {r.organisationName} får nå navnet ditt, kontaktinformasjonen din og delene av CV-en som står nedenfor, og tar kontakt med deg.
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
      {actionData?.error ? (
        <Alert variant="error" role="alert">
          {actionData.error}
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
        <Form method="post">
          <VStack gap="space-8">
            <BodyLong>Du bestemmer selv. Svarer du ja, får bare denne arbeidsgiveren opplysningene, i 6 måneder.</BodyLong>
            <HStack gap="space-16">
              <Button type="submit" name="answer" value="JA">
                Ja, del med {r.organisationName}
              </Button>
              <Button type="submit" name="answer" value="NEI" variant="secondary">
                Nei takk
              </Button>
            </HStack>
          </VStack>
        </Form>
      ) : null}
      {r.sharingActive ? (
        <Form method="post">
          <input type="hidden" name="intent" value="end-sharing" />
          <VStack gap="space-8">
            <BodyLong>Du kan avslutte delingen før tiden er ute. Arbeidsgiveren mister da tilgangen med en gang.</BodyLong>
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
