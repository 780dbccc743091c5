import { getFormProps, getInputProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod'
import { Alert, BodyShort, Button, Heading, Link as AkselLink, TextField, VStack } from '@navikt/ds-react'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useSearchParams } from '@remix-run/react'
import { Form } from '~/components/Form'
import { LoginSchema } from '~/domain/accounts/schemas'
import { createSession, homeFor } from '~/services/auth.server'
import { safeRedirect } from '~/utils/safe-redirect'
import { attemptLogin, clientIp } from '~/services/login.server'
import { requireAnonymous } from '~/utils/permissions.server'

export const meta: MetaFunction = () => [{ title: 'Logg inn – Vi inkluderer' }]

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAnonymous(request)
  return null
}

export async function action({ request }: ActionFunctionArgs) {
  const formData = await request.formData()
  const submission = parseWithZod(formData, { schema: LoginSchema })
  if (submission.status !== 'success') {
    return data({ result: submission.reply({ hideFields: ['password'] }) }, { status: 400 })
  }
  const { email, password, redirectTo } = submission.value
  const result = await attemptLogin(email, password, clientIp(request))
  if (!result.ok) {
    const message =
      result.reason === 'rate_limited'
        ? 'For mange mislykkede forsøk. Vent 15 minutter og prøv igjen, eller tilbakestill passordet.'
        : result.reason === 'unverified'
          ? 'Du må bekrefte e-postadressen din før du kan logge inn. Sjekk innboksen din.'
          : 'Feil e-postadresse eller passord.'
    return data(
      { result: submission.reply({ formErrors: [message], hideFields: ['password'] }), unverified: result.reason === 'unverified' },
      { status: result.reason === 'rate_limited' ? 429 : 400 },
    )
  }
  return redirect(safeRedirect(redirectTo, homeFor(result.role)), {
    headers: { 'Set-Cookie': await createSession(result.userId, request) },
  })
}

export default function LoginPage() {
  const actionData = useActionData<typeof action>()
  const [searchParams] = useSearchParams()
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: LoginSchema }),
    // onInput, not onBlur: an error vanishing on blur moves the button away from under the pointer and the click is lost.
    shouldRevalidate: 'onInput',
  })
  return (
    <VStack gap="space-24" className="form-narrow">
      <Heading level="1" size="large">
        Logg inn
      </Heading>
      <Form method="post" {...getFormProps(form)}>
        <VStack gap="space-16">
          {searchParams.get('passord') === 'endret' && !form.errors?.length ? (
            <Alert variant="success" role="status">
              Passordet er endret, og du er logget ut overalt. Logg inn med det nye passordet.
            </Alert>
          ) : null}
          {form.errors?.length ? (
            <Alert variant="error" role="alert" id={form.errorId}>
              {form.errors.join(' ')}
              {actionData && 'unverified' in actionData && actionData.unverified ? (
                <>
                  {' '}
                  <AkselLink href="/bekreft-epost">Send bekreftelsen på nytt</AkselLink>
                </>
              ) : null}
            </Alert>
          ) : null}
          <input type="hidden" name="redirectTo" value={searchParams.get('redirectTo') ?? ''} />
          <TextField
            label="E-post"
            autoComplete="username"
            {...getInputProps(fields.email, { type: 'email' })}
            key={fields.email.key}
            error={fields.email.errors?.join(' ')}
          />
          <TextField
            label="Passord"
            autoComplete="current-password"
            {...getInputProps(fields.password, { type: 'password' })}
            key={fields.password.key}
            error={fields.password.errors?.join(' ')}
          />
          <div>
            <Button type="submit">Logg inn</Button>
          </div>
        </VStack>
      </Form>
      <BodyShort>
        <AkselLink href="/glemt-passord">Glemt passordet?</AkselLink>
      </BodyShort>
      <BodyShort>
        Ny arbeidsgiver? <AkselLink href="/registrer">Registrer virksomheten din</AkselLink>
      </BodyShort>
    </VStack>
  )
}
