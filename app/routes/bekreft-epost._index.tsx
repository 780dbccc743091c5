import { type ActionFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData } from '@remix-run/react'
import { EmailRequestForm } from '~/components/accounts/EmailRequestForm'
import { resendVerification } from '~/services/accounts.server'
import { emailRequestAction } from '~/utils/email-request.server'

export const meta: MetaFunction = () => [{ title: 'Send bekreftelsen på nytt – Vi inkluderer' }]

export async function action({ request }: ActionFunctionArgs) {
  return emailRequestAction(request, resendVerification)
}

export default function ResendVerification() {
  const actionData = useActionData<typeof action>()
  return (
    <EmailRequestForm
      title="Send bekreftelsen på nytt"
      intro="Skriv e-postadressen du registrerte deg med. Vi sender en ny lenke for å bekrefte den."
      submitLabel="Send ny lenke"
      sentMessage="Hvis adressen hører til en bruker som ikke er bekreftet ennå, har vi sendt en ny lenke. Lenken virker i 24 timer."
      actionData={actionData}
    />
  )
}
