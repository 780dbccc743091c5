import { Alert, BodyShort, Button, Heading, VStack } from '@navikt/ds-react'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData, useSearchParams } from '@remix-run/react'
import { AgreementSummary } from '~/components/agreements/AgreementSummary'
import { approveWithToken, getAgreementForToken } from '~/services/agreements.server'

export const meta: MetaFunction = () => [{ title: 'Godkjenn oppfølgingsavtalen – Vi inkluderer' }, { name: 'robots', content: 'noindex' }]

/** The person's single-use approval link: shows only the agreement they approve. No login. */
export async function loader({ params }: LoaderFunctionArgs) {
  const view = getAgreementForToken(params.token ?? '')
  return view.ok ? { ok: true as const, agreement: view.agreement } : { ok: false as const, message: view.message }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const form = await request.formData()
  const r = approveWithToken(params.token ?? '', Number(form.get('version')))
  if (!r.ok) return data({ message: r.message }, { status: r.conflict ? 409 : 422 })
  return redirect(`/avtale-godkjenning/ferdig?status=${r.status}`)
}

export default function PersonApproval() {
  const view = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const [searchParams] = useSearchParams()
  return (
    <VStack gap="space-24">
      <Heading level="1" size="large">
        Godkjenn oppfølgingsavtalen
      </Heading>
      {actionData?.message ? (
        <Alert variant="error" role="alert">
          {actionData.message}
        </Alert>
      ) : null}
      {!view.ok ? (
        <Alert variant={searchParams.get('status') ? 'success' : 'warning'}>{view.message}</Alert>
      ) : (
        <>
          <BodyShort>
            Jobbspesialisten din, {view.agreement.jobbspesialistName}, har laget denne avtalen sammen med {view.agreement.organisationName}.
            Les den, og godkjenn hvis du er enig. Er noe feil, ta kontakt med jobbspesialisten før du godkjenner.
          </BodyShort>
          <AgreementSummary content={view.agreement.content} styrkLabel={view.agreement.styrkLabel} organisationName={view.agreement.organisationName} schemes={view.agreement.schemes} />
          <Form method="post">
            <input type="hidden" name="version" value={view.agreement.version} />
            <div>
              <Button type="submit">Jeg godkjenner avtalen</Button>
            </div>
          </Form>
        </>
      )}
    </VStack>
  )
}
