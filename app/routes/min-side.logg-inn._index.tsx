import { getFormProps, getInputProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod'
import { Alert, BodyLong, BodyShort, Button, Heading, TextField, VStack } from '@navikt/ds-react'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData, useSearchParams } from '@remix-run/react'
import { Form } from '~/components/Form'
import { FormErrors } from '~/components/forms'
import { LOGIN_LINK_HOURS, RequestLinkSchema } from '~/domain/person'
import { idportenSettings } from '~/services/idporten.server'
import { clientIp } from '~/services/login.server'
import { getPersonSession, requestLoginLink } from '~/services/person-auth.server'
import { replyToFailure } from '~/utils/result.server'

export const meta: MetaFunction = () => [{ title: 'Logg inn på Min side – Vi inkluderer' }, { name: 'robots', content: 'noindex' }]

export async function loader({ request }: LoaderFunctionArgs) {
  if (await getPersonSession(request)) throw redirect('/min-side')
  return { idporten: idportenSettings() != null }
}

export async function action({ request }: ActionFunctionArgs) {
  const submission = parseWithZod(await request.formData(), { schema: RequestLinkSchema })
  if (submission.status !== 'success') return data({ result: submission.reply(), sent: false, limited: false }, { status: 400 })
  const result = requestLoginLink(submission.value, clientIp(request))
  if (!result.ok) return replyToFailure(submission, result, ['email'])
  // The same answer whether the address is known or not; only the rate limit is told.
  if (result.value.limited) return data({ result: submission.reply(), sent: false, limited: true }, { status: 429 })
  return { result: submission.reply(), sent: true, limited: false }
}

export default function MinSideLogin() {
  const { idporten } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const [params] = useSearchParams()
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: RequestLinkSchema }),
    shouldRevalidate: 'onInput',
  })
  const sent = actionData && 'sent' in actionData && actionData.sent
  const limited = actionData && 'limited' in actionData && actionData.limited
  return (
    <VStack gap="space-24" className="form-narrow">
      <Heading level="1" size="large">
        Logg inn på Min side
      </Heading>
      {params.get('utlopt') ? (
        <Alert variant="info" role="status">
          Du ble logget ut fordi det gikk en stund uten at du gjorde noe, eller fordi jobbspesialisten avsluttet innloggingen. Logg inn på
          nytt.
        </Alert>
      ) : null}
      {params.get('utlogget') ? (
        <Alert variant="success" role="status">
          Du er logget ut av Min side.
        </Alert>
      ) : null}
      <BodyLong>Min side er for deg som får hjelp av en jobbspesialist i NAV. Her ser du profilen din og bestemmer hva som deles.</BodyLong>
      {idporten ? (
        <VStack gap="space-8">
          <Heading level="2" size="small">
            Med ID-porten
          </Heading>
          <BodyShort>Bruk BankID, MinID eller Buypass, slik du gjør hos NAV.</BodyShort>
          <Form method="post" action="/min-side/idporten/start">
            <Button type="submit">Logg inn med ID-porten</Button>
          </Form>
        </VStack>
      ) : null}
      <VStack gap="space-8">
        <Heading level="2" size="small">
          Få en lenke på e-post
        </Heading>
        {sent ? (
          <Alert variant="success" role="status">
            Hvis e-postadressen hører til noen som har fått tilgang til Min side, har vi sendt en lenke dit nå. Lenken virker i{' '}
            {LOGIN_LINK_HOURS} timer. Sjekk innboksen din.
          </Alert>
        ) : null}
        {limited ? (
          <Alert variant="warning" role="alert">
            Du har bedt om mange lenker på kort tid. Vent en time, og prøv igjen.
          </Alert>
        ) : null}
        <Form method="post" {...getFormProps(form)}>
          <VStack gap="space-16">
            <FormErrors errors={form.errors} id={form.errorId} />
            <TextField
              label="E-postadressen din"
              description="Den samme adressen som jobbspesialisten din har."
              autoComplete="email"
              {...getInputProps(fields.email, { type: 'email' })}
              key={fields.email.key}
              error={fields.email.errors?.join(' ')}
            />
            <div>
              <Button type="submit">Send meg en lenke</Button>
            </div>
          </VStack>
        </Form>
      </VStack>
    </VStack>
  )
}
