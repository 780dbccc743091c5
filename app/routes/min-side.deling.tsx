import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod'
import { Alert, BodyLong, Button, Checkbox, CheckboxGroup, Heading, VStack } from '@navikt/ds-react'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData, useSearchParams } from '@remix-run/react'
import { Form } from '~/components/Form'
import { FormErrors } from '~/components/forms'
import { DisclosureSchema } from '~/domain/person'
import { getDisclosurePlan, saveDisclosurePlan } from '~/services/min-side.server'
import { requirePerson } from '~/services/person-auth.server'
import { replyToFailure } from '~/utils/result.server'

export const meta: MetaFunction = () => [{ title: 'Hva arbeidsgivere får vite – Vi inkluderer' }]

export async function loader({ request }: LoaderFunctionArgs) {
  const person = await requirePerson(request)
  return getDisclosurePlan(person.candidateId)
}

export async function action({ request }: ActionFunctionArgs) {
  const person = await requirePerson(request)
  const submission = parseWithZod(await request.formData(), { schema: DisclosureSchema })
  if (submission.status !== 'success') return data({ result: submission.reply() }, { status: 400 })
  const result = saveDisclosurePlan(person.candidateId, submission.value)
  if (!result.ok) return replyToFailure(submission, result, ['shown'])
  return redirect('/min-side/deling?lagret=1')
}

export default function Disclosure() {
  const plan = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const [params] = useSearchParams()
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    defaultValue: { shown: plan.needs.filter((n) => n.shown).map((n) => n.code) },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: DisclosureSchema }),
    shouldRevalidate: 'onInput',
  })
  const initial = fields.shown.initialValue
  const checked = Array.isArray(initial)
    ? initial.filter((v): v is string => typeof v === 'string')
    : typeof initial === 'string'
      ? [initial]
      : []
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
      {!plan.hasProfile || plan.needs.length === 0 ? (
        <BodyLong>Det er ikke registrert noe behov for tilrettelegging på profilen din. Du trenger ikke gjøre noe her.</BodyLong>
      ) : (
        <Form method="post" {...getFormProps(form)}>
          <VStack gap="space-16">
            <BodyLong>
              Jobbspesialisten din har skrevet ned dette om hva som hjelper deg på jobb. Du bestemmer hva arbeidsgivere får se. Det du tar
              bort, ser bare du og jobbspesialisten.
            </BodyLong>
            <FormErrors errors={form.errors} id={form.errorId} />
            <CheckboxGroup
              legend="Vis dette til arbeidsgivere"
              description="Kryss av for det arbeidsgivere kan få vite. Tar du bort krysset, vises det ikke."
              defaultValue={checked}
              key={fields.shown.key}
              error={fields.shown.errors?.join(' ')}
            >
              {plan.needs.map((n) => (
                <Checkbox key={n.code} name={fields.shown.name} value={n.code}>
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
