import { getFormProps, getInputProps, useForm, type SubmissionResult } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod'
import { BodyShort, Button, Heading, HStack, Link as AkselLink, Select, Table, TextField, VStack } from '@navikt/ds-react'
import { Form } from '~/components/Form'
import { SCHEME_LABELS, SCHEMES } from '~/domain/subsidies'
import { AttachSchemeSchema } from '~/domain/agreements/inputs'
import { formatDate, formatDateTime, formatKroner, formatPercent } from '~/utils/format'
import type { AgreementView } from './types'
import { FormErrors } from '~/components/forms'

/** Schemes attached to the agreement with their saved calculations, and attaching one. */
export function SchemeSection({
  a,
  version,
  editable,
  result,
}: {
  a: AgreementView
  version: number
  editable: boolean
  result?: SubmissionResult<string[]>
}) {
  const [form, fields] = useForm({
    id: 'legg-ved-ordning',
    lastResult: result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: AttachSchemeSchema }),
  })
  const err = (f: { errors?: string[] }) => f.errors?.join(' ')
  return (
    <VStack gap="space-16">
      <Heading level="2" size="medium">
        Ordninger og beregninger
      </Heading>
      <BodyShort>
        <AkselLink href={`/hvilke-ordninger-passer?avtale=${a.id}`}>Sammenlign hvilke ordninger som passer</AkselLink>
      </BodyShort>
      {a.schemes.length === 0 ? (
        <BodyShort>Ingen ordninger lagt ved ennå.</BodyShort>
      ) : (
        <Table size="small" data-testid="schemes">
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">Ordning</Table.HeaderCell>
              <Table.HeaderCell scope="col">Beregnet</Table.HeaderCell>
              <Table.HeaderCell scope="col" align="right">
                Tilskudd i perioden
              </Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {a.schemes.map((s) => (
              <Table.Row key={s.id}>
                <Table.DataCell>{SCHEME_LABELS[s.scheme]}</Table.DataCell>
                <Table.DataCell>{formatDateTime(s.calculatedAt)}</Table.DataCell>
                <Table.DataCell align="right">{formatKroner(s.total)}</Table.DataCell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      {a.schemes.map((s) => (
        <details key={s.id}>
          <summary>
            Vis beregningen: {SCHEME_LABELS[s.scheme]} ({formatDateTime(s.calculatedAt)})
          </summary>
          <VStack gap="space-8">
            {(s.result.notes ?? []).map((n, i) => (
              <BodyShort key={`n${i}`}>{n}</BodyShort>
            ))}
            {(s.result.warnings ?? []).map((w, i) => (
              <BodyShort key={`w${i}`}>Merk: {w}</BodyShort>
            ))}
            {s.result.periods?.length ? (
              <Table size="small">
                <Table.Header>
                  <Table.Row>
                    <Table.HeaderCell scope="col">Fra</Table.HeaderCell>
                    <Table.HeaderCell scope="col">Til</Table.HeaderCell>
                    <Table.HeaderCell scope="col" align="right">
                      Prosent
                    </Table.HeaderCell>
                    <Table.HeaderCell scope="col" align="right">
                      Beløp
                    </Table.HeaderCell>
                  </Table.Row>
                </Table.Header>
                <Table.Body>
                  {s.result.periods.map((p, i) => (
                    <Table.Row key={i}>
                      <Table.DataCell>{formatDate(p.from)}</Table.DataCell>
                      <Table.DataCell>{formatDate(p.to)}</Table.DataCell>
                      <Table.DataCell align="right">{p.percent === null ? 'Fast beløp' : formatPercent(p.percent)}</Table.DataCell>
                      <Table.DataCell align="right">{formatKroner(p.amount)}</Table.DataCell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            ) : null}
          </VStack>
        </details>
      ))}
      {editable ? (
        <Form method="post" {...getFormProps(form)}>
          <input type="hidden" name="intent" value="scheme" />
          <input type="hidden" name="version" value={version} />
          <VStack gap="space-16">
            <BodyShort>
              Kalkulatoren bruker avtalens datoer og månedslønn, deltakerens innsatsgruppe og arbeidsgiverens kommune. Innsatsgruppen vises
              ikke for arbeidsgiveren.
            </BodyShort>
            <FormErrors errors={form.errors} id={form.errorId} />
            <Select label="Ordning" {...getInputProps(fields.scheme, { type: 'text' })} key={fields.scheme.key} error={err(fields.scheme)}>
              <option value="">Velg ordning</option>
              {SCHEMES.map((s) => (
                <option key={s} value={s}>
                  {SCHEME_LABELS[s]}
                </option>
              ))}
            </Select>
            <TextField
              label="Sluttdato for beregningen (valgfritt)"
              description="dd.mm.åååå. Bruk denne for fast stilling eller en kortere tilskuddsperiode."
              {...getInputProps(fields.endDate, { type: 'text' })}
              key={fields.endDate.key}
              error={err(fields.endDate)}
            />
            <TextField
              label="Tilskuddsprosent (varig lønnstilskudd)"
              {...getInputProps(fields.subsidyPercent, { type: 'text' })}
              key={fields.subsidyPercent.key}
              inputMode="decimal"
              htmlSize={6}
              error={err(fields.subsidyPercent)}
            />
            <HStack gap="space-16">
              <TextField
                label="Timelønn for mentor (kroner)"
                {...getInputProps(fields.hourlyWage, { type: 'text' })}
                key={fields.hourlyWage.key}
                inputMode="numeric"
                htmlSize={8}
                error={err(fields.hourlyWage)}
              />
              <TextField
                label="Mentortimer per måned"
                {...getInputProps(fields.hoursPerMonth, { type: 'text' })}
                key={fields.hoursPerMonth.key}
                inputMode="numeric"
                htmlSize={6}
                error={err(fields.hoursPerMonth)}
              />
            </HStack>
            <TextField
              label="Utgifter til tilrettelegging (inkluderingstilskudd, kroner)"
              {...getInputProps(fields.expenseAmount, { type: 'text' })}
              key={fields.expenseAmount.key}
              inputMode="numeric"
              htmlSize={10}
              error={err(fields.expenseAmount)}
            />
            <div>
              <Button type="submit" variant="secondary">
                Beregn og legg ved
              </Button>
            </div>
          </VStack>
        </Form>
      ) : null}
    </VStack>
  )
}
