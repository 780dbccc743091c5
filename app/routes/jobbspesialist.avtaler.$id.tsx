import { type SubmissionResult } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod'
import { Alert, BodyShort, Box, Heading, HStack, Link as AkselLink, Table, VStack } from '@navikt/ds-react'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData, useSearchParams } from '@remix-run/react'
import { AgreementStatusTag, AgreementSummary, ApprovalList } from '~/components/agreements/AgreementSummary'
import {
  AgreementFormSchema,
  CHANGE_KINDS,
  CHANGE_SECTIONS,
  contentFromForm,
  healthWarning,
  isClosed,
  isEditable,
  REQUIRED_FIELD_LABELS,
  suggestNextFollowUp,
} from '~/domain/agreements'
import {
  AgreementPageIntentSchema,
  ApproveAgreementSchema,
  AttachSchemeSchema,
  CancelAgreementSchema,
  followUpSchema,
  PersonApprovalSchema,
  planFollowUpSchema,
  type AgreementPageIntent,
} from '~/domain/agreements/inputs'
import { approveAsJobbspesialist, recordPersonApproval, sendPersonApprovalLink } from '~/services/agreements/approvals.server'
import { attachScheme, cancelAgreement, updateAgreement } from '~/services/agreements/commands.server'
import { logFollowUp, planFollowUp } from '~/services/agreements/follow-up.server'
import { getAgreementForJobbspesialist } from '~/services/agreements/queries.server'
import { requireOwnedAgreement } from '~/services/agreements/shared.server'
import { fail, messageOf, type Failure } from '~/utils/result'
import { pageFailure, replyToFailure, statusOf } from '~/utils/result.server'
import type { OccupationChoice } from '~/domain/vacancies'
import { Completed, completed, idempotentSubmission, newIdempotencyKey, once, ownerOfUser } from '~/services/idempotency.server'
import { occupationChoicesFor, resolveOccupationField } from '~/services/vacancies.server'
import { todayIso } from '~/utils/clock.server'
import { formatDate, formatDateTime } from '~/utils/format'
import { pageId, requireUserWithRole } from '~/utils/permissions.server'
import { ApprovalActions } from '~/components/agreements/editor/ApprovalActions'
import { EditForm } from '~/components/agreements/editor/EditForm'
import { SchemeSection } from '~/components/agreements/editor/SchemeSection'
import { FollowUpSection } from '~/components/agreements/editor/FollowUpSection'
import { CancelForm } from '~/components/agreements/editor/CancelForm'

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Oppfølgingsavtale nr. ${data?.agreement.id ?? ''} – Vi inkluderer` },
]

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUserWithRole(request, 'jobbspesialist')
  const found = getAgreementForJobbspesialist(user, pageId(params.id, 'Fant ikke avtalen'))
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

type ActionData = {
  intent: AgreementPageIntent
  result?: SubmissionResult<string[]>
  message?: string
  currentVersion?: number
  warning?: boolean
  /** The occupation as submitted, for the picker when the form comes back. */
  occupation?: OccupationChoice[]
}

function reply(intent: AgreementPageIntent, result: SubmissionResult<string[]>, status: number, extra: Partial<ActionData> = {}) {
  return data<ActionData>({ intent, result, ...extra }, { status })
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUserWithRole(request, 'jobbspesialist')
  const id = pageId(params.id, 'Fant ikke avtalen')
  const formData = await request.formData()
  const parsedIntent = AgreementPageIntentSchema.safeParse(formData.get('intent'))
  if (!parsedIntent.success) return data<ActionData>({ intent: 'edit', message: 'Ukjent handling.' }, { status: 400 })
  const intent = parsedIntent.data
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
      const submission = parseWithZod(formData, { schema: AgreementFormSchema })
      if (submission.status !== 'success') return reply('edit', submission.reply(), 400, { occupation })
      const r = updateAgreement(user, id, submission.value.version, contentFromForm(submission.value))
      if (!r.ok) return replyToFailure<ActionData>(submission, r, ['styrkCode'], { intent, currentVersion: currentVersion(r), occupation })
      return back(r.value.approvalsWithdrawn ? 'endret-trukket' : 'endret')
    }
    case 'scheme': {
      const submission = parseWithZod(formData, { schema: AttachSchemeSchema })
      if (submission.status !== 'success') return reply('scheme', submission.reply(), 400)
      const r = attachScheme(user, id, submission.value)
      if (!r.ok)
        return replyToFailure<ActionData>(
          submission,
          r,
          ['scheme', 'endDate', 'subsidyPercent', 'hourlyWage', 'hoursPerMonth', 'expenseAmount'],
          {
            intent,
            currentVersion: currentVersion(r),
          },
        )
      return back('ordning')
    }
    case 'followUp': {
      const submission = parseWithZod(formData, { schema: followUpSchema({ today }) })
      // A note with health details: the warning by the note, and «Lagre likevel» to confirm it.
      if (submission.status !== 'success')
        return reply('followUp', submission.reply(), 400, { warning: Boolean(healthWarning(String(formData.get('note') ?? ''))) })
      // A double click or a resend logs the contact once and shows the same page.
      const r = once(idempotentSubmission(formData, ownerOfUser(user), 'follow-up.log'), () => {
        const logged = logFollowUp(user, id, submission.value)
        return logged.ok ? completed(`/jobbspesialist/avtaler/${id}?lagret=kontakt`) : logged
      })
      if (r instanceof Completed) return redirect(r.location)
      return replyToFailure<ActionData>(submission, r, [], { intent })
    }
    case 'plan': {
      const submission = parseWithZod(formData, { schema: planFollowUpSchema({ today }) })
      if (submission.status !== 'success') return reply('plan', submission.reply(), 400)
      const r = once(idempotentSubmission(formData, ownerOfUser(user), 'follow-up.plan'), () => {
        const planned = planFollowUp(user, id, submission.value.planDate)
        return planned.ok ? completed(`/jobbspesialist/avtaler/${id}?lagret=planlagt`) : planned
      })
      if (r instanceof Completed) return redirect(r.location)
      return replyToFailure<ActionData>(submission, r, [], { intent })
    }
    case 'cancel': {
      const submission = parseWithZod(formData, { schema: CancelAgreementSchema })
      if (submission.status !== 'success') return reply('cancel', submission.reply(), 400)
      const r = cancelAgreement(user, id, submission.value.reason)
      if (!r.ok) return replyToFailure<ActionData>(submission, r, [], { intent })
      return back('annullert')
    }
    case 'personApproval': {
      const submission = parseWithZod(formData, { schema: PersonApprovalSchema })
      if (submission.status !== 'success') return reply('personApproval', submission.reply(), 400)
      const r = recordPersonApproval(user, id, submission.value.version, submission.value.method)
      if (!r.ok) return replyToFailure<ActionData>(submission, r, [], { intent })
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
      const r = seen.success
        ? approveAsJobbspesialist(user, id, seen.data.version)
        : fail('validation', 'Last siden på nytt og prøv igjen.')
      if (!r.ok) return simpleFailure(intent, r)
      return back('godkjent')
    }
  }
}

/** A button without fields: the failure's message above the page; not found / forbidden is the error page. */
function simpleFailure(intent: AgreementPageIntent, failure: Failure) {
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
  const actionData = useActionData<typeof action>()
  const [searchParams] = useSearchParams()
  const saved = SAVED[searchParams.get('lagret') ?? '']
  const editable = isEditable(a.status)
  const forIntent = (i: AgreementPageIntent) => (actionData?.intent === i ? actionData.result : undefined)
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
          Deltakeren godkjente ikke avtalen {formatDate(a.declinedByPersonAt)} og den er sendt tilbake hit. Godkjenningene som var gitt, er
          trukket tilbake. Snakk med deltakeren, endre avtalen og lagre den for å be om godkjenning igjen.
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
