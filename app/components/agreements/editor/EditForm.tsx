import { getFormProps, getInputProps, getTextareaProps, useForm, type SubmissionResult } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod'
import { Alert, Button, Checkbox, CheckboxGroup, Heading, Textarea, TextField, VStack } from '@navikt/ds-react'
import { Form } from '~/components/Form'
import { OccupationPicker } from '~/components/occupations/OccupationPicker'
import { AgreementFormSchema, formDefaults } from '~/domain/agreements'
import { ADAPTATION_GROUP_CODES, ADAPTATION_GROUPS } from '~/domain/codes'
import type { OccupationChoice } from '~/domain/vacancies'
import { stringList, stringValue } from '~/utils/forms'
import type { AgreementView } from './types'
import { FormErrors } from '~/components/forms'

/** The agreement's content, edited with optimistic locking (a conflict keeps what was typed). */
export function EditForm({
  a,
  version,
  result,
  conflict,
  occupation,
}: {
  a: AgreementView
  version: number
  result?: SubmissionResult<string[]>
  conflict: boolean
  occupation: OccupationChoice[]
}) {
  const [form, fields] = useForm({
    id: 'rediger-avtale',
    lastResult: result,
    defaultValue: formDefaults(a.content, a.version) as Record<string, string | string[]>,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: AgreementFormSchema }),
    shouldRevalidate: 'onInput',
  })
  const err = (f: { errors?: string[] }) => f.errors?.join(' ')
  const selectedList = stringList(fields.adaptations.value)
  // Positions matter here (date 1, 2, 3): empty entries stay.
  const reviewValue: unknown = fields.reviewDates.value
  const reviewList = Array.isArray(reviewValue) ? reviewValue.map(stringValue) : [stringValue(reviewValue)]
  return (
    <Form method="post" {...getFormProps(form)}>
      <input type="hidden" name="intent" value="edit" />
      <input type="hidden" name="version" value={version} key={`v${version}`} />
      <VStack gap="space-24">
        <Heading level="2" size="medium">
          Avtalens innhold
        </Heading>
        {conflict ? (
          <Alert variant="warning" role="alert" id={form.errorId}>
            {form.errors?.join(' ')}
          </Alert>
        ) : (
          <FormErrors errors={form.errors} id={form.errorId} />
        )}
        {a.approvals.length > 0 ? (
          <Alert variant="info">Avtalen er godkjent av noen. Lagrer du en endring, trekkes alle godkjenningene tilbake.</Alert>
        ) : null}
        <fieldset className="plain-fieldset">
          <legend>
            <Heading level="3" size="small">
              Stilling og lønn
            </Heading>
          </legend>
          <VStack gap="space-16">
            <TextField
              label="Stillingstittel"
              {...getInputProps(fields.jobTitle, { type: 'text' })}
              key={fields.jobTitle.key}
              error={err(fields.jobTitle)}
            />
            <OccupationPicker
              label="Yrke"
              id={fields.styrkCode.id}
              name={fields.styrkCode.name}
              key={fields.styrkCode.key}
              defaultValue={occupation}
              error={err(fields.styrkCode)}
            />
            <TextField
              label="Stillingsprosent"
              {...getInputProps(fields.positionPercent, { type: 'text' })}
              key={fields.positionPercent.key}
              inputMode="numeric"
              htmlSize={6}
              error={err(fields.positionPercent)}
            />
            <TextField
              label="Startdato"
              description="dd.mm.åååå"
              {...getInputProps(fields.startDate, { type: 'text' })}
              key={fields.startDate.key}
              error={err(fields.startDate)}
            />
            <Checkbox {...getInputProps(fields.permanent, { type: 'checkbox' })} key={fields.permanent.key}>
              Fast stilling (ingen sluttdato)
            </Checkbox>
            <TextField
              label="Sluttdato"
              description="dd.mm.åååå. Ikke nødvendig for fast stilling."
              {...getInputProps(fields.endDate, { type: 'text' })}
              key={fields.endDate.key}
              error={err(fields.endDate)}
            />
            <TextField
              label="Månedslønn (kroner)"
              {...getInputProps(fields.monthlyPay, { type: 'text' })}
              key={fields.monthlyPay.key}
              inputMode="numeric"
              htmlSize={12}
              error={err(fields.monthlyPay)}
            />
          </VStack>
        </fieldset>
        <fieldset className="plain-fieldset">
          <legend>
            <Heading level="3" size="small">
              Tilrettelegging
            </Heading>
          </legend>
          <VStack gap="space-16">
            {ADAPTATION_GROUP_CODES.map((g) => (
              <VStack gap="space-8" key={g}>
                <CheckboxGroup
                  legend={ADAPTATION_GROUPS[g].label}
                  name={fields.adaptations.name}
                  defaultValue={selectedList.filter((c) => c.startsWith(`${g}__`))}
                  error={g === 'ARBEIDSTID' ? err(fields.adaptations) : undefined}
                >
                  {Object.entries(ADAPTATION_GROUPS[g].codes).map(([code, label]) => (
                    <Checkbox key={code} value={`${g}__${code}`}>
                      {label}
                    </Checkbox>
                  ))}
                </CheckboxGroup>
                <Textarea
                  label={`Hvordan: ${ADAPTATION_GROUPS[g].label.toLowerCase()}`}
                  name={fields[`adaptationText_${g}`].name}
                  defaultValue={stringValue(fields[`adaptationText_${g}`].initialValue)}
                  error={err(fields[`adaptationText_${g}`])}
                  minRows={2}
                />
              </VStack>
            ))}
          </VStack>
        </fieldset>
        <fieldset className="plain-fieldset">
          <legend>
            <Heading level="3" size="small">
              Oppfølgingsplan
            </Heading>
          </legend>
          <VStack gap="space-16">
            <TextField
              label="Hvor ofte oppfølgingen skjer"
              description="Standard: ukentlig den første måneden, deretter etter avtale."
              {...getInputProps(fields.followUpFrequency, { type: 'text' })}
              key={fields.followUpFrequency.key}
              error={err(fields.followUpFrequency)}
            />
            <Textarea label="Mål for oppfølgingen" {...getTextareaProps(fields.goals)} key={fields.goals.key} error={err(fields.goals)} />
            {[0, 1, 2].map((i) => (
              <TextField
                key={`review-${i}`}
                label={`Evalueringsdato ${i + 1} (valgfritt)`}
                description="dd.mm.åååå"
                name={fields.reviewDates.name}
                defaultValue={reviewList[i] ?? ''}
                error={i === 0 ? err(fields.reviewDates) : undefined}
              />
            ))}
          </VStack>
        </fieldset>
        <fieldset className="plain-fieldset">
          <legend>
            <Heading level="3" size="small">
              Kontaktperson hos arbeidsgiveren
            </Heading>
          </legend>
          <VStack gap="space-16">
            <TextField
              label="Navn"
              {...getInputProps(fields.contactName, { type: 'text' })}
              key={fields.contactName.key}
              error={err(fields.contactName)}
            />
            <TextField
              label="Telefon"
              {...getInputProps(fields.contactPhone, { type: 'tel' })}
              key={fields.contactPhone.key}
              error={err(fields.contactPhone)}
            />
            <TextField
              label="E-post"
              {...getInputProps(fields.contactEmail, { type: 'email' })}
              key={fields.contactEmail.key}
              error={err(fields.contactEmail)}
            />
          </VStack>
        </fieldset>
        <div>
          <Button type="submit">Lagre avtalen</Button>
        </div>
      </VStack>
    </Form>
  )
}
