import { getFormProps, getInputProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod'
import { Alert, BodyShort, Button, Checkbox, Heading, Link as AkselLink, TextField, VStack } from '@navikt/ds-react'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { Form } from '~/components/Form'
import { FieldSelect, FormErrors } from '~/components/forms'
import { AgreementFromHireSchema, NewAgreementSchema } from '~/domain/agreements/inputs'
import { createAgreement } from '~/services/agreements/commands.server'
import { findEmployerByOrgnr, myActiveCandidates, prefillFromContact } from '~/services/agreements/queries.server'
import { fail, messageOf } from '~/utils/result'
import { replyToFailure, statusOf } from '~/utils/result.server'
import { requireUserWithRole } from '~/utils/permissions.server'
import { Completed, completed, idempotentSubmission, newIdempotencyKey, once, ownerOfUser } from '~/services/idempotency.server'
import { IdempotencyKeyField } from '~/components/layout/IdempotencyKeyField'

export const meta: MetaFunction = () => [{ title: 'Ny oppfølgingsavtale – Vi inkluderer' }]

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithRole(request, 'jobbspesialist')
  const url = new URL(request.url)
  const kontakt = Number(url.searchParams.get('kontakt'))
  const fromContact = Number.isInteger(kontakt) && kontakt > 0 ? prefillFromContact(user, kontakt) : null
  return {
    fromContact: fromContact
      ? {
          contactRequestId: kontakt,
          personName: fromContact.personName,
          organisationName: fromContact.organisationName,
          jobTitle: fromContact.content.jobTitle ?? '',
        }
      : null,
    contactMissing: url.searchParams.has('kontakt') && !fromContact,
    people: myActiveCandidates(user).map((c) => ({ id: c.id, name: `${c.firstName} ${c.lastName}` })),
    person: url.searchParams.get('person') ?? '',
    idempotencyKey: newIdempotencyKey(),
  }
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUserWithRole(request, 'jobbspesialist')
  const formData = await request.formData()
  // A double click or a resend opens the agreement made by the first submit.
  const submitted = idempotentSubmission(formData, ownerOfUser(user), 'agreement.create')
  const opened = (created: ReturnType<typeof createAgreement>) =>
    created.ok ? completed(`/jobbspesialist/avtaler/${created.value.id}?lagret=opprettet`) : created
  if (formData.get('intent') === 'fromContact') {
    const hire = AgreementFromHireSchema.safeParse(Object.fromEntries(formData))
    const r = hire.success
      ? once(submitted, () => opened(createAgreement(user, hire.data)))
      : fail('validation', 'Fant ikke forespørselen.')
    if (r instanceof Completed) return redirect(r.location)
    return data({ message: messageOf(r), result: undefined }, { status: statusOf(r) })
  }
  const submission = parseWithZod(formData, { schema: NewAgreementSchema })
  if (submission.status !== 'success') return data({ message: undefined, result: submission.reply() }, { status: 400 })
  const employer = findEmployerByOrgnr(submission.value.orgnr)
  const r = once(submitted, () =>
    opened(
      createAgreement(user, {
        candidateId: submission.value.candidateId,
        organisationId: employer?.id ?? null,
        sharingConsentConfirmed: submission.value.sharingConsent,
      }),
    ),
  )
  if (r instanceof Completed) return redirect(r.location)
  return replyToFailure(submission, r, ['candidateId', 'orgnr', 'sharingConsent'], { message: undefined })
}

export default function NewAgreement() {
  const { fromContact, contactMissing, people, person, idempotencyKey } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const [form, fields] = useForm({
    id: 'ny-avtale',
    lastResult: actionData?.result,
    defaultValue: { candidateId: person },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: NewAgreementSchema }),
  })
  return (
    <VStack gap="space-24" className="form-narrow">
      <BodyShort>
        <AkselLink href="/jobbspesialist/avtaler">Tilbake til avtalene</AkselLink>
      </BodyShort>
      <Heading level="1" size="large">
        Ny oppfølgingsavtale
      </Heading>
      {actionData?.message ? (
        <Alert variant="error" role="alert">
          {actionData.message}
        </Alert>
      ) : null}
      {contactMissing ? (
        <Alert variant="warning">Fant ingen forespørsel merket «Fått jobben» for en person i porteføljen din.</Alert>
      ) : null}
      {fromContact ? (
        <Form method="post">
          <input type="hidden" name="intent" value="fromContact" />
          <IdempotencyKeyField value={idempotencyKey} />
          <input type="hidden" name="contactRequestId" value={fromContact.contactRequestId} />
          <VStack gap="space-16">
            <BodyShort>
              {fromContact.organisationName} har markert at {fromContact.personName} har fått jobben
              {fromContact.jobTitle ? ` som ${fromContact.jobTitle.toLowerCase()}` : ''}. Avtalen fylles ut med det som står i stillingen,
              og du kan endre alt før den sendes til godkjenning.
            </BodyShort>
            <div>
              <Button type="submit">Opprett avtalen</Button>
            </div>
          </VStack>
        </Form>
      ) : (
        <Form method="post" {...getFormProps(form)}>
          <input type="hidden" name="intent" value="direct" />
          <IdempotencyKeyField value={idempotencyKey} />
          <VStack gap="space-16">
            <FormErrors errors={form.errors} id={form.errorId} />
            <FieldSelect
              label="Person i porteføljen"
              field={fields.candidateId}
              empty="Velg person"
              options={people.map((p) => ({ value: p.id, label: p.name }))}
            />
            <TextField
              label="Arbeidsgiverens organisasjonsnummer"
              description="Ni siffer. Arbeidsgiveren må være registrert i Vi inkluderer."
              {...getInputProps(fields.orgnr, { type: 'text' })}
              key={fields.orgnr.key}
              inputMode="numeric"
              error={fields.orgnr.errors?.join(' ')}
            />
            <Checkbox
              {...getInputProps(fields.sharingConsent, { type: 'checkbox' })}
              key={fields.sharingConsent.key}
              error={Boolean(fields.sharingConsent.errors?.length)}
            >
              Personen har samtykket til at arbeidsgiveren får navnet og avtalen
            </Checkbox>
            {fields.sharingConsent.errors?.length ? (
              <BodyShort className="navds-error-message" id="samtykke-feil">
                {fields.sharingConsent.errors.join(' ')}
              </BodyShort>
            ) : null}
            <div>
              <Button type="submit">Opprett avtalen</Button>
            </div>
          </VStack>
        </Form>
      )}
    </VStack>
  )
}
