import { Alert, BodyShort, Button, Heading, HStack, Link as AkselLink, VStack } from '@navikt/ds-react'
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData, useSearchParams } from '@remix-run/react'
import { Form } from '~/components/Form'
import { AgreementStatusTag, AgreementSummary, ApprovalList } from '~/components/agreements/AgreementSummary'
import { FollowUpDate } from '~/components/agreements/FollowUpDate'
import { FactSummary } from '~/components/layout/FactSummary'
import { ApproveAgreementSchema } from '~/domain/agreements/inputs'
import { approveAsEmployer } from '~/services/agreements/approvals.server'
import { getAgreementForEmployer } from '~/services/agreements/queries.server'
import { todayIso } from '~/utils/clock.server'
import { pageId, requireEmployer } from '~/utils/permissions.server'
import { fail } from '~/utils/result'
import { actionFailure, pageFailure } from '~/utils/result.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Oppfølgingsavtale nr. ${data?.agreement.id ?? ''} – Vi inkluderer` },
]

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireEmployer(request)
  const agreement = getAgreementForEmployer(user, pageId(params.id, 'Fant ikke avtalen'))
  if (!agreement.ok) throw pageFailure(agreement)
  return { agreement: agreement.value, today: todayIso() }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireEmployer(request)
  const id = pageId(params.id, 'Fant ikke avtalen')
  const seen = ApproveAgreementSchema.safeParse(Object.fromEntries(await request.formData()))
  const r = seen.success ? approveAsEmployer(user, id, seen.data.version) : fail('validation', 'Last siden på nytt og prøv igjen.')
  if (!r.ok) return actionFailure(r)
  return redirect(`/arbeidsgiver/avtaler/${id}?godkjent=1`)
}

export default function EmployerAgreement() {
  const { agreement: a, today } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const [searchParams] = useSearchParams()
  return (
    <VStack gap="space-24">
      <BodyShort className="no-print">
        <AkselLink href="/arbeidsgiver/avtaler">Tilbake til avtalene</AkselLink>
      </BodyShort>
      <VStack gap="space-8">
        <Heading level="1" size="large">
          Oppfølgingsavtale nr. {a.id}
        </Heading>
        <HStack gap="space-8" align="center">
          <BodyShort>
            {a.personName} – {a.content.jobTitle}
          </BodyShort>
          <AgreementStatusTag status={a.status} />
        </HStack>
      </VStack>
      {searchParams.get('godkjent') ? (
        <Alert variant="success" role="status">
          Dere har godkjent avtalen.
        </Alert>
      ) : null}
      {actionData?.error ? (
        <Alert variant="error" role="alert">
          {actionData.error}
        </Alert>
      ) : null}
      {a.status === 'ANNULLERT' ? <Alert variant="info">Avtalen er annullert: {a.cancellationReason}</Alert> : null}
      <FactSummary
        heading="Oppfølging"
        facts={[
          {
            label: 'Neste oppfølging',
            value: <FollowUpDate date={a.nextFollowUp} today={today} empty="Ikke planlagt ennå" />,
            testId: 'next-follow-up',
          },
          { label: 'Jobbspesialist', value: `${a.jobbspesialistName} (${a.jobbspesialistEmail})` },
          {
            label: 'Kontaktperson hos dere',
            value: `${a.content.contactName || 'Ikke fylt ut'}${a.content.contactPhone ? `, telefon ${a.content.contactPhone}` : ''}${a.content.contactEmail ? `, e-post ${a.content.contactEmail}` : ''}`,
          },
        ]}
      />
      <AgreementSummary content={a.content} styrkLabel={a.styrkLabel} organisationName={a.organisationName} schemes={a.schemes} />
      <VStack gap="space-8">
        <Heading level="2" size="medium">
          Godkjenning
        </Heading>
        <ApprovalList approvals={a.approvals} awaiting={a.awaiting} status={a.status} />
        {a.awaiting.includes('EMPLOYER') ? (
          <Form method="post" className="no-print">
            <input type="hidden" name="version" value={a.version} />
            <VStack gap="space-8">
              <BodyShort>Ved å godkjenne bekrefter dere stillingen, tilretteleggingen og oppfølgingsplanen slik den står over.</BodyShort>
              <div>
                <Button type="submit">Godkjenn avtalen</Button>
              </div>
            </VStack>
          </Form>
        ) : null}
      </VStack>
      <div className="no-print">
        <Button type="button" variant="secondary" onClick={() => window.print()}>
          Skriv ut avtalen
        </Button>
      </div>
    </VStack>
  )
}
