import { getFormProps, getInputProps, getTextareaProps, useForm, type SubmissionResult } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod'
import { BodyShort, Button, Checkbox, Heading, List, Select, Table, Textarea, TextField, VStack } from '@navikt/ds-react'
import { Form } from '~/components/Form'
import { FollowUpDate } from '~/components/agreements/FollowUpDate'
import { FOLLOW_UP_KIND_LABELS, FOLLOW_UP_WITH_LABELS, healthWarning, isClosed, nbDate } from '~/domain/agreements'
import { followUpSchema, planFollowUpSchema } from '~/domain/agreements/inputs'
import { IdempotencyKeyField } from '~/components/layout/IdempotencyKeyField'
import { formatDate } from '~/utils/format'
import { stringValue } from '~/utils/forms'
import type { AgreementView } from './types'
import { FormErrors } from '~/components/forms'

/** The follow-up log and planned follow-ups on the jobbspesialist's agreement page. */
export function FollowUpSection({
  a,
  today,
  suggestedNext,
  result,
  warning,
  planResult,
  idempotencyKey,
}: {
  a: AgreementView & {
    contacts: Array<{ id: number; kind: string; withWhom: string; date: string; note: string }>
    planned: Array<{ id: number; date: string; done: boolean; overdue: boolean }>
  }
  today: string
  suggestedNext: string
  result?: SubmissionResult<string[]>
  warning: boolean
  planResult?: SubmissionResult<string[]>
  idempotencyKey: string
}) {
  const [form, fields] = useForm({
    id: 'logg-kontakt',
    lastResult: result,
    defaultValue: { date: nbDate(today), nextDate: nbDate(suggestedNext) },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: followUpSchema({ today }) }),
  })
  const [plan, planFields] = useForm({
    id: 'planlegg',
    lastResult: planResult,
    defaultValue: { planDate: nbDate(suggestedNext) },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: planFollowUpSchema({ today }) }),
  })
  const err = (f: { errors?: string[] }) => f.errors?.join(' ')
  const active = a.status !== 'ANNULLERT'
  return (
    <VStack gap="space-16">
      <Heading level="2" size="medium">
        Oppfølging
      </Heading>
      <Heading level="3" size="small">
        Planlagte oppfølginger
      </Heading>
      {a.planned.filter((p) => !p.done).length === 0 ? (
        <BodyShort>Ingen planlagte oppfølginger.</BodyShort>
      ) : (
        <List data-testid="planned">
          {a.planned
            .filter((p) => !p.done)
            .map((p) => (
              <List.Item key={p.id}>
                <FollowUpDate date={p.date} today={today} />
                {p.overdue ? ' ikke logget' : ''}
              </List.Item>
            ))}
        </List>
      )}
      {active ? (
        <Form method="post" {...getFormProps(form)}>
          <input type="hidden" name="intent" value="followUp" />
          <IdempotencyKeyField value={idempotencyKey} />
          <VStack gap="space-16">
            <Heading level="3" size="small">
              Logg en kontakt
            </Heading>
            <FormErrors errors={form.errors} id={form.errorId} />
            <Select label="Type kontakt" {...getInputProps(fields.kind, { type: 'text' })} key={fields.kind.key} error={err(fields.kind)}>
              <option value="">Velg type</option>
              {Object.entries(FOLLOW_UP_KIND_LABELS).map(([code, label]) => (
                <option key={code} value={code}>
                  {label}
                </option>
              ))}
            </Select>
            <Select
              label="Med hvem"
              {...getInputProps(fields.withWhom, { type: 'text' })}
              key={fields.withWhom.key}
              error={err(fields.withWhom)}
            >
              <option value="">Velg hvem</option>
              {Object.entries(FOLLOW_UP_WITH_LABELS).map(([code, label]) => (
                <option key={code} value={code}>
                  {label}
                </option>
              ))}
            </Select>
            <TextField
              label="Dato for kontakten"
              description="dd.mm.åååå"
              {...getInputProps(fields.date, { type: 'text' })}
              key={fields.date.key}
              error={err(fields.date)}
            />
            <Textarea
              label="Kort notat"
              description="Skriv bare det som trengs for oppfølgingen i jobben – ikke diagnoser eller helseopplysninger."
              {...getTextareaProps(fields.note)}
              key={fields.note.key}
              error={err(fields.note)}
            />
            {warning || healthWarning(stringValue(fields.note.value)) ? (
              <Checkbox name={fields.confirmHealth.name}>Teksten er riktig og nødvendig – lagre likevel</Checkbox>
            ) : null}
            <TextField
              label="Neste oppfølging (valgfritt)"
              description="dd.mm.åååå. Ukentlig den første måneden, deretter etter avtale."
              {...getInputProps(fields.nextDate, { type: 'text' })}
              key={fields.nextDate.key}
              error={err(fields.nextDate)}
            />
            <div>
              <Button type="submit">Logg kontakten</Button>
            </div>
          </VStack>
        </Form>
      ) : null}
      {active && !isClosed(a.status) ? (
        <Form method="post" {...getFormProps(plan)}>
          <input type="hidden" name="intent" value="plan" />
          <IdempotencyKeyField value={idempotencyKey} />
          <VStack gap="space-8">
            <FormErrors errors={plan.errors} id={plan.errorId} />
            <TextField
              label="Planlegg en oppfølging"
              description="dd.mm.åååå"
              {...getInputProps(planFields.planDate, { type: 'text' })}
              key={planFields.planDate.key}
              error={err(planFields.planDate)}
            />
            <div>
              <Button type="submit" variant="secondary">
                Planlegg
              </Button>
            </div>
          </VStack>
        </Form>
      ) : null}
      <Heading level="3" size="small">
        Logg
      </Heading>
      {a.contacts.length === 0 ? (
        <BodyShort>Ingen kontakter logget ennå.</BodyShort>
      ) : (
        <Table size="small" data-testid="follow-up-log" className="stack-on-phone">
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">Dato</Table.HeaderCell>
              <Table.HeaderCell scope="col">Type</Table.HeaderCell>
              <Table.HeaderCell scope="col">Med</Table.HeaderCell>
              <Table.HeaderCell scope="col">Notat</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {a.contacts.map((c) => (
              <Table.Row key={c.id}>
                <Table.DataCell>{formatDate(c.date)}</Table.DataCell>
                <Table.DataCell data-label="Type">{FOLLOW_UP_KIND_LABELS[c.kind]}</Table.DataCell>
                <Table.DataCell data-label="Med">{FOLLOW_UP_WITH_LABELS[c.withWhom]}</Table.DataCell>
                <Table.DataCell data-label="Notat">{c.note}</Table.DataCell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </VStack>
  )
}
