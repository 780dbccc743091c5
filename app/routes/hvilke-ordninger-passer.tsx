import { BodyLong, ErrorSummary, Heading, Link as AkselLink, VStack } from '@navikt/ds-react'
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { useEffect, useRef, useState } from 'react'
import { ComparisonForm } from '~/components/subsidies/ComparisonForm'
import { ComparisonResults } from '~/components/subsidies/ComparisonResults'
import { getUser } from '~/services/auth.server'
import { compareSubsidies, comparisonPrefill, organisationKommune, type PrefillSource } from '~/services/subsidies.server'
import { kommuneOptions } from '~/services/kommuner.server'
import { todayIso } from '~/utils/clock.server'
import { formatDate } from '~/utils/format'
import { useNonce } from '~/utils/nonce'
import { pageFailure } from '~/utils/result.server'

export const meta: MetaFunction = () => [{ title: 'Hvilke ordninger passer? – Vi inkluderer' }]

const PREFILL_PARAMS = ['stilling', 'kandidat', 'avtale'] as const

/** `?stilling=12`, `?kandidat=3`, `?avtale=7` or `?profil=K-123` prefill the answers (only from records the user may see). */
function prefillSourceOf(url: URL): PrefillSource | null {
  const profileCode = url.searchParams.get('profil')
  if (profileCode !== null) return { kind: 'profil', code: profileCode }
  for (const kind of PREFILL_PARAMS) {
    const raw = url.searchParams.get(kind)
    if (raw !== null) return { kind, id: Number(raw) }
  }
  return null
}

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url)
  const user = await getUser(request)
  const values: Record<string, string> = { startDate: formatDate(todayIso()) }
  const kommune = user?.role === 'arbeidsgiver' ? organisationKommune(user.organisationId) : null
  if (kommune) values.kommunenummer = kommune
  let prefilledFrom: string | null = null
  const source = prefillSourceOf(url)
  if (source) {
    const prefill = comparisonPrefill(user, source)
    if (!prefill.ok) throw pageFailure(prefill)
    Object.assign(values, prefill.value.values)
    prefilledFrom = prefill.value.source
  }
  return { values, prefilledFrom, kommuner: kommuneOptions() }
}

export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData()
  const values: Record<string, string> = {}
  for (const [key, value] of form) if (typeof value === 'string') values[key] = value
  const outcome = compareSubsidies(values)
  if (!outcome.ok) return data({ values, errors: outcome.errors, comparison: null }, { status: 422 })
  return { values, errors: {} as Record<string, string[]>, comparison: outcome.value }
}

export default function HvilkeOrdningerPasser() {
  const nonce = useNonce()
  const { values: prefilled, prefilledFrom, kommuner } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const values = actionData?.values ?? prefilled
  const errors = actionData?.errors ?? {}
  const errorList = Object.entries(errors).flatMap(([field, messages]) => messages.map((message) => ({ field, message })))
  const submittedRef = useRef(false)
  const [focusResult, setFocusResult] = useState(false)
  const [announcement, setAnnouncement] = useState('')
  const errorSummaryRef = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (!submittedRef.current || !actionData) return
    submittedRef.current = false
    if (actionData.comparison) {
      setFocusResult(true)
      const eligible = actionData.comparison.schemes.filter((s) => s.status === 'ELIGIBLE').length
      setAnnouncement(`Sammenligningen er klar: ${eligible} av ${actionData.comparison.schemes.length} ordninger kan passe.`)
    } else {
      errorSummaryRef.current?.focus()
      setAnnouncement('Sammenligningen ble ikke gjort. Rett feltene som er markert.')
    }
  }, [actionData])

  return (
    <VStack gap="space-32">
      <style
        nonce={nonce}
        dangerouslySetInnerHTML={{
          __html: `.calc-table-wrap { overflow-x: auto; } .cmp-result td.num, .cmp-result th.num { text-align: right; white-space: nowrap; }
.cmp-result h2:focus { outline: 3px solid #0067c5; outline-offset: 4px; }
.cmp-facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; margin: 0; }
.cmp-facts > div { display: contents; } .cmp-facts dt { font-weight: 600; } .cmp-facts dd { margin: 0; }`,
        }}
      />
      <VStack gap="space-8">
        <Heading level="1" size="xlarge">
          Hvilke ordninger passer?
        </Heading>
        <BodyLong>
          Svar på noen spørsmål om personen og stillingen, så ser du alle tilskuddsordningene side om side: om de kan passe, og hvorfor
          ikke, hva NAV kan dekke totalt og per år, og hvor lenge. Derfra kan du åpne den fulle beregningen i{' '}
          <AkselLink href="/tilskuddskalkulator">tilskuddskalkulatoren</AkselLink>. Svaret er veiledende; NAV avgjør.
        </BodyLong>
        {prefilledFrom ? <BodyLong>Svarene er fylt ut fra {prefilledFrom}. Sjekk dem før du sammenligner.</BodyLong> : null}
      </VStack>

      <div role="status" aria-live="polite" className="visually-hidden">
        {announcement}
      </div>

      {errorList.length > 0 ? (
        <ErrorSummary ref={errorSummaryRef} heading="Du må rette dette før vi kan sammenligne ordningene">
          {errorList.map((e, i) => (
            <ErrorSummary.Item key={`${e.field}-${i}`} href={`#felt-${e.field}`}>
              {e.message}
            </ErrorSummary.Item>
          ))}
        </ErrorSummary>
      ) : null}

      <ComparisonForm
        values={values}
        errors={errors}
        kommuner={kommuner}
        onSubmit={() => {
          submittedRef.current = true
        }}
      />

      {actionData?.comparison ? <ComparisonResults comparison={actionData.comparison} focusOnShow={focusResult} /> : null}
    </VStack>
  )
}
