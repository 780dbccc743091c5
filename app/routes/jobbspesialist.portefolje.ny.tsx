import { getFormProps, getInputProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod'
import { Alert, BodyShort, Button, Link as AkselLink, Heading, HStack, TextField, VStack } from '@navikt/ds-react'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { Form } from '~/components/Form'
import { codeOptions, FieldSelect, FormErrors } from '~/components/forms'
import { INNSATSGRUPPER, INNSATSGRUPPE_CODES } from '~/domain/codes'
import { CASELOAD_NORM, RegisterCandidateSchema } from '~/domain/candidates'
import { registerCandidate, registrationOptions } from '~/services/candidates.server'
import { requireUserWithRole } from '~/utils/permissions.server'
import { Completed, completed, idempotentSubmission, newIdempotencyKey, once, ownerOfUser } from '~/services/idempotency.server'
import { IdempotencyKeyField } from '~/components/layout/IdempotencyKeyField'
import { replyToFailure } from '~/utils/result.server'

export const meta: MetaFunction = () => [{ title: 'Registrer person – Vi inkluderer' }]

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithRole(request, 'jobbspesialist')
  return { ...registrationOptions(user), idempotencyKey: newIdempotencyKey() }
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUserWithRole(request, 'jobbspesialist')
  const formData = await request.formData()
  const submission = parseWithZod(formData, { schema: RegisterCandidateSchema })
  if (submission.status !== 'success') return data({ result: submission.reply() }, { status: 400 })
  // A double click or a resend opens the person registered by the first submit.
  const result = once(idempotentSubmission(formData, ownerOfUser(user), 'candidate.register'), () => {
    const registered = registerCandidate(user, submission.value)
    return registered.ok
      ? completed(`/jobbspesialist/portefolje/${registered.value.id}?registrert=1${registered.value.overNorm ? '&over=1' : ''}`)
      : registered
  })
  if (result instanceof Completed) return redirect(result.location)
  return replyToFailure(submission, result)
}

export default function RegisterCandidatePage() {
  const { kommuner, navUnits, defaultNavUnitId, activeCount, idempotencyKey } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    defaultValue: { navUnitId: defaultNavUnitId ? String(defaultNavUnitId) : '' },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: RegisterCandidateSchema }),
    shouldValidate: 'onSubmit',
    shouldRevalidate: 'onInput',
  })
  const err = (f: { errors?: string[] }) => f.errors?.join(' ')
  return (
    <VStack gap="space-24" className="form-narrow">
      <Heading level="1" size="large">
        Registrer person
      </Heading>
      <BodyShort>Opplysningene er personopplysninger. De vises bare for deg, og aldri for arbeidsgivere uten personens samtykke.</BodyShort>
      {activeCount >= CASELOAD_NORM ? (
        <Alert variant="warning">
          Du følger allerede opp {activeCount} aktive personer. IPS-normen er omtrent {CASELOAD_NORM}. Du kan likevel registrere personen.
        </Alert>
      ) : null}
      <Form method="post" {...getFormProps(form)}>
        <IdempotencyKeyField value={idempotencyKey} />
        <VStack gap="space-16">
          <FormErrors errors={form.errors} id={form.errorId} />
          <TextField
            label="Fornavn"
            autoComplete="off"
            {...getInputProps(fields.firstName, { type: 'text' })}
            key={fields.firstName.key}
            error={err(fields.firstName)}
          />
          <TextField
            label="Etternavn"
            autoComplete="off"
            {...getInputProps(fields.lastName, { type: 'text' })}
            key={fields.lastName.key}
            error={err(fields.lastName)}
          />
          <TextField
            label="Fødselsnummer eller d-nummer"
            description="11 siffer"
            inputMode="numeric"
            autoComplete="off"
            {...getInputProps(fields.fnr, { type: 'text' })}
            key={fields.fnr.key}
            error={err(fields.fnr)}
          />
          <TextField
            label="Telefon (valgfritt)"
            autoComplete="off"
            {...getInputProps(fields.phone, { type: 'tel' })}
            key={fields.phone.key}
            error={err(fields.phone)}
          />
          <TextField
            label="E-post (valgfritt)"
            autoComplete="off"
            {...getInputProps(fields.email, { type: 'email' })}
            key={fields.email.key}
            error={err(fields.email)}
          />
          <FieldSelect
            label="Kommune"
            field={fields.kommunenummer}
            empty="Velg kommune"
            options={kommuner.map((k) => ({ value: k.kommunenummer, label: k.label }))}
          />
          <FieldSelect
            label="Innsatsgruppe"
            field={fields.innsatsgruppe}
            empty="Velg innsatsgruppe"
            options={codeOptions(INNSATSGRUPPE_CODES, INNSATSGRUPPER)}
          />
          <TextField
            label="Henvist dato"
            description="dd.mm.åååå"
            {...getInputProps(fields.referralDate, { type: 'text' })}
            key={fields.referralDate.key}
            error={err(fields.referralDate)}
          />
          <FieldSelect
            label="NAV-kontor"
            field={fields.navUnitId}
            empty="Velg NAV-kontor"
            options={navUnits.map((u) => ({ value: u.id, label: u.name }))}
          />
          <HStack gap="space-16">
            <Button type="submit">Registrer</Button>
            <AkselLink as={Link} to="/jobbspesialist/portefolje">
              Avbryt
            </AkselLink>
          </HStack>
        </VStack>
      </Form>
    </VStack>
  )
}
