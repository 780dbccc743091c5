import { Alert, BodyLong, BodyShort, Button, Heading, HStack, Table, Tag, VStack } from '@navikt/ds-react'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useLoaderData, useNavigation } from '@remix-run/react'
import { Form } from '~/components/Form'
import { RequeueSchema } from '~/domain/email-outbox/requeue'
import { TableScroll } from '~/components/layout/TableScroll'
import { OUTBOX_LIST_LIMIT, outboxOverview, requeueFailedEmails, type OutboxMail } from '~/services/email-outbox.server'
import { formatDateTime, formatNumber } from '~/utils/format'
import { requireUserWithRole } from '~/utils/permissions.server'
import { pageFailure } from '~/utils/result.server'

export const meta: MetaFunction = () => [{ title: 'E-post – Vi inkluderer' }]

export async function loader({ request }: LoaderFunctionArgs) {
  const admin = await requireUserWithRole(request, 'admin')
  const requeued = new URL(request.url).searchParams.get('lagt-i-ko')
  return { ...outboxOverview(admin), requeued: requeued && /^\d+$/.test(requeued) ? Number(requeued) : null }
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requireUserWithRole(request, 'admin')
  const parsed = RequeueSchema.safeParse(Object.fromEntries(await request.formData()))
  if (!parsed.success) return data({ message: 'Ugyldig forespørsel.' }, { status: 400 })
  const result = requeueFailedEmails(admin, parsed.data.intent === 'requeue-one' ? parsed.data.id : undefined)
  if (!result.ok) throw pageFailure(result)
  // Back to the list (a reload does not send the form again), with how many went back in the queue.
  return redirect(`/admin/e-post?lagt-i-ko=${result.value.requeued}`)
}

const mailCount = (n: number) => `${formatNumber(n)} ${n === 1 ? 'e-post' : 'e-poster'}`

export default function AdminEmailOutbox() {
  const { counts, pending, retrying, failed, requeued } = useLoaderData<typeof loader>()
  const busy = useNavigation().state === 'submitting'
  return (
    <VStack gap="space-24">
      <Heading level="1" size="large">
        E-post
      </Heading>
      <BodyLong>
        E-post fra tjenesten legges i en utboks og sendes derfra. Mislykkes en sending, prøves den igjen senere; svarer ikke e-posttjeneren,
        sendes e-posten straks den svarer igjen. Innholdet vises ikke her, fordi det kan inneholde personopplysninger og engangslenker. At
        du ser denne siden, blir logget.
      </BodyLong>
      {requeued !== null ? (
        <Alert variant="success" role="status">
          {requeued === 0 ? 'Ingen e-post ble lagt i kø: ingen hadde feilet.' : `${mailCount(requeued)} er lagt i kø og sendes snart.`}
        </Alert>
      ) : null}
      <dl className="outbox-counts">
        <div>
          <dt>Venter</dt>
          <dd>{formatNumber(counts.pending)}</dd>
        </div>
        <div>
          <dt>Prøves på nytt</dt>
          <dd>{formatNumber(counts.retrying)}</dd>
        </div>
        <div>
          <dt>Har feilet</dt>
          <dd>{formatNumber(counts.failed)}</dd>
        </div>
        <div>
          <dt>Sendt siste 7 dager</dt>
          <dd>{formatNumber(counts.sentLastWeek)}</dd>
        </div>
      </dl>

      <VStack gap="space-8" as="section" aria-labelledby="feilet">
        <Heading level="2" size="medium" id="feilet">
          Har feilet ({formatNumber(counts.failed)})
        </Heading>
        {failed.length === 0 ? (
          <BodyShort>Ingen e-post har feilet.</BodyShort>
        ) : (
          <>
            <BodyShort>
              Disse ble ikke sendt, og tjenesten prøver ikke igjen av seg selv. Rett feilen først hvis den gjelder adressen.
            </BodyShort>
            <Form method="post">
              <input type="hidden" name="intent" value="requeue-all" />
              <Button type="submit" variant="secondary" size="small" disabled={busy}>
                Send alle på nytt ({formatNumber(counts.failed)})
              </Button>
            </Form>
            <MailTable
              caption="E-post som har feilet"
              mails={failed}
              total={counts.failed}
              columns={['to', 'subject', 'createdAt', 'attempts', 'lastError', 'requeue']}
              busy={busy}
            />
          </>
        )}
      </VStack>

      <VStack gap="space-8" as="section" aria-labelledby="provesigjen">
        <Heading level="2" size="medium" id="provesigjen">
          Prøves på nytt ({formatNumber(counts.retrying)})
        </Heading>
        {retrying.length === 0 ? (
          <BodyShort>Ingen e-post venter på et nytt forsøk.</BodyShort>
        ) : (
          <MailTable
            caption="E-post som prøves på nytt"
            mails={retrying}
            total={counts.retrying}
            columns={['to', 'subject', 'attempts', 'nextAttempt', 'lastError']}
            busy={busy}
          />
        )}
      </VStack>

      <VStack gap="space-8" as="section" aria-labelledby="venter">
        <Heading level="2" size="medium" id="venter">
          Venter ({formatNumber(counts.pending)})
        </Heading>
        {pending.length === 0 ? (
          <BodyShort>Ingen e-post venter på å bli sendt.</BodyShort>
        ) : (
          <MailTable
            caption="E-post som venter"
            mails={pending}
            total={counts.pending}
            columns={['to', 'subject', 'createdAt', 'state']}
            busy={busy}
          />
        )}
      </VStack>
    </VStack>
  )
}

type Column = 'to' | 'subject' | 'createdAt' | 'attempts' | 'nextAttempt' | 'lastError' | 'state' | 'requeue'

const HEADERS: Record<Column, string> = {
  to: 'Mottaker',
  subject: 'Emne',
  createdAt: 'Lagt i utboksen',
  attempts: 'Forsøk',
  nextAttempt: 'Neste forsøk',
  lastError: 'Siste feil',
  state: 'Status',
  requeue: 'Handling',
}

function MailTable({
  caption,
  mails,
  total,
  columns,
  busy,
}: {
  caption: string
  mails: OutboxMail[]
  total: number
  columns: Column[]
  busy: boolean
}) {
  return (
    <>
      {total > mails.length ? (
        <BodyShort size="small">
          Viser {formatNumber(mails.length)} av {formatNumber(total)} (høyst {OUTBOX_LIST_LIMIT}).
        </BodyShort>
      ) : null}
      <TableScroll label={caption}>
        <Table size="small">
          <caption className="visually-hidden">{caption}</caption>
          <Table.Header>
            <Table.Row>
              {columns.map((c) => (
                <Table.HeaderCell key={c} scope="col" align={c === 'attempts' ? 'right' : undefined}>
                  {HEADERS[c]}
                </Table.HeaderCell>
              ))}
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {mails.map((mail) => (
              <Table.Row key={mail.id}>
                {columns.map((c) => (
                  <Cell key={c} column={c} mail={mail} busy={busy} />
                ))}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableScroll>
    </>
  )
}

function Cell({ column, mail, busy }: { column: Column; mail: OutboxMail; busy: boolean }) {
  switch (column) {
    case 'to':
      return <Table.DataCell className="outbox-address">{mail.to}</Table.DataCell>
    case 'subject':
      return <Table.DataCell>{mail.subject}</Table.DataCell>
    case 'createdAt':
      return <Table.DataCell>{formatDateTime(mail.createdAt)}</Table.DataCell>
    case 'attempts':
      return <Table.DataCell align="right">{formatNumber(mail.attempts)}</Table.DataCell>
    case 'nextAttempt':
      return (
        <Table.DataCell>
          {mail.sending ? 'Sendes nå' : mail.waitingForServer ? 'Når e-posttjeneren svarer igjen' : formatDateTime(mail.nextAttemptAt)}
        </Table.DataCell>
      )
    case 'lastError':
      return <Table.DataCell className="outbox-error">{mail.lastError ?? '–'}</Table.DataCell>
    case 'state':
      return (
        <Table.DataCell>
          <Tag variant={mail.sending ? 'info' : 'neutral'} size="small">
            {mail.sending ? 'Sendes nå' : 'I kø'}
          </Tag>
        </Table.DataCell>
      )
    case 'requeue':
      return (
        <Table.DataCell>
          <Form method="post">
            <input type="hidden" name="intent" value="requeue-one" />
            <input type="hidden" name="id" value={mail.id} />
            <HStack>
              <Button
                type="submit"
                variant="tertiary"
                size="small"
                disabled={busy}
                aria-label={`Send på nytt: ${mail.subject} til ${mail.to}`}
              >
                Send på nytt
              </Button>
            </HStack>
          </Form>
        </Table.DataCell>
      )
  }
}
