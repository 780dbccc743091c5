import { getFormProps, getInputProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod'
import { BodyLong, Button, Heading, TextField, VStack } from '@navikt/ds-react'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData } from '@remix-run/react'
import { Form } from '~/components/Form'
import { FormErrors } from '~/components/forms'
import { PersonLookupSchema } from '~/domain/candidates'
import { findPersonIdByFnr } from '~/services/person-history.server'
import { requireUserWithRole } from '~/utils/permissions.server'

export const meta: MetaFunction = () => [{ title: 'Innsyn for en person – Administrasjon – Vi inkluderer' }]

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUserWithRole(request, 'admin')
  return null
}

/** Exact lookup by fødselsnummer/d-nummer (audited) → the person's history. No browsing of people. */
export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUserWithRole(request, 'admin')
  const submission = parseWithZod(await request.formData(), { schema: PersonLookupSchema })
  if (submission.status !== 'success') return data({ result: submission.reply() }, { status: 400 })
  const id = findPersonIdByFnr(user, submission.value.fnr)
  if (id == null) {
    return data({ result: submission.reply({ fieldErrors: { fnr: ['Fant ingen person med dette nummeret.'] } }) }, { status: 422 })
  }
  return redirect(`/admin/personer/${id}/innsyn`)
}

export default function AdminPersonLookup() {
  const actionData = useActionData<typeof action>()
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: PersonLookupSchema }),
    shouldRevalidate: 'onInput',
  })
  return (
    <VStack gap="space-24" className="form-narrow">
      <Heading level="1" size="large">
        Innsyn for en person
      </Heading>
      <BodyLong>
        Se hvilke arbeidsgivere som har sett profilen, bedt om kontakt og fått personopplysninger. Oppslaget ditt blir logget.
      </BodyLong>
      <Form method="post" {...getFormProps(form)}>
        <VStack gap="space-16">
          <FormErrors errors={form.errors} id={form.errorId} />
          <TextField
            label="Fødselsnummer eller d-nummer"
            inputMode="numeric"
            autoComplete="off"
            {...getInputProps(fields.fnr, { type: 'text' })}
            key={fields.fnr.key}
            error={fields.fnr.errors?.join(' ')}
          />
          <div>
            <Button type="submit">Vis innsyn</Button>
          </div>
        </VStack>
      </Form>
    </VStack>
  )
}
