import { Alert, BodyLong, Button, Checkbox, CheckboxGroup, Heading, VStack } from '@navikt/ds-react'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData, useSearchParams } from '@remix-run/react'
import { getDisclosurePlan, saveDisclosurePlan } from '~/services/min-side.server'
import { requirePerson } from '~/services/person-auth.server'
import { pageFailure } from '~/utils/result.server'

export const meta: MetaFunction = () => [{ title: 'Hva arbeidsgivere får vite – Vi inkluderer' }]

export async function loader({ request }: LoaderFunctionArgs) {
  const person = await requirePerson(request)
  return getDisclosurePlan(person.candidateId)
}

export async function action({ request }: ActionFunctionArgs) {
  const person = await requirePerson(request)
  const form = await request.formData()
  const result = saveDisclosurePlan(person.candidateId, { shown: form.getAll('shown').map(String) })
  if (!result.ok) {
    if (result.kind === 'not_found') throw pageFailure(result)
    return data({ error: Object.values(result.errors).flat()[0] ?? 'Prøv igjen.' }, { status: 422 })
  }
  return redirect('/min-side/deling?lagret=1')
}

export default function Disclosure() {
  const plan = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const [params] = useSearchParams()
  return (
    <VStack gap="space-24" className="form-narrow">
      <Heading level="1" size="large">
        Hva skal arbeidsgivere få vite?
      </Heading>
      {params.get('lagret') ? (
        <Alert variant="success" role="status">
          Valget ditt er lagret. Profilen viser nå bare det du har krysset av for.
        </Alert>
      ) : null}
      {actionData?.error ? (
        <Alert variant="error" role="alert">
          {actionData.error}
        </Alert>
      ) : null}
      {!plan.hasProfile || plan.needs.length === 0 ? (
        <BodyLong>Det er ikke registrert noe behov for tilrettelegging på profilen din. Du trenger ikke gjøre noe her.</BodyLong>
      ) : (
        <Form method="post">
          <VStack gap="space-16">
            <BodyLong>
              Jobbspesialisten din har skrevet ned dette om hva som hjelper deg på jobb. Du bestemmer hva arbeidsgivere får se. Det du tar bort, ser
              bare du og jobbspesialisten.
            </BodyLong>
            <CheckboxGroup legend="Vis dette til arbeidsgivere" defaultValue={plan.needs.filter((n) => n.shown).map((n) => n.code)}>
              {plan.needs.map((n) => (
                <Checkbox key={n.code} name="shown" value={n.code}>
                  {n.label}
                </Checkbox>
              ))}
            </CheckboxGroup>
            <BodyLong>Jobbspesialisten din ser valget ditt.</BodyLong>
            <div>
              <Button type="submit">Lagre valget</Button>
            </div>
          </VStack>
        </Form>
      )}
    </VStack>
  )
}
