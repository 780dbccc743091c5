import { getFormProps, getInputProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod'
import { Alert, BodyShort, Button, Checkbox, Heading, Link as AkselLink, Select, TextField, VStack } from '@navikt/ds-react'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { z } from 'zod'
import { createAgreement, findEmployerByOrgnr, myActiveCandidates, prefillFromContact } from '~/services/agreements.server'
import { fieldErrorsFromList, toReplyErrors } from '~/utils/result'
import { requireUserWithRole } from '~/utils/permissions.server'
import { Completed, completed, idempotentSubmission, newIdempotencyKey, once, ownerOfUser } from '~/services/idempotency.server'
import { IdempotencyKeyField } from '~/components/layout/IdempotencyKeyField'

export const meta: MetaFunction = () => [{ title: 'Ny oppfølgingsavtale – Vi inkluderer' }]

const DirectSchema = z.object({
  intent: z.literal('direct'),
  candidateId: z.coerce.number({ required_error: 'Velg en person i porteføljen din.', invalid_type_error: 'Velg en person i porteføljen din.' }).int(),
  orgnr: z
    .string({ required_error: 'Skriv arbeidsgiverens organisasjonsnummer.' })
    .transform((v) => v.replace(/\s/g, ''))
    .refine((v) => /^\d{9}$/.test(v), 'Organisasjonsnummeret har ni siffer.'),
  sharingConsent: z.preprocess((v) => v === 'on', z.boolean()),
})

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithRole(request, 'jobbspesialist')
  const url = new URL(request.url)
  const kontakt = Number(url.searchParams.get('kontakt'))
  const fromContact = Number.isInteger(kontakt) && kontakt > 0 ? prefillFromContact(user, kontakt) : null
  return {
    fromContact: fromContact ? { contactRequestId: kontakt, personName: fromContact.personName, organisationName: fromContact.organisationName, jobTitle: fromContact.content.jobTitle ?? '' } : null,
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
  if (formData.get('intent') === 'fromContact') {
    const r = once(submitted, () => {
      const created = createAgreement(user, { contactRequestId: Number(formData.get('contactRequestId')) })
      return created.ok ? completed(`/jobbspesialist/avtaler/${created.id}?lagret=opprettet`) : created
    })
    if (r instanceof Completed) return redirect(r.location)
    return data({ message: r.errors?.[0]?.message ?? r.message, result: undefined }, { status: 422 })
  }
  const submission = parseWithZod(formData, { schema: DirectSchema })
  if (submission.status !== 'success') return data({ message: undefined, result: submission.reply() }, { status: 400 })
  const employer = findEmployerByOrgnr(submission.value.orgnr)
  const r = once(submitted, () => {
    const created = createAgreement(user, {
      candidateId: submission.value.candidateId,
      organisationId: employer?.id ?? null,
      sharingConsentConfirmed: submission.value.sharingConsent,
    })
    return created.ok ? completed(`/jobbspesialist/avtaler/${created.id}?lagret=opprettet`) : created
  })
  if (r instanceof Completed) return redirect(r.location)
  const reply = toReplyErrors(fieldErrorsFromList(r.errors ?? []), ['candidateId', 'orgnr', 'sharingConsent'])
  if (!r.errors?.length) reply.formErrors.push(r.message)
  return data({ message: undefined, result: submission.reply(reply) }, { status: 422 })
}

export default function NewAgreement() {
  const { fromContact, contactMissing, people, person, idempotencyKey } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const [form, fields] = useForm({
    id: 'ny-avtale',
    lastResult: actionData?.result,
    defaultValue: { candidateId: person },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: DirectSchema }),
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
      {contactMissing ? <Alert variant="warning">Fant ingen forespørsel merket «Fått jobben» for en person i porteføljen din.</Alert> : null}
      {fromContact ? (
        <Form method="post">
          <input type="hidden" name="intent" value="fromContact" />
          <IdempotencyKeyField value={idempotencyKey} />
          <input type="hidden" name="contactRequestId" value={fromContact.contactRequestId} />
          <VStack gap="space-16">
            <BodyShort>
              {fromContact.organisationName} har markert at {fromContact.personName} har fått jobben
              {fromContact.jobTitle ? ` som ${fromContact.jobTitle.toLowerCase()}` : ''}. Avtalen fylles ut med det som står i
              stillingen, og du kan endre alt før den sendes til godkjenning.
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
            {form.errors?.length ? (
              <Alert variant="error" role="alert" id={form.errorId}>
                {form.errors.join(' ')}
              </Alert>
            ) : null}
            <Select label="Person i porteføljen" {...getInputProps(fields.candidateId, { type: 'text' })} key={fields.candidateId.key} error={fields.candidateId.errors?.join(' ')}>
              <option value="">Velg person</option>
              {people.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </Select>
            <TextField
              label="Arbeidsgiverens organisasjonsnummer"
              description="Ni siffer. Arbeidsgiveren må være registrert i Vi inkluderer."
              {...getInputProps(fields.orgnr, { type: 'text' })}
              key={fields.orgnr.key}
              inputMode="numeric"
              error={fields.orgnr.errors?.join(' ')}
            />
            <Checkbox {...getInputProps(fields.sharingConsent, { type: 'checkbox' })} key={fields.sharingConsent.key} error={Boolean(fields.sharingConsent.errors?.length)}>
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
