import { getFormProps, getInputProps, getSelectProps, getTextareaProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod'
import { Alert, BodyLong, Button, Heading, HGrid, Select, Table, Textarea, TextField, VStack } from '@navikt/ds-react'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { Form } from '~/components/Form'
import { AGA_ZONES } from '@db/schema'
import { RATE_KINDS, type RateKind } from '~/domain/subsidies'
import { ISO_DATE_PATTERN } from '~/domain/dates'
import { NewRateSchema } from '~/domain/subsidies/rate-input'
import { addRate, listRates, type RateRow } from '~/services/subsidies.server'
import { replyToFailure } from '~/utils/result.server'
import { requireUserWithRole } from '~/utils/permissions.server'
import { formatDate, formatDateTime, formatKroner, formatNumber } from '~/utils/format'
import { Completed, completed, idempotentSubmission, newIdempotencyKey, once, ownerOfUser } from '~/services/idempotency.server'
import { IdempotencyKeyField } from '~/components/layout/IdempotencyKeyField'

export const meta: MetaFunction = () => [{ title: 'Satser for tilskuddskalkulatoren – Vi inkluderer' }]

const KIND_LABELS: Record<RateKind, string> = {
  GRUNNBELOP: 'Grunnbeløp (G)',
  INKLUDERINGSTILSKUDD_MAKS: 'Inkluderingstilskudd – maksimumsbeløp per år',
  VTAO_MANEDSBELOP: 'VTAO – fast månedsbeløp per år',
  ARBEIDSGIVERAVGIFT: 'Arbeidsgiveravgift per sone',
}

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUserWithRole(request, 'admin')
  const saved = new URL(request.url).searchParams.get('lagret')
  return { rates: listRates(), savedFrom: saved && ISO_DATE_PATTERN.test(saved) ? saved : null, idempotencyKey: newIdempotencyKey() }
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUserWithRole(request, 'admin')
  const formData = await request.formData()
  const submission = parseWithZod(formData, { schema: NewRateSchema })
  if (submission.status !== 'success') {
    return data({ result: submission.reply(), saved: null }, { status: 422 })
  }
  const input = submission.value
  // Back to the page (a reload does not send again); a double click adds the rate once.
  const outcome = once(idempotentSubmission(formData, ownerOfUser(user), 'rate.add'), () => {
    const added = addRate({ id: user.id, role: user.role, organisationId: user.organisationId }, input)
    return added.ok ? completed(`/admin/satser?lagret=${input.validFrom}`) : added
  })
  if (outcome instanceof Completed) return redirect(outcome.location)
  return replyToFailure(submission, outcome, undefined, { saved: null })
}

function RateTable({ kind, rows }: { kind: RateKind; rows: RateRow[] }) {
  return (
    <VStack gap="space-8">
      <Heading level="2" size="medium">
        {KIND_LABELS[kind]}
      </Heading>
      <Table size="small" className="stack-on-phone">
        <Table.Header>
          <Table.Row>
            {kind === 'ARBEIDSGIVERAVGIFT' ? <Table.HeaderCell scope="col">Sone</Table.HeaderCell> : null}
            <Table.HeaderCell scope="col">Gjelder fra</Table.HeaderCell>
            <Table.HeaderCell scope="col">{kind === 'ARBEIDSGIVERAVGIFT' ? 'Sats' : 'Beløp'}</Table.HeaderCell>
            <Table.HeaderCell scope="col">Kilde</Table.HeaderCell>
            <Table.HeaderCell scope="col">Lagt inn</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {rows.map((r) => (
            <Table.Row key={r.id}>
              {kind === 'ARBEIDSGIVERAVGIFT' ? <Table.DataCell>Sone {r.zone}</Table.DataCell> : null}
              <Table.DataCell data-label="Gjelder fra">{formatDate(r.validFrom)}</Table.DataCell>
              <Table.DataCell data-label={kind === 'ARBEIDSGIVERAVGIFT' ? 'Sats' : 'Beløp'}>
                {kind === 'ARBEIDSGIVERAVGIFT' ? `${formatNumber(r.value)} %` : formatKroner(r.value)}
              </Table.DataCell>
              <Table.DataCell data-label="Kilde">{r.source}</Table.DataCell>
              <Table.DataCell data-label="Lagt inn">{r.addedBy ? formatDateTime(r.addedAt) : 'Fra spesifikasjonen'}</Table.DataCell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </VStack>
  )
}

export default function AdminSatser() {
  const { rates, savedFrom, idempotencyKey } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: NewRateSchema }),
    shouldRevalidate: 'onInput',
  })
  return (
    <VStack gap="space-32">
      <VStack gap="space-8">
        <Heading level="1" size="large">
          Satser for tilskuddskalkulatoren
        </Heading>
        <BodyLong>
          Satsene gjelder fra datoen de er registrert med, til neste sats tar over. Satser endres aldri; legg inn en ny rad med kilde når en
          sats endres. Kalkulatoren bruker den nye satsen med en gang.
        </BodyLong>
      </VStack>

      <section aria-labelledby="ny-sats">
        <VStack gap="space-16">
          <Heading level="2" size="medium" id="ny-sats">
            Legg inn ny sats
          </Heading>
          {savedFrom ? (
            <Alert variant="success" role="status">
              Satsen er lagret og gjelder fra {formatDate(savedFrom)}.
            </Alert>
          ) : null}
          <Form method="post" {...getFormProps(form)}>
            <IdempotencyKeyField value={idempotencyKey} />
            <VStack gap="space-16" className="form-narrow">
              <Select label="Hvilken sats" {...getSelectProps(fields.kind)} key={fields.kind.key} error={fields.kind.errors?.join(' ')}>
                <option value="">Velg</option>
                {RATE_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {KIND_LABELS[k]}
                  </option>
                ))}
              </Select>
              <Select
                label="Sone (bare for arbeidsgiveravgift)"
                {...getSelectProps(fields.zone)}
                key={fields.zone.key}
                error={fields.zone.errors?.join(' ')}
              >
                <option value="">Ingen</option>
                {AGA_ZONES.map((z) => (
                  <option key={z} value={z}>
                    Sone {z}
                  </option>
                ))}
              </Select>
              <HGrid columns={{ xs: 1, sm: 2 }} gap="space-16">
                <TextField
                  label="Gjelder fra"
                  description="dd.mm.åååå. Inkluderingstilskudd og VTAO: 1. januar."
                  {...getInputProps(fields.validFrom, { type: 'text' })}
                  key={fields.validFrom.key}
                  error={fields.validFrom.errors?.join(' ')}
                />
                <TextField
                  label="Beløp (kr) eller sats (%)"
                  inputMode="decimal"
                  {...getInputProps(fields.value, { type: 'text' })}
                  key={fields.value.key}
                  error={fields.value.errors?.join(' ')}
                />
              </HGrid>
              <Textarea
                label="Kilde"
                description="For eksempel nettadresse til nav.no eller Skatteetaten, eller vedtaket."
                {...getTextareaProps(fields.source)}
                key={fields.source.key}
                error={fields.source.errors?.join(' ')}
              />
              <div>
                <Button type="submit">Lagre sats</Button>
              </div>
            </VStack>
          </Form>
        </VStack>
      </section>

      {RATE_KINDS.map((kind) => (
        <RateTable key={kind} kind={kind} rows={rates[kind]} />
      ))}
    </VStack>
  )
}
