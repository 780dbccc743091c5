import { Alert, BodyShort, Button, Heading, VStack } from '@navikt/ds-react'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData, useSearchParams } from '@remix-run/react'
import { Form } from '~/components/Form'
import { AgreementSummary } from '~/components/agreements/AgreementSummary'
import { ApproveAgreementSchema } from '~/domain/agreements/inputs'
import { approveWithToken, getAgreementForToken } from '~/services/agreements/approvals.server'
import { fail, messageOf } from '~/utils/result'
import { statusOf } from '~/utils/result.server'

export const meta: MetaFunction = () => [{ title: 'Godkjenn oppfølgingsavtalen – Vi inkluderer' }, { name: 'robots', content: 'noindex' }]

/** The person's single-use approval link: shows only the agreement they approve. No login. */
export async function loader({ params }: LoaderFunctionArgs) {
  const view = getAgreementForToken(params.token ?? '')
  // A link that is unknown, used or expired is a message on this page, not an error page: the person is told what to do.
  return view.ok ? { ok: true as const, agreement: view.value } : { ok: false as const, message: messageOf(view) }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const seen = ApproveAgreementSchema.safeParse(Object.fromEntries(await request.formData()))
  const r = seen.success ? approveWithToken(params.token ?? '', seen.data.version) : fail('validation', 'Last siden på nytt og prøv igjen.')
  if (!r.ok) return data({ message: messageOf(r) }, { status: statusOf(r) })
  return redirect(`/avtale-godkjenning/ferdig?status=${r.value.status}`)
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
          <AgreementSummary
            content={view.agreement.content}
            styrkLabel={view.agreement.styrkLabel}
            organisationName={view.agreement.organisationName}
            schemes={view.agreement.schemes}
          />
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
