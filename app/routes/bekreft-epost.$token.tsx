import { BodyLong, Button, Heading, VStack } from '@navikt/ds-react'
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { Form } from '~/components/Form'
import { TokenProblem } from '~/components/accounts/TokenProblem'
import { refusedTokenState } from '~/domain/accounts/schemas'
import { tokenStatus, verifyEmail } from '~/services/accounts.server'
import { createSession, homeFor } from '~/services/auth.server'

export const meta: MetaFunction = () => [{ title: 'Bekreft e-postadressen – Vi inkluderer' }]

/** GET only shows the page (mail scanners that follow links must not use the token); the button confirms. */
export async function loader({ params }: LoaderFunctionArgs) {
  return { state: tokenStatus(params.token ?? '', 'EMAIL_VERIFICATION') }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const result = verifyEmail(params.token ?? '')
  if (!result.ok) return { state: refusedTokenState(Object.values(result.errors).flat()) }
  return redirect(homeFor(result.value.role), { headers: { 'Set-Cookie': await createSession(result.value.userId, request) } })
}

export default function VerifyEmail() {
  const loaded = useLoaderData<typeof loader>()
  const state = useActionData<typeof action>()?.state ?? loaded.state
  if (state !== 'valid') {
    return (
      <TokenProblem
        state={state}
        title="Kunne ikke bekrefte e-postadressen"
        newLink={{ href: '/bekreft-epost', label: 'Send bekreftelsen på nytt' }}
      />
    )
  }
  return (
    <VStack gap="space-16" className="form-narrow">
      <Heading level="1" size="large">
        Bekreft e-postadressen
      </Heading>
      <BodyLong>Trykk på knappen for å bekrefte e-postadressen din. Du blir logget inn med en gang.</BodyLong>
      <Form method="post">
        <Button type="submit">Bekreft e-postadressen</Button>
      </Form>
    </VStack>
  )
}
