import { parseWithZod } from '@conform-to/zod'
import { BodyLong, Link as AkselLink } from '@navikt/ds-react'
import { data, type ActionFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData } from '@remix-run/react'
import { EmailRequestForm } from '~/components/accounts/EmailRequestForm'
import { EmailOnlySchema } from '~/domain/accounts/schemas'
import { requestPasswordReset } from '~/services/accounts.server'

export const meta: MetaFunction = () => [{ title: 'Glemt passord – Vi inkluderer' }]

export async function action({ request }: ActionFunctionArgs) {
  const submission = parseWithZod(await request.formData(), { schema: EmailOnlySchema })
  if (submission.status !== 'success') return data({ result: submission.reply(), sent: false }, { status: 400 })
  requestPasswordReset(submission.value.email)
  return { result: submission.reply(), sent: true }
}

export default function ForgotPassword() {
  const actionData = useActionData<typeof action>()
  return (
    <EmailRequestForm
      title="Glemt passord"
      intro="Skriv e-postadressen du logger inn med. Vi sender deg en lenke for å velge nytt passord."
      submitLabel="Send lenke"
      sentMessage="Hvis adressen hører til en bruker hos oss, har vi sendt en e-post med en lenke for å velge nytt passord. Lenken virker i 1 time."
      lastResult={actionData?.result}
      sent={actionData?.sent ?? false}
    >
      <BodyLong>
        <AkselLink href="/logg-inn">Tilbake til innlogging</AkselLink>
      </BodyLong>
    </EmailRequestForm>
  )
}
