import { parseWithZod } from '@conform-to/zod'
import { BodyLong, Heading, VStack } from '@navikt/ds-react'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { VacancyForm } from '~/components/vacancies/VacancyForm'
import { vacancySchema } from '~/domain/vacancies'
import { createVacancy, occupationChoicesFor, vacancyFormOptions, vacancyValidationContext } from '~/services/vacancies.server'
import { completed, idempotentSubmission, newIdempotencyKey, once, ownerOfUser } from '~/services/idempotency.server'
import { requireEmployer } from '~/utils/permissions.server'

export const meta: MetaFunction = () => [{ title: 'Ny stilling – Vi inkluderer' }]

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireEmployer(request)
  return { options: vacancyFormOptions(user), idempotencyKey: newIdempotencyKey() }
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireEmployer(request)
  const formData = await request.formData()
  const submission = parseWithZod(formData, { schema: vacancySchema(vacancyValidationContext(user)) })
  if (submission.status !== 'success') {
    return data(
      { result: submission.reply(), occupation: occupationChoicesFor(formData.getAll('occupation').map(String)) },
      { status: 400 },
    )
  }
  const { version: _version, ...input } = submission.value
  const done = once(idempotentSubmission(formData, ownerOfUser(user), 'vacancy.create'), () =>
    completed(`/arbeidsgiver/stillinger/${createVacancy(user, input).id}?melding=opprettet`),
  )
  return redirect(done.location)
}

export default function NewVacancyPage() {
  const { options, idempotencyKey } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  return (
    <VStack gap="space-24">
      <Heading level="1" size="large">
        Ny stilling
      </Heading>
      <BodyLong>Stillingen lagres som utkast. Du kan se over den og publisere den etterpå.</BodyLong>
      <VacancyForm
        options={options}
        occupation={actionData?.occupation ?? []}
        lastResult={actionData?.result}
        defaultValue={{ startMode: 'SNAREST', kommunenummer: options.defaultKommunenummer }}
        submitLabel="Lagre utkast"
        cancelTo="/arbeidsgiver/stillinger"
        idempotencyKey={idempotencyKey}
      />
    </VStack>
  )
}
