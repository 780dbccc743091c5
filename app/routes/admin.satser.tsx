import { getFormProps, getInputProps, getSelectProps, getTextareaProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod'
import { Alert, BodyLong, Button, Heading, HGrid, Select, Table, Textarea, TextField, VStack } from '@navikt/ds-react'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { Form } from '~/components/Form'
import { z } from 'zod'
import { AGA_ZONES } from '@db/schema'
import { normaliseDate, RATE_KINDS, type RateKind } from '~/domain/subsidies'
import { ISO_DATE_PATTERN } from '~/domain/dates'
import { addRate, listRates, type RateRow } from '~/services/subsidies.server'
import { requireUserWithRole } from '~/utils/permissions.server'
import { formatDate, formatDateTime, formatKroner, formatNumber } from '~/utils/format'
import { messages } from '~/utils/forms'
import { Completed, completed, idempotentSubmission, newIdempotencyKey, once, ownerOfUser } from '~/services/idempotency.server'
import { IdempotencyKeyField } from '~/components/layout/IdempotencyKeyField'

export const meta: MetaFunction = () => [{ title: 'Satser for tilskuddskalkulatoren – Vi inkluderer' }]

const KIND_LABELS: Record<RateKind, string> = {
  GRUNNBELOP: 'Grunnbeløp (G)',
  INKLUDERINGSTILSKUDD_MAKS: 'Inkluderingstilskudd – maksimumsbeløp per år',
  VTAO_MANEDSBELOP: 'VTAO – fast månedsbeløp per år',
  ARBEIDSGIVERAVGIFT: 'Arbeidsgiveravgift per sone',
}

const RateSchema = z.object({
  kind: z.enum(RATE_KINDS, { errorMap: () => ({ message: 'Velg hvilken sats du legger inn.' }) }),
  zone: z.enum(AGA_ZONES).optional(),
  validFrom: z.string({ required_error: messages.required }),
  value: z.number({ required_error: messages.required, invalid_type_error: 'Skriv et tall.' }),
  source: z.string({ required_error: 'Oppgi kilden (for eksempel nettside eller vedtak).' }),
})

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUserWithRole(request, 'admin')
  const saved = new URL(request.url).searchParams.get('lagret')
  return { rates: listRates(), savedFrom: saved && ISO_DATE_PATTERN.test(saved) ? saved : null, idempotencyKey: newIdempotencyKey() }
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUserWithRole(request, 'admin')
  const formData = await request.formData()
  // Accept «14,1» as well as «14.1».
  const value = formData.get('value')
  if (typeof value === 'string') formData.set('value', value.replace(/\s/g, '').replace(',', '.'))
  const submission = parseWithZod(formData, { schema: RateSchema })
  if (submission.status !== 'success') {
    return data({ result: submission.reply(), saved: null }, { status: 422 })
  }
  const input = submission.value
  const validFrom = normaliseDate(input.validFrom) ?? input.validFrom
  // Back to the page (a reload does not send again); a double click adds the rate once.
  const outcome = once(idempotentSubmission(formData, ownerOfUser(user), 'rate.add'), () => {
    const added = addRate({ id: user.id, role: user.role, organisationId: user.organisationId }, { ...input, validFrom })
    return added.ok ? completed(`/admin/satser?lagret=${validFrom}`) : added
  })
  if (outcome instanceof Completed) return redirect(outcome.location)
  const fieldErrors: Record<string, string[]> = {}
  for (const e of outcome.errors) (fieldErrors[e.field] ??= []).push(e.message)
  return data({ result: submission.reply({ fieldErrors }), saved: null }, { status: 422 })
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
    onValidate: ({ formData }) => parseWithZod(formData, { schema: RateSchema }),
    shouldRevalidate: 'onInput',
  })
  return (
    <VStack gap="space-32">
      <VStack gap="space-8">
        <Heading level="1" size="large">
          Satser for tilskuddskalkulatoren
        </Heading>
        <BodyLong>
          Satsene gjelder fra datoen de er registrert med, til neste sats tar over. Satser endres aldri; legg inn en ny
          rad med kilde når en sats endres. Kalkulatoren bruker den nye satsen med en gang.
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
              <Select
                label="Hvilken sats"
                {...getSelectProps(fields.kind)}
                key={fields.kind.key}
                error={fields.kind.errors?.join(' ')}
              >
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
