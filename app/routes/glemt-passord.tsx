import { type ActionFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData } from '@remix-run/react'
import { EmailRequestForm } from '~/components/accounts/EmailRequestForm'
import { requestPasswordReset } from '~/services/accounts.server'
import { emailRequestAction } from '~/utils/email-request.server'

export const meta: MetaFunction = () => [{ title: 'Glemt passord – Vi inkluderer' }]

export async function action({ request }: ActionFunctionArgs) {
  return emailRequestAction(request, requestPasswordReset)
}

export default function ForgotPassword() {
  const actionData = useActionData<typeof action>()
  return (
    <EmailRequestForm
      title="Glemt passord"
      intro="Skriv e-postadressen du logger inn med. Vi sender deg en lenke for å velge nytt passord."
      submitLabel="Send lenke"
      sentMessage="Hvis adressen hører til en bruker hos oss, har vi sendt en e-post med en lenke for å velge nytt passord. Lenken virker i 1 time."
      actionData={actionData}
    />
  )
}
