import { getFormProps, getInputProps, getSelectProps, getTextareaProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod'
import {
  Alert,
  BodyShort,
  Button,
  Checkbox,
  CheckboxGroup,
  Heading,
  HGrid,
  HStack,
  Link as AkselLink,
  Radio,
  RadioGroup,
  Select,
  TextField,
  Textarea,
  VStack,
} from '@navikt/ds-react'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { Form } from '~/components/Form'
import { codeOptions, FieldSelect, FormErrors } from '~/components/forms'
import { useCallback, useEffect, useRef, useState } from 'react'
import { EmployerProfileView } from '~/components/EmployerProfileView'
import { WorkAreaFields } from '~/components/profile/WorkAreaFields'
import { fylkeOptions, kommuneOptions } from '~/services/kommuner.server'
import {
  ADAPTATION_GROUPS,
  ADAPTATION_GROUP_CODES,
  AVAILABILITY,
  AVAILABILITY_CODES,
  DRIVING_LICENCES,
  DRIVING_LICENCE_CODES,
  EDUCATION_LEVELS,
  EDUCATION_LEVEL_CODES,
  EXPERIENCE_LEVELS,
  EXPERIENCE_LEVEL_CODES,
  INCLUSION_TAGS,
  LANGUAGES,
  LANGUAGE_CODES,
} from '~/domain/codes'
import {
  CONSENT_METHOD_LABELS,
  consentMethodLabel,
  livePreviewFromForm,
  ProfileFormSchema,
  PublishingConsentSchema,
  TARGET_GROUP_CODES,
} from '~/domain/profiles'
import { getProfileEditor, saveProfile } from '~/services/profiles/editor.server'
import { recordPublishingConsent, unpublishProfile, withdrawPublishingConsent } from '~/services/profiles/publishing.server'
import { occupationChoicesFor, resolveOccupationField } from '~/services/vacancies.server'
import { OccupationPicker } from '~/components/occupations/OccupationPicker'
import { todayIso } from '~/utils/clock.server'
import { formatDate } from '~/utils/format'
import { requireUserWithRole } from '~/utils/permissions.server'
import { pageFailure, replyToFailure } from '~/utils/result.server'
import { stringList, stringValue } from '~/utils/forms'

export const meta: MetaFunction = () => [{ title: 'Anonymisert profil – Vi inkluderer' }]

const STATUS_LABELS: Record<string, string> = { UTKAST: 'Utkast', PUBLISERT: 'Publisert', AVPUBLISERT: 'Avpublisert' }
const MESSAGES: Record<string, string> = {
  lagret: 'Profilen er lagret.',
  publisert: 'Profilen er publisert. Arbeidsgivere kan nå finne den.',
  avpublisert: 'Profilen er avpublisert. Den vises ikke lenger for arbeidsgivere.',
  samtykke: 'Samtykket til publisering er registrert.',
  trukket: 'Samtykket er trukket tilbake. Profilen vises ikke lenger for arbeidsgivere.',
}
/** Messages that ask for something before the profile can go further (warning, not success). */
const WARNINGS: Record<string, string> = {
  'utkast-mangler-samtykke':
    'Profilen er lagret som utkast, men ikke publisert: personens samtykke til publisering er ikke registrert. Registrer samtykket, og trykk «Lagre og publiser» igjen.',
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUserWithRole(request, ['jobbspesialist', 'admin'])
  const found = getProfileEditor(user, Number(params.id))
  if (!found.ok) throw pageFailure(found)
  const editor = found.value
  const fylker = fylkeOptions()
  const message = new URL(request.url).searchParams.get('melding')
  return {
    ...editor,
    fylker,
    kommuner: kommuneOptions(),
    occupations: occupationChoicesFor(editor.draft.desiredStyrkCodes),
    today: todayIso(),
    message: message && MESSAGES[message] ? MESSAGES[message] : null,
    warning: message && WARNINGS[message] ? WARNINGS[message] : null,
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUserWithRole(request, 'jobbspesialist')
  const id = Number(params.id)
  const formData = await request.formData()
  const intent = String(formData.get('intent') ?? '')
  const back = (melding: string) => redirect(`/jobbspesialist/portefolje/${id}/profil?melding=${melding}`)
  if (intent === 'unpublish') {
    const unpublished = unpublishProfile(user, id)
    if (!unpublished.ok) throw pageFailure(unpublished) // only the guard fails (not_found / forbidden)
    return back('avpublisert')
  }
  if (intent === 'withdraw') {
    const withdrawn = withdrawPublishingConsent(user, id)
    if (!withdrawn.ok) throw pageFailure(withdrawn)
    return back('trukket')
  }
  if (intent === 'consent') {
    const submission = parseWithZod(formData, { schema: PublishingConsentSchema })
    if (submission.status !== 'success') return data({ form: 'consent' as const, result: submission.reply(), notes: [] }, { status: 400 })
    const result = recordPublishingConsent(user, id, submission.value)
    if (!result.ok) return replyToFailure(submission, result, undefined, { form: 'consent' as const, notes: [] })
    return back('samtykke')
  }
  const occupations = resolveOccupationField(formData, 'desiredStyrkCodes')
  const submission = parseWithZod(formData, { schema: ProfileFormSchema })
  if (submission.status !== 'success')
    return data({ form: 'profile' as const, result: submission.reply(), notes: [], occupations }, { status: 400 })
  const { intent: profileIntent, ...draft } = submission.value
  const result = saveProfile(user, id, draft, { publish: profileIntent === 'publish' })
  if (!result.ok) return replyToFailure(submission, result, undefined, { form: 'profile' as const, notes: [], occupations })
  if (result.value.savedAsDraftForConsent) return back('utkast-mangler-samtykke')
  return back(result.value.published ? (profileIntent === 'publish' ? 'publisert' : 'lagret') : 'lagret')
}

const asList = stringList

export default function ProfileEditorPage() {
  const d = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const published = d.profile?.status === 'PUBLISERT'
  const [form, fields] = useForm({
    id: 'profile',
    lastResult: actionData?.form === 'profile' ? actionData.result : undefined,
    defaultValue: {
      ...d.draft,
      skills: d.draft.skills.join(', '),
      workCapacityMin: String(d.draft.workCapacityMin),
      workCapacityMax: String(d.draft.workCapacityMax),
      maxTravelKm: String(d.draft.maxTravelKm),
      confirmWorkArea: undefined,
    } as never, // list fields are string[]; Conform infers them from the preprocessors as unknown
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ProfileFormSchema }),
    shouldValidate: 'onSubmit',
  })
  const [consentForm, consentFields] = useForm({
    id: 'consent',
    lastResult: actionData?.form === 'consent' ? actionData.result : undefined,
    defaultValue: { givenAt: formatDate(d.today) },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: PublishingConsentSchema }),
    shouldValidate: 'onSubmit',
  })
  // The preview follows what is typed (client side); without JavaScript it shows the saved profile.
  const [livePreview, setLivePreview] = useState(d.preview)
  useEffect(() => setLivePreview(d.preview), [d.preview])
  // Occupations chosen in the picker: their titles for the preview (the picker's hidden fields fire no change event).
  const shownOccupations = (actionData?.form === 'profile' ? actionData.occupations : undefined) ?? d.occupations
  const [chosen, setChosen] = useState(shownOccupations)
  const formRef = useRef<HTMLFormElement>(null)
  const updatePreview = useCallback(() => {
    if (!formRef.current) return
    const titles = new Map(chosen.map((o) => [o.value, o.label]))
    setLivePreview(livePreviewFromForm(new FormData(formRef.current), d.preview, (code) => titles.get(code)))
  }, [chosen, d.preview])
  useEffect(updatePreview, [updatePreview])
  const err = (f: { errors?: string[] }) => (f.errors?.length ? f.errors.join(' ') : undefined)
  const languages = asList(fields.languages.initialValue)
  const licences = asList(fields.drivingLicences.initialValue)
  const needs = asList(fields.adaptationNeeds.initialValue)
  const targets = asList(fields.targetGroups.initialValue)
  return (
    <VStack gap="space-32">
      <VStack gap="space-8">
        <BodyShort>
          <AkselLink as={Link} to={`/jobbspesialist/portefolje/${d.candidate.id}`}>
            Tilbake til {d.candidate.firstName} {d.candidate.lastName}
          </AkselLink>
        </BodyShort>
        <Heading level="1" size="large">
          Anonymisert profil for {d.candidate.firstName} {d.candidate.lastName}
        </Heading>
        <BodyShort>
          Status: {d.profile ? STATUS_LABELS[d.profile.status] : 'Ikke påbegynt'}
          {d.profile ? ` · profilkode ${d.profile.code}` : ''}
          {d.profile?.publishedAt && published ? ` · publisert ${formatDate(d.profile.publishedAt)}` : ''}
        </BodyShort>
      </VStack>
      {d.message ? (
        <Alert variant="success" role="status">
          {d.message}
        </Alert>
      ) : null}
      {d.warning ? (
        <Alert variant="warning" role="status">
          {d.warning}
        </Alert>
      ) : null}
      {d.coarseningNotes.length ? (
        <Alert variant="info">
          <Heading level="2" size="xsmall" spacing>
            {published ? 'Profilen er gjort mindre detaljert' : 'Ved publisering blir profilen mindre detaljert'}
          </Heading>
          <BodyShort spacing>For at personen ikke skal kunne kjennes igjen:</BodyShort>
          <ul>
            {d.coarseningNotes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </Alert>
      ) : null}

      <VStack gap="space-16">
        <Heading level="2" size="medium">
          Samtykke til publisering
        </Heading>
        {d.consent ? (
          <HStack gap="space-16" align="center" wrap>
            <BodyShort>
              Samtykke registrert {formatDate(d.consent.givenAt)} ({consentMethodLabel(d.consent.method).toLowerCase()}).
            </BodyShort>
            {d.candidate.isOwner ? (
              <Form method="post">
                <input type="hidden" name="intent" value="withdraw" />
                <Button type="submit" variant="secondary" size="small">
                  Trekk tilbake samtykket
                </Button>
              </Form>
            ) : null}
          </HStack>
        ) : d.candidate.isOwner ? (
          <Form method="post" {...getFormProps(consentForm)} className="form-narrow">
            <input type="hidden" name="intent" value="consent" />
            <VStack gap="space-16">
              <BodyShort>Profilen kan ikke publiseres før personen har samtykket. Registrer hvordan og når samtykket ble gitt.</BodyShort>
              <RadioGroup
                legend="Hvordan ble samtykket gitt?"
                name={consentFields.method.name}
                defaultValue={stringValue(consentFields.method.initialValue) || undefined}
                error={err(consentFields.method)}
              >
                {Object.entries(CONSENT_METHOD_LABELS).map(([code, label]) => (
                  <Radio key={code} value={code}>
                    {label}
                  </Radio>
                ))}
              </RadioGroup>
              <TextField
                label="Dato for samtykket"
                description="dd.mm.åååå"
                {...getInputProps(consentFields.givenAt, { type: 'text' })}
                key={consentFields.givenAt.key}
                error={err(consentFields.givenAt)}
              />
              <div>
                <Button type="submit" variant="secondary">
                  Registrer samtykke
                </Button>
              </div>
            </VStack>
          </Form>
        ) : (
          <BodyShort>Samtykke er ikke registrert.</BodyShort>
        )}
      </VStack>

      <HGrid columns={{ xs: 1, lg: 2 }} gap="space-32" align="start">
        <VStack gap="space-16">
          <Heading level="2" size="medium">
            Profilen
          </Heading>
          <BodyShort>
            Skriv bare det en arbeidsgiver trenger. Ikke skriv navn, fødselsnummer, telefonnummer, e-post eller diagnoser – da kan ikke
            profilen publiseres.
          </BodyShort>
          <Form method="post" {...getFormProps(form)} onChange={updatePreview} ref={formRef}>
            <VStack gap="space-16">
              <FormErrors errors={form.errors} id={form.errorId} />
              <TextField
                label="Overskrift"
                description="For eksempel «Motivert lagermedarbeider med truckførerbevis»"
                {...getInputProps(fields.headline, { type: 'text' })}
                key={fields.headline.key}
                error={err(fields.headline)}
              />
              <Textarea label="Om personen" {...getTextareaProps(fields.summary)} key={fields.summary.key} error={err(fields.summary)} />
              <OccupationPicker
                label="Ønskede yrker (inntil tre)"
                id={fields.desiredStyrkCodes.id}
                name={fields.desiredStyrkCodes.name}
                key={fields.desiredStyrkCodes.key}
                max={3}
                defaultValue={shownOccupations}
                error={err(fields.desiredStyrkCodes)}
                onChange={setChosen}
              />
              <Textarea
                label="Ferdigheter"
                description="Skill med komma"
                {...getTextareaProps(fields.skills)}
                key={fields.skills.key}
                error={err(fields.skills)}
              />
              <FieldSelect
                label="Arbeidserfaring"
                field={fields.experienceLevel}
                empty="Ikke oppgitt"
                options={codeOptions(EXPERIENCE_LEVEL_CODES, EXPERIENCE_LEVELS)}
              />
              <FieldSelect
                label="Utdanningsnivå"
                field={fields.educationLevel}
                empty="Ikke oppgitt"
                options={codeOptions(EDUCATION_LEVEL_CODES, EDUCATION_LEVELS)}
              />
              <CheckboxGroup legend="Språk" defaultValue={languages} key={`${fields.languages.key}-l`} error={err(fields.languages)}>
                <HGrid columns={{ xs: 2, md: 3 }} gap="space-8">
                  {LANGUAGE_CODES.map((c) => (
                    <Checkbox key={c} name={fields.languages.name} value={c}>
                      {LANGUAGES[c]}
                    </Checkbox>
                  ))}
                </HGrid>
              </CheckboxGroup>
              <CheckboxGroup
                legend="Førerkort"
                defaultValue={licences}
                key={`${fields.drivingLicences.key}-d`}
                error={err(fields.drivingLicences)}
              >
                {DRIVING_LICENCE_CODES.map((c) => (
                  <Checkbox key={c} name={fields.drivingLicences.name} value={c}>
                    {DRIVING_LICENCES[c]}
                  </Checkbox>
                ))}
              </CheckboxGroup>
              <HStack gap="space-16">
                <TextField
                  label="Stillingsprosent fra"
                  inputMode="numeric"
                  {...getInputProps(fields.workCapacityMin, { type: 'text' })}
                  key={fields.workCapacityMin.key}
                  error={err(fields.workCapacityMin)}
                />
                <TextField
                  label="Stillingsprosent til"
                  inputMode="numeric"
                  {...getInputProps(fields.workCapacityMax, { type: 'text' })}
                  key={fields.workCapacityMax.key}
                  error={err(fields.workCapacityMax)}
                />
              </HStack>
              <Select
                label="Oppstart"
                {...getSelectProps(fields.availability)}
                key={fields.availability.key}
                error={err(fields.availability)}
              >
                {AVAILABILITY_CODES.map((c) => (
                  <option key={c} value={c}>
                    {AVAILABILITY[c]}
                  </option>
                ))}
              </Select>
              <WorkAreaFields
                fields={fields}
                key={`${fields.workKommuner.key}-${d.draft.workKommuner.join()}-${d.draft.workFylker.join()}-${d.draft.maxTravelKm}`}
                values={
                  // After a refused save: what was typed. Otherwise the saved area (Conform keeps its first values across redirects).
                  actionData?.form === 'profile'
                    ? {
                        workAreaMode: String(fields.workAreaMode.initialValue ?? d.draft.workAreaMode),
                        workKommuner: asList(fields.workKommuner.initialValue),
                        workFylker: asList(fields.workFylker.initialValue),
                        maxTravelKm: Number(fields.maxTravelKm.initialValue ?? d.draft.maxTravelKm),
                      }
                    : d.draft
                }
                kommuner={d.kommuner}
                fylker={d.fylker}
                needsConfirmation={d.workAreaNeedsConfirmation}
              />
              <VStack gap="space-8">
                <Heading level="3" size="xsmall">
                  Behov for tilrettelegging
                </Heading>
                <BodyShort size="small">Velg NAVs kategorier. Skriv aldri diagnoser.</BodyShort>
                {ADAPTATION_GROUP_CODES.map((group) => (
                  <CheckboxGroup
                    key={`${fields.adaptationNeeds.key}-${group}`}
                    legend={ADAPTATION_GROUPS[group].label}
                    defaultValue={needs.filter((n) => n === group || n.startsWith(`${group}__`))}
                    error={group === ADAPTATION_GROUP_CODES[0] ? err(fields.adaptationNeeds) : undefined}
                  >
                    {Object.entries(ADAPTATION_GROUPS[group].codes).map(([code, label]) => (
                      <Checkbox key={code} name={fields.adaptationNeeds.name} value={`${group}__${code}`}>
                        {label}
                      </Checkbox>
                    ))}
                  </CheckboxGroup>
                ))}
              </VStack>
              <CheckboxGroup
                legend="Prioriterte målgrupper som kan vises"
                defaultValue={targets}
                key={`${fields.targetGroups.key}-t`}
                error={err(fields.targetGroups)}
              >
                {TARGET_GROUP_CODES.map((c) => (
                  <Checkbox key={c} name={fields.targetGroups.name} value={c}>
                    {INCLUSION_TAGS[c]}
                  </Checkbox>
                ))}
              </CheckboxGroup>
              {d.candidate.isOwner ? (
                <HStack gap="space-16">
                  {published ? (
                    <Button type="submit" name="intent" value="save">
                      Lagre endringer
                    </Button>
                  ) : (
                    <>
                      <Button type="submit" name="intent" value="publish">
                        Lagre og publiser
                      </Button>
                      <Button type="submit" name="intent" value="save" variant="secondary">
                        Lagre utkast
                      </Button>
                    </>
                  )}
                </HStack>
              ) : null}
            </VStack>
          </Form>
          {published && d.candidate.isOwner ? (
            <Form method="post">
              <input type="hidden" name="intent" value="unpublish" />
              <Button type="submit" variant="danger">
                Avpubliser profilen
              </Button>
            </Form>
          ) : null}
        </VStack>
        <section aria-labelledby="forhandsvisning" className="profile-preview">
          <VStack gap="space-16">
            <Heading level="2" size="medium" id="forhandsvisning">
              Slik ser arbeidsgivere profilen
            </Heading>
            <BodyShort size="small">
              Forhåndsvisningen følger det du skriver. Alder og fylke vises slik de blir etter anonymiseringen. Ingenting er lagret før du
              trykker på en av knappene.
            </BodyShort>
            <EmployerProfileView profile={livePreview} headingLevel="3" />
          </VStack>
        </section>
      </HGrid>
    </VStack>
  )
}
