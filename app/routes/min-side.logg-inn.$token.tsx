import { Alert, BodyLong, Button, Heading, Link as AkselLink, VStack } from '@navikt/ds-react'
import { data, redirect, type ActionFunctionArgs, type HeadersFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { Form } from '~/components/Form'
import { loginLinkState, signInWithLink, type LoginLinkState } from '~/services/person-auth.server'

/**
 * The single-use sign-in link. Opening it changes nothing (mail scanners open
 * links too); the person presses «Logg inn», and only then is it used.
 */
export const meta: MetaFunction = () => [{ title: 'Logg inn på Min side – Vi inkluderer' }, { name: 'robots', content: 'noindex' }]

const NO_LEAK = { 'Referrer-Policy': 'no-referrer', 'Cache-Control': 'no-store' }
export const headers: HeadersFunction = () => NO_LEAK

const MESSAGES: Record<Exclude<LoginLinkState, 'valid'>, string> = {
  invalid: 'Lenken er ikke gyldig. Kopier hele lenken fra e-posten, eller be om en ny.',
  used: 'Lenken er allerede brukt. Be om en ny lenke for å logge inn igjen.',
  expired: 'Lenken virker ikke lenger. Be om en ny lenke.',
}

const REFUSED_STATES = ['invalid', 'used', 'expired'] as const
/** Why the link cannot be used, from the service's message or the loader's state (anything else: invalid). */
function refusedState(value: unknown): Exclude<LoginLinkState, 'valid'> {
  return REFUSED_STATES.find((s) => s === value) ?? 'invalid'
}

export async function loader({ params }: LoaderFunctionArgs) {
  const state = loginLinkState(params.token ?? '')
  return data({ state }, { headers: NO_LEAK, status: state === 'valid' ? 200 : state === 'invalid' ? 404 : 410 })
}

export async function action({ params }: ActionFunctionArgs) {
  const result = await signInWithLink(params.token ?? '')
  if (!result.ok) {
    const state = refusedState(Object.values(result.errors).flat()[0])
    return data({ state }, { status: 410, headers: NO_LEAK })
  }
  return redirect('/min-side', { headers: { 'Set-Cookie': result.value.cookie, ...NO_LEAK } })
}

export default function SignInWithLink() {
  const loaded = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const state = actionData?.state ?? loaded.state
  if (state !== 'valid') {
    return (
      <VStack gap="space-16" className="form-narrow">
        <Heading level="1" size="large">
          Lenken kan ikke brukes
        </Heading>
        <Alert variant="warning">{MESSAGES[refusedState(state)]}</Alert>
        <AkselLink href="/min-side/logg-inn">Be om en ny lenke</AkselLink>
      </VStack>
    )
  }
  return (
    <VStack gap="space-16" className="form-narrow">
      <Heading level="1" size="large">
        Logg inn på Min side
      </Heading>
      <BodyLong>Trykk på knappen for å logge inn. Lenken kan bare brukes én gang.</BodyLong>
      <Form method="post">
        <Button type="submit">Logg inn</Button>
      </Form>
    </VStack>
  )
}
