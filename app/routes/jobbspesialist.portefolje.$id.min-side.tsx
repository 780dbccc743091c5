import { useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod'
import { Alert, BodyLong, BodyShort, Button, Heading, Link as AkselLink, Table, VStack } from '@navikt/ds-react'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react'
import { Form } from '~/components/Form'
import { FormErrors } from '~/components/forms'
import { MinSideAccessSchema } from '~/domain/person'
import { getMinSideForJobbspesialist, markDeletionRequestHandled } from '~/services/min-side.server'
import { endPersonSessions, inviteToMinSide } from '~/services/person-auth.server'
import { formatDate, formatDateTime } from '~/utils/format'
import { pageId, requireUserWithRole } from '~/utils/permissions.server'
import { pageFailure, replyToFailure } from '~/utils/result.server'
import { Completed, completed, idempotentSubmission, newIdempotencyKey, once, ownerOfUser } from '~/services/idempotency.server'
import { IdempotencyKeyField } from '~/components/layout/IdempotencyKeyField'

export const meta: MetaFunction = () => [{ title: 'Min side for personen – Vi inkluderer' }]

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUserWithRole(request, 'jobbspesialist')
  const result = getMinSideForJobbspesialist(user, pageId(params.id))
  if (!result.ok) throw pageFailure(result)
  return { ...result.value, idempotencyKey: newIdempotencyKey() }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUserWithRole(request, 'jobbspesialist')
  const id = pageId(params.id)
  const formData = await request.formData()
  const submission = parseWithZod(formData, { schema: MinSideAccessSchema })
  if (submission.status !== 'success') return data({ result: submission.reply() }, { status: 400 })
  const input = submission.value
  if (input.intent === 'invite') {
    // The invitation e-mails a sign-in link: a double click or a resend sends it once.
    const invited = once(idempotentSubmission(formData, ownerOfUser(user), 'min-side.invite'), () => {
      const r = inviteToMinSide(user, id)
      return r.ok ? completed(`/jobbspesialist/portefolje/${id}/min-side?invitert=1`) : r
    })
    if (invited instanceof Completed) return redirect(invited.location)
    return replyToFailure(submission, invited)
  }
  const result = input.intent === 'end-sessions' ? endPersonSessions(user, id) : markDeletionRequestHandled(user, id, input.requestId)
  if (!result.ok) return replyToFailure(submission, result)
  const done = input.intent === 'end-sessions' ? 'avsluttet' : 'behandlet'
  return redirect(`/jobbspesialist/portefolje/${id}/min-side?${done}=1`)
}

export default function PersonMinSide() {
  const d = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const [params] = useSearchParams()
  // Buttons only: a refusal (no e-mail address, already handled) is a message for the whole page.
  const [form] = useForm({
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: MinSideAccessSchema }),
  })
  return (
    <VStack gap="space-32">
      <VStack gap="space-8">
        <BodyShort>
          <AkselLink as={Link} to={`/jobbspesialist/portefolje/${d.person.id}`}>
            Tilbake til personen
          </AkselLink>
        </BodyShort>
        <Heading level="1" size="large">
          Min side – {d.person.name}
        </Heading>
      </VStack>
      {params.get('invitert') ? (
        <Alert variant="success" role="status">
          Personen har fått en e-post med en lenke til Min side. Lenken virker i 24 timer.
        </Alert>
      ) : null}
      {params.get('avsluttet') ? (
        <Alert variant="success" role="status">
          Innloggingen på Min side er avsluttet.
        </Alert>
      ) : null}
      {params.get('behandlet') ? (
        <Alert variant="success" role="status">
          Forespørselen om sletting er markert som behandlet.
        </Alert>
      ) : null}
      <FormErrors errors={form.errors} id={form.errorId} />

      <VStack gap="space-16">
        <Heading level="2" size="medium">
          Tilgang
        </Heading>
        <BodyShort>
          {d.access.lastLinkAt ? `Siste lenke sendt ${formatDateTime(d.access.lastLinkAt)}.` : 'Personen har ikke fått tilgang ennå.'}{' '}
          {d.access.lastSignInAt ? `Sist innlogget ${formatDateTime(d.access.lastSignInAt)}.` : ''}{' '}
          {d.access.activeSessions ? `Innlogget nå (${d.access.activeSessions}).` : 'Ikke innlogget nå.'}
        </BodyShort>
        <Form method="post">
          <input type="hidden" name="intent" value="invite" />
          <IdempotencyKeyField value={d.idempotencyKey} />
          <Button type="submit">Gi tilgang til Min side</Button>
        </Form>
        {d.access.activeSessions ? (
          <Form method="post">
            <input type="hidden" name="intent" value="end-sessions" />
            <Button type="submit" variant="secondary">
              Avslutt innloggingen på Min side
            </Button>
          </Form>
        ) : null}
      </VStack>

      <VStack gap="space-8">
        <Heading level="2" size="medium">
          Personens valg: hva arbeidsgivere får vite
        </Heading>
        {d.disclosure ? (
          <>
            <BodyShort>Vises for arbeidsgivere: {d.disclosure.shown.join('; ') || 'ingen behov'}</BodyShort>
            <BodyShort>Personen har valgt å ikke vise: {d.disclosure.withheld.join('; ') || 'ingenting'}</BodyShort>
          </>
        ) : (
          <BodyShort>Personen har ingen profil ennå.</BodyShort>
        )}
        {d.publishingWithdrawnByPersonAt ? (
          <Alert variant="warning">
            Personen trakk samtykket til publisering på Min side {formatDate(d.publishingWithdrawnByPersonAt)}.
          </Alert>
        ) : null}
      </VStack>

      <VStack gap="space-8">
        <Heading level="2" size="medium">
          Forespørsler om sletting
        </Heading>
        {d.deletionRequests.length === 0 ? (
          <BodyShort>Ingen.</BodyShort>
        ) : (
          <ul>
            {d.deletionRequests.map((r) => (
              <li key={r.id}>
                <BodyShort>
                  Sendt {formatDateTime(r.requestedAt)}
                  {r.message ? `: «${r.message}»` : ''}. {r.handledAt ? `Behandlet ${formatDate(r.handledAt)}.` : 'Ikke behandlet.'}
                </BodyShort>
                {!r.handledAt ? (
                  <Form method="post">
                    <input type="hidden" name="intent" value="deletion-handled" />
                    <input type="hidden" name="requestId" value={r.id} />
                    <Button type="submit" variant="secondary" size="small">
                      Marker som behandlet
                    </Button>
                  </Form>
                ) : null}
              </li>
            ))}
          </ul>
        )}
        <BodyLong>Regler for hva som må beholdes og hvor lenge (ADR 0012):</BodyLong>
        <Table size="small" className="stack-on-phone">
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">Opplysninger</Table.HeaderCell>
              <Table.HeaderCell scope="col">Regel</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {d.retentionRules.map((r) => (
              <Table.Row key={r.what}>
                <Table.DataCell>{r.what}</Table.DataCell>
                <Table.DataCell data-label="Regel">{r.rule}</Table.DataCell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </VStack>
    </VStack>
  )
}
