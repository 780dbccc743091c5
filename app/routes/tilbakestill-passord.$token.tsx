import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod'
import { BodyLong, Button, Heading, VStack } from '@navikt/ds-react'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { Form } from '~/components/Form'
import { PasswordFields } from '~/components/accounts/PasswordFields'
import { TokenProblem } from '~/components/accounts/TokenProblem'
import { NewPasswordSchema, refusedTokenState } from '~/domain/accounts/schemas'
import { resetPassword, tokenStatus } from '~/services/accounts.server'

export const meta: MetaFunction = () => [{ title: 'Velg nytt passord – Vi inkluderer' }]

export async function loader({ params }: LoaderFunctionArgs) {
  return { state: tokenStatus(params.token ?? '', 'PASSWORD_RESET') }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const submission = parseWithZod(await request.formData(), { schema: NewPasswordSchema })
  const hideFields = ['password', 'passwordRepeat']
  if (submission.status !== 'success') return data({ result: submission.reply({ hideFields }), state: 'valid' as const }, { status: 400 })
  const result = await resetPassword(params.token ?? '', submission.value.password)
  if (!result.ok)
    return data(
      { result: submission.reply({ hideFields }), state: refusedTokenState(Object.values(result.errors).flat()) },
      { status: 410 },
    )
  // Every session was revoked, this browser's included: log in again with the new password.
  return redirect('/logg-inn?passord=endret')
}

export default function ResetPassword() {
  const loaded = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const state = actionData?.state ?? loaded.state
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: NewPasswordSchema }),
    // onInput, not onBlur: an error vanishing on blur moves the button away from under the pointer and the click is lost.
    shouldRevalidate: 'onInput',
  })
  if (state !== 'valid') {
    return (
      <TokenProblem
        state={state}
        title="Kunne ikke tilbakestille passordet"
        newLink={{ href: '/glemt-passord', label: 'Be om en ny lenke' }}
      />
    )
  }
  return (
    <VStack gap="space-24" className="form-narrow">
      <Heading level="1" size="large">
        Velg nytt passord
      </Heading>
      <BodyLong>Når du har lagret det nye passordet, blir du logget ut på alle enheter og kan logge inn igjen.</BodyLong>
      <Form method="post" {...getFormProps(form)}>
        <VStack gap="space-16">
          <PasswordFields password={fields.password} passwordRepeat={fields.passwordRepeat} label="Nytt passord" />
          <div>
            <Button type="submit">Lagre nytt passord</Button>
          </div>
        </VStack>
      </Form>
    </VStack>
  )
}
