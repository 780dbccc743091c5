import { parseWithZod } from '@conform-to/zod'
import { Alert, Heading, VStack } from '@navikt/ds-react'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { vacancyFormValues } from '~/components/vacancies/VacancyDetails'
import { VacancyForm } from '~/components/vacancies/VacancyForm'
import { canEdit, vacancySchema } from '~/domain/vacancies'
import {
  occupationChoicesFor,
  requireOwnedVacancy,
  updateVacancy,
  vacancyFormOptions,
  vacancyValidationContext,
} from '~/services/vacancies.server'
import { requireEmployer } from '~/utils/permissions.server'
import { pageFailure, replyToFailure } from '~/utils/result.server'

export const meta: MetaFunction = () => [{ title: 'Endre stilling – Vi inkluderer' }]

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireEmployer(request)
  const owned = requireOwnedVacancy(user, Number(params.id))
  if (!owned.ok) throw pageFailure(owned)
  const vacancy = owned.value
  return {
    vacancy,
    editable: canEdit(vacancy.status),
    options: vacancyFormOptions(user),
    occupation: occupationChoicesFor([vacancy.styrkCode]),
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireEmployer(request)
  const id = Number(params.id)
  const formData = await request.formData()
  const submission = parseWithZod(formData, { schema: vacancySchema(vacancyValidationContext(user)) })
  const occupation = occupationChoicesFor(formData.getAll('occupation').map(String))
  if (submission.status !== 'success') return data({ result: submission.reply(), occupation }, { status: 400 })
  const { version, ...input } = submission.value
  const result = updateVacancy(user, id, version, input)
  if (!result.ok) return replyToFailure(submission, result, undefined, { occupation })
  return redirect(`/arbeidsgiver/stillinger/${id}?melding=lagret`)
}

export default function EditVacancyPage() {
  const { vacancy, editable, options, occupation } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  return (
    <VStack gap="space-24">
      <Heading level="1" size="large">
        Endre stilling: {vacancy.title}
      </Heading>
      {editable ? (
        <VacancyForm
          options={options}
          occupation={actionData?.occupation ?? occupation}
          lastResult={actionData?.result}
          defaultValue={vacancyFormValues(vacancy)}
          submitLabel="Lagre endringer"
          cancelTo={`/arbeidsgiver/stillinger/${vacancy.id}`}
        />
      ) : (
        <Alert variant="info">Stillingen er besatt og kan ikke endres.</Alert>
      )}
    </VStack>
  )
}
