import { getFormProps, getInputProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod'
import { BodyLong, Button, Heading, TextField, VStack } from '@navikt/ds-react'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { Form } from '~/components/Form'
import { PasswordFields } from '~/components/accounts/PasswordFields'
import { TokenProblem } from '~/components/accounts/TokenProblem'
import { AcceptInvitationSchema, refusedTokenState } from '~/domain/accounts/schemas'
import { ROLE_LABELS } from '~/domain/codes'
import { acceptInvitation, getInvitation } from '~/services/accounts.server'
import { createSession, homeFor } from '~/services/auth.server'

export const meta: MetaFunction = () => [{ title: 'Invitasjon – Vi inkluderer' }]

export async function loader({ params }: LoaderFunctionArgs) {
  return getInvitation(params.token ?? '')
}

export async function action({ request, params }: ActionFunctionArgs) {
  const submission = parseWithZod(await request.formData(), { schema: AcceptInvitationSchema })
  const hideFields = ['password', 'passwordRepeat']
  if (submission.status !== 'success') return data({ result: submission.reply({ hideFields }), state: 'valid' as const }, { status: 400 })
  const result = await acceptInvitation(params.token ?? '', submission.value)
  if (!result.ok)
    return data(
      { result: submission.reply({ hideFields }), state: refusedTokenState(Object.values(result.errors).flat()) },
      { status: 410 },
    )
  return redirect(homeFor(result.value.role), { headers: { 'Set-Cookie': await createSession(result.value.userId, request) } })
}

export default function AcceptInvitation() {
  const invitation = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const state = actionData?.state ?? invitation.state
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: AcceptInvitationSchema }),
    // onInput, not onBlur: an error vanishing on blur moves the button away from under the pointer and the click is lost.
    shouldRevalidate: 'onInput',
  })
  if (state !== 'valid' || !invitation.user) {
    return <TokenProblem state={state === 'valid' ? 'unknown' : state} title="Invitasjonen kan ikke brukes" />
  }
  const { user } = invitation
  return (
    <VStack gap="space-24" className="form-narrow">
      <Heading level="1" size="large">
        Velkommen til Vi inkluderer
      </Heading>
      <BodyLong>
        Du er invitert som {ROLE_LABELS[user.role].toLowerCase()}
        {user.organisation ? ` for ${user.organisation}` : ''}. Du logger inn med {user.email}. Skriv navnet ditt og velg et passord.
      </BodyLong>
      <Form method="post" {...getFormProps(form)}>
        <VStack gap="space-16">
          <TextField
            label="Navnet ditt"
            autoComplete="name"
            {...getInputProps(fields.name, { type: 'text' })}
            key={fields.name.key}
            error={fields.name.errors?.join(' ')}
          />
          <PasswordFields password={fields.password} passwordRepeat={fields.passwordRepeat} />
          <div>
            <Button type="submit">Opprett bruker</Button>
          </div>
        </VStack>
      </Form>
    </VStack>
  )
}
