import { getFormProps, getInputProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod'
import {
  BodyLong,
  Button,
  Checkbox,
  CheckboxGroup,
  ErrorSummary,
  Fieldset,
  Heading,
  Link as AkselLink,
  Radio,
  RadioGroup,
  TextField,
  VStack,
} from '@navikt/ds-react'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { Form } from '~/components/Form'
import { codeOptions, FieldSelect } from '~/components/forms'
import { NACE_SECTIONS, SECTORS } from '@db/schema'
import { PasswordFields } from '~/components/accounts/PasswordFields'
import { SignupSchema } from '~/domain/accounts/schemas'
import { NACE_LABELS, SECTOR_LABELS } from '~/domain/codes'
import { registerEmployer } from '~/services/accounts.server'
import { kommuneOptions } from '~/services/kommuner.server'
import { listOrganisationsOfKind } from '~/services/organisations.server'
import { requireAnonymous } from '~/utils/permissions.server'
import { ANONYMOUS_OWNER, Completed, completed, idempotentSubmission, newIdempotencyKey, onceAsync } from '~/services/idempotency.server'
import { IdempotencyKeyField } from '~/components/layout/IdempotencyKeyField'
import { toReplyErrors } from '~/utils/result'
import { statusOf } from '~/utils/result.server'

/** Labels for the error summary, in the order the fields appear. */
/** The form's fields in page order, for the error summary. */
const FIELD_ORDER = [
  'orgnr',
  'organisationName',
  'kommunenummer',
  'sector',
  'naceSection',
  'partners',
  'name',
  'email',
  'password',
  'passwordRepeat',
] as const
const FIELD_LABELS: Record<(typeof FIELD_ORDER)[number], string> = {
  orgnr: 'Organisasjonsnummer',
  organisationName: 'Navn på virksomheten',
  kommunenummer: 'Kommune',
  sector: 'Sektor',
  naceSection: 'Bransje',
  partners: 'Medlemskap i partnerorganisasjoner',
  name: 'Navnet ditt',
  email: 'E-post',
  password: 'Passord',
  passwordRepeat: 'Gjenta passordet',
}

export const meta: MetaFunction = () => [{ title: 'Registrer arbeidsgiver – Vi inkluderer' }]

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAnonymous(request)
  return { kommuner: kommuneOptions(), partners: listOrganisationsOfKind('PARTNER'), idempotencyKey: newIdempotencyKey() }
}

export async function action({ request }: ActionFunctionArgs) {
  await requireAnonymous(request)
  const formData = await request.formData()
  const submission = parseWithZod(formData, { schema: SignupSchema })
  const hideFields = ['password', 'passwordRepeat']
  if (submission.status !== 'success') return data({ result: submission.reply({ hideFields }) }, { status: 400 })
  // A double click or a resend shows «sendt», not «the e-mail address is taken» (by the first submit).
  const result = await onceAsync(idempotentSubmission(formData, ANONYMOUS_OWNER, 'employer.register'), async () => {
    const registered = await registerEmployer(submission.value)
    return registered.ok ? completed('/registrer/sendt') : registered
  })
  if (result instanceof Completed) return redirect(result.location)
  // The password fields are never sent back.
  return data({ result: submission.reply({ ...toReplyErrors(result.errors), hideFields }) }, { status: statusOf(result) })
}

export default function RegisterEmployer() {
  const { kommuner, partners, idempotencyKey } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: SignupSchema }),
    // onInput, not onBlur: an error vanishing on blur moves the button away from under the pointer and the click is lost.
    shouldRevalidate: 'onInput',
  })
  const summary = FIELD_ORDER.flatMap((name) => {
    const errors = form.allErrors[name]
    return errors?.length ? [{ name, message: errors.join(' '), href: `#${fields[name].id}` }] : []
  })
  const chosenPartners = fields.partners.initialValue
  const partnerDefault = Array.isArray(chosenPartners) ? chosenPartners : chosenPartners ? [chosenPartners] : []
  return (
    <VStack gap="space-24" className="form-narrow">
      <Heading level="1" size="large">
        Registrer arbeidsgiver
      </Heading>
      <BodyLong>
        Registrer virksomheten din for å legge ut stillinger og se anonymiserte kandidater som NAVs jobbspesialister følger opp. Du får en
        e-post for å bekrefte adressen din.
      </BodyLong>
      {summary.length ? (
        <ErrorSummary heading="Rett opp dette før du registrerer:" headingTag="h2">
          {summary.map((item) => (
            <ErrorSummary.Item key={item.name} href={item.href}>
              {FIELD_LABELS[item.name]}: {item.message}
            </ErrorSummary.Item>
          ))}
        </ErrorSummary>
      ) : null}
      <Form method="post" {...getFormProps(form)}>
        <IdempotencyKeyField value={idempotencyKey} />
        <VStack gap="space-32">
          <Fieldset legend="Virksomheten">
            <VStack gap="space-16">
              <TextField
                label="Organisasjonsnummer"
                description="9 siffer, slik det står i Enhetsregisteret."
                inputMode="numeric"
                autoComplete="off"
                {...getInputProps(fields.orgnr, { type: 'text' })}
                key={fields.orgnr.key}
                error={fields.orgnr.errors?.join(' ')}
              />
              <TextField
                label="Navn på virksomheten"
                autoComplete="organization"
                {...getInputProps(fields.organisationName, { type: 'text' })}
                key={fields.organisationName.key}
                error={fields.organisationName.errors?.join(' ')}
              />
              <FieldSelect
                label="Kommune"
                description="Fylke og sone for arbeidsgiveravgift følger av kommunen."
                field={fields.kommunenummer}
                empty="Velg kommune"
                options={kommuner.map((k) => ({ value: k.kommunenummer, label: k.label }))}
              />
              <RadioGroup
                legend="Sektor"
                id={fields.sector.id}
                name={fields.sector.name}
                defaultValue={fields.sector.initialValue}
                key={fields.sector.key}
                error={fields.sector.errors?.join(' ')}
              >
                {SECTORS.map((sector) => (
                  <Radio key={sector} value={sector}>
                    {SECTOR_LABELS[sector]}
                  </Radio>
                ))}
              </RadioGroup>
              <FieldSelect
                label="Bransje"
                description="Næringshovedområde (NACE)."
                field={fields.naceSection}
                empty="Velg bransje"
                options={codeOptions(NACE_SECTIONS, NACE_LABELS)}
              />
              <CheckboxGroup
                legend="Medlemskap i partnerorganisasjoner"
                id={fields.partners.id}
                description="Valgfritt. Kryss av for organisasjonene virksomheten er medlem av."
                defaultValue={partnerDefault}
                key={fields.partners.key}
                error={fields.partners.errors?.join(' ')}
              >
                {partners.map((partner) => (
                  <Checkbox key={partner.id} name={fields.partners.name} value={partner.partnerCode ?? ''}>
                    {partner.name}
                  </Checkbox>
                ))}
              </CheckboxGroup>
            </VStack>
          </Fieldset>
          <Fieldset legend="Din bruker">
            <VStack gap="space-16">
              <TextField
                label="Navnet ditt"
                autoComplete="name"
                {...getInputProps(fields.name, { type: 'text' })}
                key={fields.name.key}
                error={fields.name.errors?.join(' ')}
              />
              <TextField
                label="E-post"
                autoComplete="email"
                {...getInputProps(fields.email, { type: 'email' })}
                key={fields.email.key}
                error={fields.email.errors?.join(' ')}
              />
              <PasswordFields password={fields.password} passwordRepeat={fields.passwordRepeat} />
            </VStack>
          </Fieldset>
          <div>
            <Button type="submit">Registrer</Button>
          </div>
        </VStack>
      </Form>
      <BodyLong>
        Har du allerede en bruker? <AkselLink href="/logg-inn">Logg inn</AkselLink>
      </BodyLong>
    </VStack>
  )
}
