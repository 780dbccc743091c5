import { getFormProps, getInputProps, getTextareaProps, useForm, type SubmissionResult } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod'
import {
  Alert,
  BodyShort,
  Box,
  Button,
  Checkbox,
  CheckboxGroup,
  Heading,
  List,
  HStack,
  Link as AkselLink,
  Radio,
  RadioGroup,
  Select,
  Table,
  Textarea,
  TextField,
  VStack,
} from '@navikt/ds-react'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData, useSearchParams } from '@remix-run/react'
import { Form } from '~/components/Form'
import { z } from 'zod'
import { AgreementStatusTag, AgreementSummary, ApprovalList } from '~/components/agreements/AgreementSummary'
import { FollowUpDate } from '~/components/agreements/FollowUpDate'
import { OccupationPicker } from '~/components/occupations/OccupationPicker'
import {
  AgreementFormSchema,
  CHANGE_KINDS,
  CHANGE_SECTIONS,
  contentFromForm,
  FOLLOW_UP_KIND_LABELS,
  FOLLOW_UP_WITH_LABELS,
  formDefaults,
  healthWarning,
  isClosed,
  isEditable,
  nbDate,
  REQUIRED_FIELD_LABELS,
  suggestNextFollowUp,
} from '~/domain/agreements'
import { ADAPTATION_GROUP_CODES, ADAPTATION_GROUPS } from '~/domain/codes'
import { SCHEME_LABELS, SCHEMES } from '~/domain/subsidies'
import { ApproveAgreementSchema, AttachSchemeSchema, CancelAgreementSchema, followUpSchema, PersonApprovalSchema, planFollowUpSchema } from '~/domain/agreements/inputs'
import { approveAsJobbspesialist, recordPersonApproval, sendPersonApprovalLink } from '~/services/agreements/approvals.server'
import { attachScheme, cancelAgreement, updateAgreement } from '~/services/agreements/commands.server'
import { logFollowUp, planFollowUp } from '~/services/agreements/follow-up.server'
import { getAgreementForJobbspesialist } from '~/services/agreements/queries.server'
import { requireOwnedAgreement } from '~/services/agreements/shared.server'
import { fail, messageOf, type Failure } from '~/utils/result'
import { pageFailure, replyToFailure, statusOf } from '~/utils/result.server'
import type { OccupationChoice } from '~/domain/vacancies'
import { Completed, completed, idempotentSubmission, newIdempotencyKey, once, ownerOfUser } from '~/services/idempotency.server'
import { IdempotencyKeyField } from '~/components/layout/IdempotencyKeyField'
import { occupationChoicesFor, resolveOccupationField } from '~/services/vacancies.server'
import { todayIso } from '~/utils/clock.server'
import { formatDate, formatDateTime, formatKroner, formatPercent } from '~/utils/format'
import { notFound, requireUserWithRole } from '~/utils/permissions.server'
import { stringList, stringValue } from '~/utils/forms'

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Oppfølgingsavtale nr. ${data?.agreement.id ?? ''} – Vi inkluderer` },
]

const EditSchema = AgreementFormSchema.and(z.object({ intent: z.literal('edit') }))

function agreementId(params: { id?: string }): number {
  const id = Number(params.id)
  if (!Number.isInteger(id) || id <= 0) throw notFound('Fant ikke avtalen')
  return id
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUserWithRole(request, 'jobbspesialist')
  const found = getAgreementForJobbspesialist(user, agreementId(params))
  if (!found.ok) throw pageFailure(found)
  const agreement = found.value
  const today = todayIso()
  const lastContact = agreement.contacts[0]?.date ?? today
  return {
    agreement,
    today,
    suggestedNext: suggestNextFollowUp(agreement.content.startDate, lastContact, today),
    idempotencyKey: newIdempotencyKey(),
    occupation: occupationChoicesFor(agreement.content.styrkCode ? [agreement.content.styrkCode] : []),
  }
}

type Intent = 'edit' | 'scheme' | 'followUp' | 'plan' | 'cancel' | 'personApproval' | 'sendLink' | 'approve'
type ActionData = {
  intent: Intent
  result?: SubmissionResult<string[]>
  message?: string
  currentVersion?: number
  warning?: boolean
  /** The occupation as submitted, for the picker when the form comes back. */
  occupation?: OccupationChoice[]
}

function reply(intent: Intent, result: SubmissionResult<string[]>, status: number, extra: Partial<ActionData> = {}) {
  return data<ActionData>({ intent, result, ...extra }, { status })
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUserWithRole(request, 'jobbspesialist')
  const id = agreementId(params)
  const formData = await request.formData()
  const intent = String(formData.get('intent') ?? '') as Intent
  const back = (saved: string) => redirect(`/jobbspesialist/avtaler/${id}?lagret=${saved}`)
  // After a conflict the form keeps what was typed and takes the version now saved, so saving again works.
  const currentVersion = (failure: Failure) => {
    if (failure.kind !== 'conflict') return undefined
    const now = requireOwnedAgreement(user, id)
    return now.ok ? now.value.version : undefined
  }
  const today = todayIso()

  switch (intent) {
    case 'edit': {
      const occupation = resolveOccupationField(formData, 'styrkCode')
      const submission = parseWithZod(formData, { schema: EditSchema })
      if (submission.status !== 'success') return reply('edit', submission.reply(), 400, { occupation })
      const r = updateAgreement(user, id, submission.value.version, contentFromForm(submission.value))
      if (!r.ok) return replyToFailure(submission, r, ['styrkCode'], { intent, currentVersion: currentVersion(r), occupation })
      return back(r.value.approvalsWithdrawn ? 'endret-trukket' : 'endret')
    }
    case 'scheme': {
      const submission = parseWithZod(formData, { schema: AttachSchemeSchema })
      if (submission.status !== 'success') return reply('scheme', submission.reply(), 400)
      const r = attachScheme(user, id, submission.value)
      if (!r.ok) return replyToFailure(submission, r, ['scheme', 'endDate', 'subsidyPercent', 'hourlyWage', 'hoursPerMonth', 'expenseAmount'], { intent, currentVersion: currentVersion(r) })
      return back('ordning')
    }
    case 'followUp': {
      const submission = parseWithZod(formData, { schema: followUpSchema({ today }) })
      // A note with health details: the warning by the note, and «Lagre likevel» to confirm it.
      if (submission.status !== 'success') return reply('followUp', submission.reply(), 400, { warning: Boolean(healthWarning(String(formData.get('note') ?? ''))) })
      // A double click or a resend logs the contact once and shows the same page.
      const r = once(idempotentSubmission(formData, ownerOfUser(user), 'follow-up.log'), () => {
        const logged = logFollowUp(user, id, submission.value)
        return logged.ok ? completed(`/jobbspesialist/avtaler/${id}?lagret=kontakt`) : logged
      })
      if (r instanceof Completed) return redirect(r.location)
      return replyToFailure(submission, r, [], { intent })
    }
    case 'plan': {
      const submission = parseWithZod(formData, { schema: planFollowUpSchema({ today }) })
      if (submission.status !== 'success') return reply('plan', submission.reply(), 400)
      const r = once(idempotentSubmission(formData, ownerOfUser(user), 'follow-up.plan'), () => {
        const planned = planFollowUp(user, id, submission.value.planDate)
        return planned.ok ? completed(`/jobbspesialist/avtaler/${id}?lagret=planlagt`) : planned
      })
      if (r instanceof Completed) return redirect(r.location)
      return replyToFailure(submission, r, [], { intent })
    }
    case 'cancel': {
      const submission = parseWithZod(formData, { schema: CancelAgreementSchema })
      if (submission.status !== 'success') return reply('cancel', submission.reply(), 400)
      const r = cancelAgreement(user, id, submission.value.reason)
      if (!r.ok) return replyToFailure(submission, r, [], { intent })
      return back('annullert')
    }
    case 'personApproval': {
      const submission = parseWithZod(formData, { schema: PersonApprovalSchema })
      if (submission.status !== 'success') return reply('personApproval', submission.reply(), 400)
      const r = recordPersonApproval(user, id, submission.value.version, submission.value.method)
      if (!r.ok) return replyToFailure(submission, r, [], { intent })
      return back('deltaker-godkjent')
    }
    case 'sendLink': {
      // The link goes by e-mail: a double click or a resend sends it once.
      const r = once(idempotentSubmission(formData, ownerOfUser(user), 'agreement.send-link'), () => {
        const sent = sendPersonApprovalLink(user, id)
        return sent.ok ? completed(`/jobbspesialist/avtaler/${id}?lagret=lenke`) : sent
      })
      if (r instanceof Completed) return redirect(r.location)
      return simpleFailure(intent, r)
    }
    case 'approve': {
      const seen = ApproveAgreementSchema.safeParse(Object.fromEntries(formData))
      const r = seen.success ? approveAsJobbspesialist(user, id, seen.data.version) : fail('validation', 'Last siden på nytt og prøv igjen.')
      if (!r.ok) return simpleFailure(intent, r)
      return back('godkjent')
    }
    default:
      return data<ActionData>({ intent: 'edit', message: 'Ukjent handling.' }, { status: 400 })
  }
}

/** A button without fields: the failure's message above the page; not found / forbidden is the error page. */
function simpleFailure(intent: Intent, failure: Failure) {
  if (failure.kind === 'not_found' || failure.kind === 'forbidden') throw pageFailure(failure)
  return data<ActionData>({ intent, message: messageOf(failure) }, { status: statusOf(failure) })
}

const SAVED: Record<string, string> = {
  endret: 'Endringene er lagret.',
  'endret-trukket': 'Endringene er lagret. Godkjenningene er trukket tilbake, og alle må godkjenne den nye versjonen.',
  ordning: 'Beregningen er lagt ved avtalen.',
  kontakt: 'Kontakten er logget.',
  planlagt: 'Oppfølgingen er planlagt.',
  annullert: 'Avtalen er annullert.',
  'deltaker-godkjent': 'Deltakerens godkjenning er registrert.',
  lenke: 'Godkjenningslenken er sendt til deltakeren på e-post.',
  godkjent: 'Du har godkjent avtalen.',
  opprettet: 'Avtalen er opprettet. Fyll ut feltene og lagre.',
}

export default function JobbspesialistAgreement() {
  const { agreement: a, today, suggestedNext, idempotencyKey, occupation } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>() as ActionData | undefined
  const [searchParams] = useSearchParams()
  const saved = SAVED[searchParams.get('lagret') ?? '']
  const editable = isEditable(a.status)
  const forIntent = (i: Intent) => (actionData?.intent === i ? actionData.result : undefined)
  const currentVersion = actionData?.currentVersion ?? a.version
  const simpleMessage = actionData?.message

  return (
    <VStack gap="space-32">
      <BodyShort className="no-print">
        <AkselLink href="/jobbspesialist/avtaler">Tilbake til avtalene</AkselLink>
      </BodyShort>
      <VStack gap="space-8">
        <Heading level="1" size="large">
          Oppfølgingsavtale nr. {a.id}
        </Heading>
        <HStack gap="space-8" align="center">
          <BodyShort>
            {a.personName} hos {a.organisationName}
          </BodyShort>
          <AgreementStatusTag status={a.status} />
        </HStack>
      </VStack>
      {saved ? (
        <Alert variant="success" role="status">
          {saved}
        </Alert>
      ) : null}
      {simpleMessage ? (
        <Alert variant="error" role="alert">
          {simpleMessage}
        </Alert>
      ) : null}
      {a.status === 'ANNULLERT' ? <Alert variant="info">Annullert: {a.cancellationReason}</Alert> : null}
      {a.declinedByPersonAt ? (
        <Alert variant="warning" data-testid="declined-by-person">
          Deltakeren godkjente ikke avtalen {formatDate(a.declinedByPersonAt)} og den er sendt tilbake hit. Godkjenningene som var gitt, er trukket
          tilbake. Snakk med deltakeren, endre avtalen og lagre den for å be om godkjenning igjen.
        </Alert>
      ) : null}
      {a.status === 'PABEGYNT' && a.missing.length > 0 ? (
        <Alert variant="info">
          Fyll ut dette før avtalen kan godkjennes: {a.missing.map((f) => REQUIRED_FIELD_LABELS[f] ?? f).join(', ')}.
        </Alert>
      ) : null}

      <Box padding="space-16" borderRadius="8" borderWidth="1" borderColor="neutral-subtle">
        <VStack gap="space-16">
          <Heading level="2" size="medium">
            Godkjenning
          </Heading>
          <ApprovalList approvals={a.approvals} awaiting={a.awaiting} status={a.status} />
          {a.status === 'MANGLER_GODKJENNING' ? (
            <ApprovalActions a={a} version={a.version} result={forIntent('personApproval')} idempotencyKey={idempotencyKey} />
          ) : null}
        </VStack>
      </Box>

      {editable ? (
        <EditForm
          a={a}
          version={currentVersion}
          result={forIntent('edit')}
          conflict={actionData?.intent === 'edit' && actionData.currentVersion != null}
          occupation={(actionData?.intent === 'edit' ? actionData.occupation : undefined) ?? occupation}
        />
      ) : (
        <AgreementSummary content={a.content} styrkLabel={a.styrkLabel} organisationName={a.organisationName} schemes={a.schemes} />
      )}

      <SchemeSection a={a} version={a.version} editable={editable} result={forIntent('scheme')} />

      <FollowUpSection
        a={a}
        today={today}
        suggestedNext={suggestedNext}
        result={forIntent('followUp')}
        warning={actionData?.intent === 'followUp' && Boolean(actionData.warning)}
        planResult={forIntent('plan')}
        idempotencyKey={idempotencyKey}
      />

      <VStack gap="space-16">
        <Heading level="2" size="medium">
          Versjonshistorikk
        </Heading>
        <Table size="small" className="stack-on-phone">
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">Versjon</Table.HeaderCell>
              <Table.HeaderCell scope="col">Tidspunkt</Table.HeaderCell>
              <Table.HeaderCell scope="col">Hva skjedde</Table.HeaderCell>
              <Table.HeaderCell scope="col">Av</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {a.versions.map((v, i) => (
              <Table.Row key={i}>
                <Table.DataCell>Versjon {v.version}</Table.DataCell>
                <Table.DataCell data-label="Tidspunkt">{formatDateTime(v.at)}</Table.DataCell>
                <Table.DataCell data-label="Hva skjedde">
                  {CHANGE_KINDS[v.changeKind]}
                  {v.changedSections.length ? `: ${v.changedSections.map((s) => CHANGE_SECTIONS[s]).join(', ')}` : ''}
                  {v.approvalsWithdrawn ? ' – godkjenningene ble trukket tilbake' : ''}
                </Table.DataCell>
                <Table.DataCell data-label="Av">{v.byName ?? 'Systemet'}</Table.DataCell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </VStack>

      {!isClosed(a.status) ? <CancelForm result={forIntent('cancel')} /> : null}
    </VStack>
  )
}

type Detail = ReturnType<typeof useLoaderData<typeof loader>>['agreement']

function FormErrors({ errors, id }: { errors?: string[]; id?: string }) {
  if (!errors?.length) return null
  return (
    <Alert variant="error" role="alert" id={id}>
      {errors.join(' ')}
    </Alert>
  )
}

function ApprovalActions({ a, version, result, idempotencyKey }: { a: Detail; version: number; result?: SubmissionResult<string[]>; idempotencyKey: string }) {
  const [form, fields] = useForm({
    id: 'deltaker-godkjenning',
    lastResult: result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: PersonApprovalSchema }),
  })
  const personApproved = a.approvals.some((x) => x.party === 'PERSON')
  const canApproveLast = a.awaiting.length === 1 && a.awaiting[0] === 'JOBBSPESIALIST'
  return (
    <VStack gap="space-16">
      {!personApproved ? (
        <>
          <Form method="post" {...getFormProps(form)}>
            <input type="hidden" name="intent" value="personApproval" />
            <input type="hidden" name="version" value={version} />
            <VStack gap="space-8">
              <FormErrors errors={form.errors} id={form.errorId} />
              <RadioGroup legend="Registrer deltakerens godkjenning" name={fields.method.name} error={fields.method.errors?.join(' ')} defaultValue={stringValue(fields.method.initialValue) || undefined}>
                <Radio value="MUNTLIG">Deltakeren godkjente muntlig</Radio>
                <Radio value="SKRIFTLIG">Deltakeren godkjente skriftlig</Radio>
              </RadioGroup>
              <div>
                <Button type="submit" variant="secondary">
                  Registrer godkjenningen
                </Button>
              </div>
            </VStack>
          </Form>
          <Form method="post">
            <input type="hidden" name="intent" value="sendLink" />
            <IdempotencyKeyField value={idempotencyKey} />
            <VStack gap="space-8">
              <BodyShort>
                Eller send deltakeren en lenke på e-post{a.personHasEmail ? '' : ' (deltakeren har ingen e-postadresse registrert)'}. Lenken
                viser bare denne avtalen og kan brukes én gang.
              </BodyShort>
              <div>
                <Button type="submit" variant="secondary">
                  Send godkjenningslenke til deltakeren
                </Button>
              </div>
            </VStack>
          </Form>
        </>
      ) : null}
      <Form method="post">
        <input type="hidden" name="intent" value="approve" />
        <input type="hidden" name="version" value={version} />
        <VStack gap="space-8">
          {!canApproveLast ? <BodyShort>Du godkjenner sist, når arbeidsgiveren og deltakeren har godkjent.</BodyShort> : null}
          <div>
            <Button type="submit" disabled={!canApproveLast}>
              Godkjenn avtalen som jobbspesialist
            </Button>
          </div>
        </VStack>
      </Form>
    </VStack>
  )
}

function EditForm({
  a,
  version,
  result,
  conflict,
  occupation,
}: {
  a: Detail
  version: number
  result?: SubmissionResult<string[]>
  conflict: boolean
  occupation: OccupationChoice[]
}) {
  const [form, fields] = useForm({
    id: 'rediger-avtale',
    lastResult: result,
    defaultValue: formDefaults(a.content, a.version) as Record<string, string | string[]>,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: EditSchema }),
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
            <TextField label="Stillingstittel" {...getInputProps(fields.jobTitle, { type: 'text' })} key={fields.jobTitle.key} error={err(fields.jobTitle)} />
            <OccupationPicker
              label="Yrke"
              id={fields.styrkCode.id}
              name={fields.styrkCode.name}
              key={fields.styrkCode.key}
              defaultValue={occupation}
              error={err(fields.styrkCode)}
            />
            <TextField label="Stillingsprosent" {...getInputProps(fields.positionPercent, { type: 'text' })} key={fields.positionPercent.key} inputMode="numeric" htmlSize={6} error={err(fields.positionPercent)} />
            <TextField label="Startdato" description="dd.mm.åååå" {...getInputProps(fields.startDate, { type: 'text' })} key={fields.startDate.key} error={err(fields.startDate)} />
            <Checkbox {...getInputProps(fields.permanent, { type: 'checkbox' })} key={fields.permanent.key}>
              Fast stilling (ingen sluttdato)
            </Checkbox>
            <TextField label="Sluttdato" description="dd.mm.åååå. Ikke nødvendig for fast stilling." {...getInputProps(fields.endDate, { type: 'text' })} key={fields.endDate.key} error={err(fields.endDate)} />
            <TextField label="Månedslønn (kroner)" {...getInputProps(fields.monthlyPay, { type: 'text' })} key={fields.monthlyPay.key} inputMode="numeric" htmlSize={12} error={err(fields.monthlyPay)} />
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
                <CheckboxGroup legend={ADAPTATION_GROUPS[g].label} name={fields.adaptations.name} defaultValue={selectedList.filter((c) => c.startsWith(`${g}__`))} error={g === 'ARBEIDSTID' ? err(fields.adaptations) : undefined}>
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
            <TextField label="Hvor ofte oppfølgingen skjer" description="Standard: ukentlig den første måneden, deretter etter avtale." {...getInputProps(fields.followUpFrequency, { type: 'text' })} key={fields.followUpFrequency.key} error={err(fields.followUpFrequency)} />
            <Textarea label="Mål for oppfølgingen" {...getTextareaProps(fields.goals)} key={fields.goals.key} error={err(fields.goals)} />
            {[0, 1, 2].map((i) => (
              <TextField key={`review-${i}`} label={`Evalueringsdato ${i + 1} (valgfritt)`} description="dd.mm.åååå" name={fields.reviewDates.name} defaultValue={reviewList[i] ?? ''} error={i === 0 ? err(fields.reviewDates) : undefined} />
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
            <TextField label="Navn" {...getInputProps(fields.contactName, { type: 'text' })} key={fields.contactName.key} error={err(fields.contactName)} />
            <TextField label="Telefon" {...getInputProps(fields.contactPhone, { type: 'tel' })} key={fields.contactPhone.key} error={err(fields.contactPhone)} />
            <TextField label="E-post" {...getInputProps(fields.contactEmail, { type: 'email' })} key={fields.contactEmail.key} error={err(fields.contactEmail)} />
          </VStack>
        </fieldset>
        <div>
          <Button type="submit">Lagre avtalen</Button>
        </div>
      </VStack>
    </Form>
  )
}

function SchemeSection({ a, version, editable, result }: { a: Detail; version: number; editable: boolean; result?: SubmissionResult<string[]> }) {
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
              Kalkulatoren bruker avtalens datoer og månedslønn, deltakerens innsatsgruppe og arbeidsgiverens kommune. Innsatsgruppen
              vises ikke for arbeidsgiveren.
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
            <TextField label="Sluttdato for beregningen (valgfritt)" description="dd.mm.åååå. Bruk denne for fast stilling eller en kortere tilskuddsperiode." {...getInputProps(fields.endDate, { type: 'text' })} key={fields.endDate.key} error={err(fields.endDate)} />
            <TextField label="Tilskuddsprosent (varig lønnstilskudd)" {...getInputProps(fields.subsidyPercent, { type: 'text' })} key={fields.subsidyPercent.key} inputMode="decimal" htmlSize={6} error={err(fields.subsidyPercent)} />
            <HStack gap="space-16">
              <TextField label="Timelønn for mentor (kroner)" {...getInputProps(fields.hourlyWage, { type: 'text' })} key={fields.hourlyWage.key} inputMode="numeric" htmlSize={8} error={err(fields.hourlyWage)} />
              <TextField label="Mentortimer per måned" {...getInputProps(fields.hoursPerMonth, { type: 'text' })} key={fields.hoursPerMonth.key} inputMode="numeric" htmlSize={6} error={err(fields.hoursPerMonth)} />
            </HStack>
            <TextField label="Utgifter til tilrettelegging (inkluderingstilskudd, kroner)" {...getInputProps(fields.expenseAmount, { type: 'text' })} key={fields.expenseAmount.key} inputMode="numeric" htmlSize={10} error={err(fields.expenseAmount)} />
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

function FollowUpSection({
  a,
  today,
  suggestedNext,
  result,
  warning,
  planResult,
  idempotencyKey,
}: {
  a: Detail & { contacts: Array<{ id: number; kind: string; withWhom: string; date: string; note: string }>; planned: Array<{ id: number; date: string; done: boolean; overdue: boolean }> }
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
            <Select label="Med hvem" {...getInputProps(fields.withWhom, { type: 'text' })} key={fields.withWhom.key} error={err(fields.withWhom)}>
              <option value="">Velg hvem</option>
              {Object.entries(FOLLOW_UP_WITH_LABELS).map(([code, label]) => (
                <option key={code} value={code}>
                  {label}
                </option>
              ))}
            </Select>
            <TextField label="Dato for kontakten" description="dd.mm.åååå" {...getInputProps(fields.date, { type: 'text' })} key={fields.date.key} error={err(fields.date)} />
            <Textarea
              label="Kort notat"
              description="Skriv bare det som trengs for oppfølgingen i jobben – ikke diagnoser eller helseopplysninger."
              {...getTextareaProps(fields.note)}
              key={fields.note.key}
              error={err(fields.note)}
            />
            {warning || healthWarning(stringValue(fields.note.value)) ? <Checkbox name={fields.confirmHealth.name}>Teksten er riktig og nødvendig – lagre likevel</Checkbox> : null}
            <TextField label="Neste oppfølging (valgfritt)" description="dd.mm.åååå. Ukentlig den første måneden, deretter etter avtale." {...getInputProps(fields.nextDate, { type: 'text' })} key={fields.nextDate.key} error={err(fields.nextDate)} />
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
            <TextField label="Planlegg en oppfølging" description="dd.mm.åååå" {...getInputProps(planFields.planDate, { type: 'text' })} key={planFields.planDate.key} error={err(planFields.planDate)} />
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
                <Table.DataCell data-label="Type">{FOLLOW_UP_KIND_LABELS[c.kind as keyof typeof FOLLOW_UP_KIND_LABELS]}</Table.DataCell>
                <Table.DataCell data-label="Med">{FOLLOW_UP_WITH_LABELS[c.withWhom as keyof typeof FOLLOW_UP_WITH_LABELS]}</Table.DataCell>
                <Table.DataCell data-label="Notat">{c.note}</Table.DataCell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </VStack>
  )
}

function CancelForm({ result }: { result?: SubmissionResult<string[]> }) {
  const [form, fields] = useForm({
    id: 'annuller',
    lastResult: result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: CancelAgreementSchema }),
  })
  return (
    <Form method="post" {...getFormProps(form)} className="no-print">
      <input type="hidden" name="intent" value="cancel" />
      <VStack gap="space-16">
        <Heading level="2" size="medium">
          Annuller avtalen
        </Heading>
        <FormErrors errors={form.errors} id={form.errorId} />
        <Textarea label="Begrunnelse" description="Påkrevd. Vises for arbeidsgiveren." {...getTextareaProps(fields.reason)} key={fields.reason.key} error={fields.reason.errors?.join(' ')} />
        <div>
          <Button type="submit" variant="danger">
            Annuller avtalen
          </Button>
        </div>
      </VStack>
    </Form>
  )
}
