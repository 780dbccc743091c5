import { getFormProps, getInputProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod'
import {
  Alert,
  BodyLong,
  BodyShort,
  Box,
  Button,
  Checkbox,
  CheckboxGroup,
  Heading,
  Link as AkselLink,
  Radio,
  RadioGroup,
  TextField,
  VStack,
} from '@navikt/ds-react'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData, useSearchParams } from '@remix-run/react'
import { Form } from '~/components/Form'
import { FormErrors } from '~/components/forms'
import { EMPLOYER_MARKINGS } from '~/domain/codes'
import {
  askCandidateFormSchema,
  CV_PART_CODES,
  CV_PARTS,
  cvPartLabel,
  DEADLINE_OPTION_CODES,
  DEADLINE_OPTIONS,
  RECORDED_ANSWER_METHOD_CODES,
  RECORDED_ANSWER_METHODS,
  RecordAnswerSchema,
} from '~/domain/contact-requests'
import { askCandidate, recordAnswer } from '~/services/contact-requests/consent.server'
import { getRequestForJobbspesialist } from '~/services/contact-requests/queries.server'
import { formatDate, formatDateTime } from '~/utils/format'
import { ContactStatusTag } from '~/components/contact-requests/ContactStatusTag'
import { FactSummary } from '~/components/layout/FactSummary'
import { notFound, requireUserWithRole } from '~/utils/permissions.server'
import { Completed, completed, idempotentSubmission, newIdempotencyKey, once, ownerOfUser } from '~/services/idempotency.server'
import { IdempotencyKeyField } from '~/components/layout/IdempotencyKeyField'
import { pageFailure, replyToFailure } from '~/utils/result.server'
import { todayIso } from '~/utils/clock.server'
import { stringList } from '~/utils/forms'

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Forespørsel – profil ${data?.request.profileCode ?? ''} – Vi inkluderer` },
]

function requestId(params: { id?: string }): number {
  const id = Number(params.id)
  if (!Number.isInteger(id) || id <= 0) throw notFound()
  return id
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUserWithRole(request, 'jobbspesialist')
  const found = getRequestForJobbspesialist(user.id, requestId(params))
  if (!found.ok) throw pageFailure(found)
  // The deadline's date rules count from today, on the server and in the browser alike.
  return { request: found.value, idempotencyKey: newIdempotencyKey(), today: todayIso() }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUserWithRole(request, 'jobbspesialist')
  const id = requestId(params)
  const formData = await request.formData()
  // The answer form is told apart by its intent; anything else is the ask form (whose schema wants intent «ask»).
  if (formData.get('intent') === 'answer') {
    const submission = parseWithZod(formData, { schema: RecordAnswerSchema })
    if (submission.status !== 'success') return data({ intent: 'answer' as const, result: submission.reply() }, { status: 400 })
    const result = once(idempotentSubmission(formData, ownerOfUser(user), 'contact-request.answer'), () => {
      const answered = recordAnswer(user, id, submission.value)
      return answered.ok ? completed(`/jobbspesialist/foresporsler/${id}?lagret=svar`) : answered
    })
    if (result instanceof Completed) return redirect(result.location)
    return replyToFailure(submission, result, ['answer', 'method'], { intent: 'answer' as const })
  }
  const submission = parseWithZod(formData, { schema: askCandidateFormSchema({ today: todayIso() }) })
  if (submission.status !== 'success') return data({ intent: 'ask' as const, result: submission.reply() }, { status: 400 })
  // Asking e-mails the person a link: a double click or a resend asks once and shows the same page.
  const result = once(idempotentSubmission(formData, ownerOfUser(user), 'contact-request.ask'), () => {
    const asked = askCandidate(user, id, submission.value)
    return asked.ok ? completed(`/jobbspesialist/foresporsler/${id}?lagret=${asked.value.linkSent ? 'lenke' : 'spurt'}`) : asked
  })
  if (result instanceof Completed) return redirect(result.location)
  return replyToFailure(submission, result, ['deadlineOption', 'deadlineDate', 'cvParts', 'sendLink'], { intent: 'ask' as const })
}

const SAVED_MESSAGES: Record<string, string> = {
  lenke: 'Kandidaten er spurt, og lenken er sendt på e-post.',
  spurt: 'Kandidaten er markert som spurt. Registrer svaret når du har det.',
  svar: 'Svaret er registrert, og arbeidsgiveren har fått beskjed.',
}

export default function JobbspesialistRequest() {
  const { request: r, idempotencyKey, today } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const [searchParams] = useSearchParams()
  const [askForm, askFields] = useForm({
    id: 'spor-kandidaten',
    lastResult: actionData?.intent === 'ask' ? actionData.result : undefined,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: askCandidateFormSchema({ today }) }),
  })
  const [answerForm, answerFields] = useForm({
    id: 'registrer-svar',
    lastResult: actionData?.intent === 'answer' ? actionData.result : undefined,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: RecordAnswerSchema }),
  })
  const saved = SAVED_MESSAGES[searchParams.get('lagret') ?? '']
  const askedParts = stringList(askFields.cvParts.value) // sharing is opt-in: nothing pre-ticked
  return (
    <VStack gap="space-24">
      <BodyShort>
        <AkselLink href="/jobbspesialist/foresporsler">Tilbake til forespørslene</AkselLink>
      </BodyShort>
      <Heading level="1" size="large">
        Forespørsel om kontakt – {r.firstName} {r.lastName}
      </Heading>
      {saved ? (
        <Alert variant="success" role="status">
          {saved}
        </Alert>
      ) : null}
      {r.employerMarking === 'FATT_JOBBEN' ? (
        <Alert variant="info">
          {r.organisationName} har markert at kandidaten har fått jobben. Start en oppfølgingsavtale med arbeidsgiveren og kandidaten.{' '}
          <AkselLink href={`/jobbspesialist/avtaler/ny?kontakt=${r.id}`}>Start oppfølgingsavtale</AkselLink>
        </Alert>
      ) : null}
      <FactSummary
        heading="Forespørselen"
        facts={[
          { label: 'Status', value: <ContactStatusTag status={r.status} audience="jobbspesialist" testId="request-status" /> },
          {
            label: 'Arbeidsgiver',
            value: `${r.organisationName}${r.organisationKommune ? `, ${r.organisationKommune}` : ''}${r.requesterName ? ` (kontaktperson: ${r.requesterName})` : ''}`,
          },
          { label: 'Profil', value: r.profileCode },
          { label: 'Stilling', value: r.vacancyTitle ?? 'Ingen bestemt stilling' },
          { label: 'Mottatt', value: formatDateTime(r.createdAt) },
          { label: 'Melding fra arbeidsgiveren', value: r.message },
          r.replyDeadline ? { label: 'Svarfrist', value: formatDate(r.replyDeadline) } : null,
          r.replyDeadline
            ? {
                label: 'Deles ved ja',
                value: `Navn og kontaktinformasjon${r.sharedCvParts.length ? `, ${r.sharedCvParts.map(cvPartLabel).join(', ')}` : ''}`,
              }
            : null,
          r.replyDeadline ? { label: 'Lenke sendt til kandidaten', value: r.linkSent ? 'Ja' : 'Nei' } : null,
          r.answeredAt
            ? {
                label: 'Besvart',
                value: `${formatDateTime(r.answeredAt)}${
                  r.consent
                    ? ` (${r.consent.method === 'DIGITAL_LENKE' ? 'via lenke' : r.consent.method === 'MIN_SIDE' ? 'på Min side' : r.consent.method === 'MUNTLIG' ? 'muntlig' : 'skriftlig'})`
                    : ''
                }`,
              }
            : null,
          r.sharedUntil
            ? {
                label: 'Delt med arbeidsgiveren til',
                value: r.sharingExpiredAt ? `Utløpt ${formatDate(r.sharingExpiredAt)}` : formatDate(r.sharedUntil),
              }
            : null,
          r.employerMarking ? { label: 'Arbeidsgiverens markering', value: EMPLOYER_MARKINGS[r.employerMarking] } : null,
        ]}
      />
      <BodyShort>
        <AkselLink href={`/jobbspesialist/portefolje/${r.candidateId}/innsyn`}>Se innsynsloggen for {r.firstName}</AkselLink>
      </BodyShort>

      {r.canAsk ? (
        <Box padding="space-16" borderRadius="8" borderWidth="1" borderColor="neutral-subtle">
          <Form method="post" {...getFormProps(askForm)}>
            <input type="hidden" name="intent" value="ask" />
            <IdempotencyKeyField value={idempotencyKey} />
            <VStack gap="space-16">
              <Heading level="2" size="medium">
                Spør kandidaten
              </Heading>
              <FormErrors errors={askForm.errors} id={askForm.errorId} />
              <RadioGroup
                legend="Svarfrist"
                name={askFields.deadlineOption.name}
                defaultValue={askFields.deadlineOption.initialValue ?? '3'}
                error={askFields.deadlineOption.errors?.join(' ')}
              >
                {DEADLINE_OPTION_CODES.map((code) => (
                  <Radio key={code} value={code}>
                    {DEADLINE_OPTIONS[code]}
                  </Radio>
                ))}
              </RadioGroup>
              <TextField
                label="Dato for svarfrist (når du velger en dato)"
                description="Skriv dd.mm.åååå. Høyst én måned fram i tid."
                {...getInputProps(askFields.deadlineDate, { type: 'text' })}
                key={askFields.deadlineDate.key}
                error={askFields.deadlineDate.errors?.join(' ')}
              />
              <CheckboxGroup
                legend="Hvilke deler av CV-en skal deles hvis kandidaten sier ja?"
                description="Navn og kontaktinformasjon deles alltid ved ja."
                defaultValue={askedParts}
                error={askFields.cvParts.errors?.join(' ')}
              >
                {CV_PART_CODES.map((code) => (
                  <Checkbox key={code} name={askFields.cvParts.name} value={code}>
                    {CV_PARTS[code]}
                  </Checkbox>
                ))}
              </CheckboxGroup>
              <Checkbox
                name={askFields.sendLink.name}
                value="on"
                defaultChecked={askFields.sendLink.initialValue === 'on' || (!actionData && r.hasEmail)}
                disabled={!r.hasEmail}
                error={Boolean(askFields.sendLink.errors?.length)}
                description={
                  r.hasEmail
                    ? 'Kandidaten svarer selv via en lenke som kan brukes én gang.'
                    : 'Personen har ingen e-postadresse registrert.'
                }
              >
                Send lenke på e-post til kandidaten
              </Checkbox>
              {askFields.sendLink.errors?.length ? (
                <BodyShort className="navds-error-message" role="alert">
                  {askFields.sendLink.errors.join(' ')}
                </BodyShort>
              ) : null}
              <div>
                <Button type="submit">Spør kandidaten</Button>
              </div>
            </VStack>
          </Form>
        </Box>
      ) : null}

      {r.canRecordAnswer ? (
        <Box padding="space-16" borderRadius="8" borderWidth="1" borderColor="neutral-subtle">
          <Form method="post" {...getFormProps(answerForm)}>
            <input type="hidden" name="intent" value="answer" />
            <IdempotencyKeyField value={idempotencyKey} />
            <VStack gap="space-16">
              <Heading level="2" size="medium">
                Registrer kandidatens svar
              </Heading>
              <BodyLong>
                {r.linkSent
                  ? 'Kandidaten kan svare selv via lenken. Har kandidaten svart deg direkte, registrerer du svaret her.'
                  : 'Registrer svaret når du har snakket med kandidaten.'}
              </BodyLong>
              <FormErrors errors={answerForm.errors} id={answerForm.errorId} />
              <RadioGroup
                legend="Hva svarte kandidaten?"
                name={answerFields.answer.name}
                defaultValue={answerFields.answer.initialValue}
                error={answerFields.answer.errors?.join(' ')}
              >
                <Radio value="JA">Ja, kontaktinformasjonen kan deles med {r.organisationName}</Radio>
                <Radio value="NEI">Nei</Radio>
              </RadioGroup>
              <RadioGroup
                legend="Hvordan ga kandidaten svaret?"
                name={answerFields.method.name}
                defaultValue={answerFields.method.initialValue}
                error={answerFields.method.errors?.join(' ')}
              >
                {RECORDED_ANSWER_METHOD_CODES.map((code) => (
                  <Radio key={code} value={code}>
                    {RECORDED_ANSWER_METHODS[code]}
                  </Radio>
                ))}
              </RadioGroup>
              <div>
                <Button type="submit">Registrer svaret</Button>
              </div>
            </VStack>
          </Form>
        </Box>
      ) : null}
    </VStack>
  )
}
