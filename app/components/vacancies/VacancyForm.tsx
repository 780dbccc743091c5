import { useForm, type SubmissionResult } from '@conform-to/react'
import {
  Alert,
  Button,
  Checkbox,
  CheckboxGroup,
  ErrorSummary,
  Heading,
  HGrid,
  HStack,
  Link as AkselLink,
  Radio,
  RadioGroup,
  Select,
  Textarea,
  TextField,
  VStack,
} from '@navikt/ds-react'
import { Link } from '@remix-run/react'
import { Form } from '~/components/Form'
import { IdempotencyKeyField } from '~/components/layout/IdempotencyKeyField'
import { CONTRACT_TYPE_CODES, CONTRACT_TYPES, DRIVING_LICENCE_CODES, DRIVING_LICENCES, LANGUAGE_CODES, LANGUAGES } from '~/domain/codes'
import { OccupationPicker } from '~/components/occupations/OccupationPicker'
import type { OccupationChoice } from '~/domain/vacancies'

export type VacancyFormOptions = {
  kommuneGroups: Array<{ fylkeName: string; kommuner: Array<{ kommunenummer: string; name: string }> }>
  inclusionTagGroups: Array<{ code: string; label: string; tags: Array<{ code: string; label: string }> }>
  defaultKommunenummer: string
}

export type VacancyFormValues = Partial<Record<string, string | string[]>>

/** The form's fields in page order (for the error summary at the top). */
const FIELD_ORDER = [
  'title',
  'occupation',
  'description',
  'kommunenummer',
  'positionPercent',
  'contractType',
  'startMode',
  'startDate',
  'applicationDeadline',
  'yearlySalary',
  'requiredSkills',
  'desiredSkills',
  'drivingLicence',
  'languages',
  'inclusionTags',
] as const

const asArray = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : typeof value === 'string' && value ? [value] : [])
const asString = (value: unknown): string => (typeof value === 'string' ? value : '')

/**
 * The one vacancy form (new and edit). Works without JavaScript: the server
 * validates and sends back the submitted values with bokmål messages per field.
 */
export function VacancyForm({
  options,
  occupation,
  lastResult,
  defaultValue,
  submitLabel,
  cancelTo,
  idempotencyKey,
}: {
  options: VacancyFormOptions
  /** The occupation to show: saved, or as submitted (occupationChoicesFor). */
  occupation: OccupationChoice[]
  lastResult: SubmissionResult<string[]> | undefined
  defaultValue: VacancyFormValues
  submitLabel: string
  cancelTo: string
  /** New vacancies only: a second submit of this form opens the first vacancy instead of making another. */
  idempotencyKey?: string
}) {
  const [form, fields] = useForm({ lastResult, defaultValue, shouldValidate: 'onSubmit' })
  const err = (name: keyof typeof fields) => fields[name].errors?.join(' ')
  const val = (name: keyof typeof fields) => asString(fields[name].initialValue)
  const startMode = val('startMode') || 'SNAREST'
  const errorItems = FIELD_ORDER.flatMap((name) => (fields[name].errors ?? []).map((message) => ({ name, message })))
  return (
    <Form method="post" id={form.id} onSubmit={form.onSubmit} noValidate>
      <VStack gap="space-24">
        {errorItems.length > 0 ? (
          <ErrorSummary heading="Rett opp dette før du lagrer:">
            {errorItems.map((e) => (
              <ErrorSummary.Item key={`${e.name}-${e.message}`} href={`#felt-${e.name}`}>
                {e.message}
              </ErrorSummary.Item>
            ))}
          </ErrorSummary>
        ) : null}
        {form.errors?.length ? (
          <Alert variant="error" role="alert">
            {form.errors.join(' ')}
          </Alert>
        ) : null}
        {fields.version.initialValue ? <input type="hidden" name="version" value={val('version')} /> : null}
        {idempotencyKey ? <IdempotencyKeyField value={idempotencyKey} /> : null}
        <VStack gap="space-16" className="form-narrow">
          <TextField
            label="Tittel på stillingen"
            id="felt-title"
            name={fields.title.name}
            key={fields.title.key}
            defaultValue={val('title')}
            error={err('title')}
          />
          <OccupationPicker
            label="Yrke"
            id="felt-occupation"
            name={fields.occupation.name}
            key={fields.occupation.key}
            defaultValue={occupation}
            error={err('occupation')}
          />
          <Textarea
            label="Beskrivelse"
            description="Hva går jobben ut på, og hvordan er arbeidsplassen?"
            id="felt-description"
            name={fields.description.name}
            key={fields.description.key}
            defaultValue={val('description')}
            error={err('description')}
            minRows={5}
          />
          <Select
            label="Kommune (arbeidssted)"
            id="felt-kommunenummer"
            name={fields.kommunenummer.name}
            key={fields.kommunenummer.key}
            defaultValue={val('kommunenummer') || options.defaultKommunenummer}
            error={err('kommunenummer')}
          >
            <option value="">Velg kommune</option>
            {options.kommuneGroups.map((g) => (
              <optgroup key={g.fylkeName} label={g.fylkeName}>
                {g.kommuner.map((k) => (
                  <option key={k.kommunenummer} value={k.kommunenummer}>
                    {k.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </Select>
          <TextField
            label="Stillingsprosent"
            description="Et helt tall fra 1 til 100."
            inputMode="numeric"
            htmlSize={6}
            id="felt-positionPercent"
            name={fields.positionPercent.name}
            key={fields.positionPercent.key}
            defaultValue={val('positionPercent')}
            error={err('positionPercent')}
          />
          <RadioGroup
            legend="Ansettelsesform"
            id="felt-contractType"
            name={fields.contractType.name}
            key={fields.contractType.key}
            defaultValue={val('contractType') || undefined}
            error={err('contractType')}
          >
            {CONTRACT_TYPE_CODES.map((c) => (
              <Radio key={c} value={c}>
                {CONTRACT_TYPES[c]}
              </Radio>
            ))}
          </RadioGroup>
          <RadioGroup
            legend="Oppstart"
            id="felt-startMode"
            name={fields.startMode.name}
            key={fields.startMode.key}
            defaultValue={startMode}
            error={err('startMode')}
          >
            <Radio value="SNAREST">Snarest</Radio>
            <Radio value="DATO">Fra en bestemt dato</Radio>
          </RadioGroup>
          <TextField
            label="Startdato"
            description="Fyll ut hvis du valgte «Fra en bestemt dato». Skriv datoen som dd.mm.åååå."
            htmlSize={12}
            id="felt-startDate"
            name={fields.startDate.name}
            key={fields.startDate.key}
            defaultValue={val('startDate')}
            error={err('startDate')}
          />
          <TextField
            label="Søknadsfrist (valgfritt)"
            description="Skriv datoen som dd.mm.åååå. Kan ikke være før i dag."
            htmlSize={12}
            id="felt-applicationDeadline"
            name={fields.applicationDeadline.name}
            key={fields.applicationDeadline.key}
            defaultValue={val('applicationDeadline')}
            error={err('applicationDeadline')}
          />
          <TextField
            label="Årslønn i kroner for 100 % stilling (valgfritt)"
            description="Brukes til å regne ut tilskudd i tilskuddskalkulatoren. For eksempel 450 000."
            inputMode="numeric"
            id="felt-yearlySalary"
            name={fields.yearlySalary.name}
            key={fields.yearlySalary.key}
            defaultValue={val('yearlySalary')}
            error={err('yearlySalary')}
          />
          <Textarea
            label="Krav til kompetanse (valgfritt)"
            description="Skill med komma eller skriv ett punkt per linje."
            id="felt-requiredSkills"
            name={fields.requiredSkills.name}
            key={fields.requiredSkills.key}
            defaultValue={val('requiredSkills')}
            error={err('requiredSkills')}
            minRows={2}
          />
          <Textarea
            label="Ønsket kompetanse (valgfritt)"
            description="Skill med komma eller skriv ett punkt per linje."
            id="felt-desiredSkills"
            name={fields.desiredSkills.name}
            key={fields.desiredSkills.key}
            defaultValue={val('desiredSkills')}
            error={err('desiredSkills')}
            minRows={2}
          />
          <Select
            label="Førerkort"
            id="felt-drivingLicence"
            name={fields.drivingLicence.name}
            key={fields.drivingLicence.key}
            defaultValue={val('drivingLicence')}
            error={err('drivingLicence')}
          >
            <option value="">Ikke krav om førerkort</option>
            {DRIVING_LICENCE_CODES.map((c) => (
              <option key={c} value={c}>
                {DRIVING_LICENCES[c]}
              </option>
            ))}
          </Select>
        </VStack>
        <CheckboxGroup
          legend="Språkkrav (valgfritt)"
          id="felt-languages"
          key={fields.languages.key}
          defaultValue={asArray(fields.languages.initialValue)}
          error={err('languages')}
        >
          <HGrid columns={{ xs: 1, sm: 2, md: 3 }} gap="space-8">
            {LANGUAGE_CODES.map((c) => (
              <Checkbox key={c} name={fields.languages.name} value={c}>
                {LANGUAGES[c]}
              </Checkbox>
            ))}
          </HGrid>
        </CheckboxGroup>
        <VStack gap="space-16" id="felt-inclusionTags">
          <Heading level="2" size="medium">
            Inkludering
          </Heading>
          {err('inclusionTags') ? (
            <Alert variant="error" size="small">
              {err('inclusionTags')}
            </Alert>
          ) : null}
          {options.inclusionTagGroups.map((g) => (
            <CheckboxGroup
              key={`${g.code}-${fields.inclusionTags.key}`}
              legend={g.label}
              defaultValue={asArray(fields.inclusionTags.initialValue)}
            >
              {g.tags.map((t) => (
                <Checkbox key={t.code} name={fields.inclusionTags.name} value={t.code}>
                  {t.label}
                </Checkbox>
              ))}
            </CheckboxGroup>
          ))}
        </VStack>
        <HStack gap="space-16" align="center">
          <Button type="submit">{submitLabel}</Button>
          <AkselLink as={Link} to={cancelTo}>
            Avbryt
          </AkselLink>
        </HStack>
      </VStack>
    </Form>
  )
}
