import { parseWithZod } from '@conform-to/zod'
import { BodyLong, Link as AkselLink } from '@navikt/ds-react'
import { data, type ActionFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData } from '@remix-run/react'
import { EmailRequestForm } from '~/components/accounts/EmailRequestForm'
import { EmailOnlySchema } from '~/domain/accounts/schemas'
import { resendVerification } from '~/services/accounts.server'

export const meta: MetaFunction = () => [{ title: 'Send bekreftelsen på nytt – Vi inkluderer' }]

export async function action({ request }: ActionFunctionArgs) {
  const submission = parseWithZod(await request.formData(), { schema: EmailOnlySchema })
  if (submission.status !== 'success') return data({ result: submission.reply(), sent: false }, { status: 400 })
  resendVerification(submission.value.email)
  return { result: submission.reply(), sent: true }
}

export default function ResendVerification() {
  const actionData = useActionData<typeof action>()
  return (
    <EmailRequestForm
      title="Send bekreftelsen på nytt"
      intro="Skriv e-postadressen du registrerte deg med. Vi sender en ny lenke for å bekrefte den."
      submitLabel="Send ny lenke"
      sentMessage="Hvis adressen hører til en bruker som ikke er bekreftet ennå, har vi sendt en ny lenke. Lenken virker i 24 timer."
      lastResult={actionData?.result}
      sent={actionData?.sent ?? false}
    >
      <BodyLong>
        <AkselLink href="/logg-inn">Tilbake til innlogging</AkselLink>
      </BodyLong>
    </EmailRequestForm>
  )
}
