import { BodyLong, ErrorSummary, Heading, Link as AkselLink, VStack } from '@navikt/ds-react'
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { useEffect, useRef, useState } from 'react'
import { CalculatorForm } from '~/components/subsidies/CalculatorForm'
import { HowWeCalculate } from '~/components/subsidies/HowWeCalculate'
import { resultAnnouncement, SubsidyResult } from '~/components/subsidies/SubsidyResult'
import { addDays, addMonths, errorsByField, formValuesFrom, requestFromForm, type FieldError } from '~/domain/subsidies'
import { getUser } from '~/services/auth.server'
import { computeSubsidy, loadRateTables, organisationKommune, type SubsidyCalculation } from '~/services/subsidies.server'
import { kommuneOptions } from '~/services/kommuner.server'
import { todayIso } from '~/utils/clock.server'
import { formatDate } from '~/utils/format'
import { useNonce } from '~/utils/nonce'
import { fieldErrorList } from '~/utils/result'

export const meta: MetaFunction = () => [{ title: 'Tilskuddskalkulator – Vi inkluderer' }]

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url)
  const user = await getUser(request)
  const values = formValuesFrom(url.searchParams)
  const employerKommune = user?.role === 'arbeidsgiver' ? organisationKommune(user.organisationId) : null
  const today = todayIso()
  const submitted = url.searchParams.has('beregn') || url.searchParams.has('scheme')
  let calculation: SubsidyCalculation | null = null
  let errors: FieldError[] = []
  if (submitted) {
    if (!values.scheme) {
      errors.push({ field: 'scheme', message: 'Velg ordning' })
    } else {
      const form = requestFromForm(values)
      // The page's date fields take dd.mm.åååå, and the messages say so.
      const outcome = computeSubsidy(form.request, { dateFormat: 'dd.mm.åååå' })
      errors = [...form.errors]
      if (!outcome.ok) {
        for (const e of fieldErrorList(outcome.errors)) {
          const field = form.fieldFor(e.field)
          if (!form.errors.some((f) => f.field === field)) errors.push({ field, message: e.message })
        }
      } else if (errors.length === 0) {
        calculation = outcome.value
      }
    }
  }
  const rates = loadRateTables()
  return {
    values,
    defaults: {
      startDate: formatDate(today),
      endDate: formatDate(addDays(addMonths(today, 12), -1)),
      kommunenummer: employerKommune ?? '',
    },
    kommuner: kommuneOptions(),
    calculation,
    errors,
    rates: {
      grunnbelop: rates.grunnbelop.slice(-3),
      inclusionSubsidyMax: rates.inclusionSubsidyMax,
      vtaoMonthly: rates.vtaoMonthly,
    },
  }
}

const PAGE_CSS = `
.calc-chart svg { width: 100%; height: auto; max-height: 18rem; }
.calc-legend { list-style: none; padding: 0; margin: 0.5rem 0; display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; }
.calc-table-wrap { overflow-x: auto; }
.calc-result td.num, .calc-result th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.calc-result h2:focus { outline: 3px solid #0067c5; outline-offset: 4px; }
.calc-inputs-list { display: grid; grid-template-columns: minmax(8rem, max-content) 1fr; gap: 0.25rem 1rem; margin: 0; }
.calc-inputs-list > div { display: contents; }
.calc-inputs-list dt { font-weight: 600; }
.calc-inputs-list dd { margin: 0; }
@media print {
  .calc-form, .calc-share, .calc-intro-links { display: none !important; }
  .calc-result { break-before: avoid; }
  .calc-result table { font-size: 10pt; }
  .calc-result tr { break-inside: avoid; }
  .calc-chart { break-inside: avoid; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 9pt; }
}
`

export default function Tilskuddskalkulator() {
  const nonce = useNonce()
  const { values, defaults, kommuner, calculation, errors, rates } = useLoaderData<typeof loader>()
  const byField = errorsByField(errors)
  const fieldIds: Record<string, string> = { scheme: 'scheme-group' }
  // Switching scheme hides the previous scheme's result until «Beregn» is pressed again.
  const [chosenScheme, setChosenScheme] = useState<string | undefined>(values.scheme)
  const submittedRef = useRef(false)
  const [focusResult, setFocusResult] = useState(false)
  const [announcement, setAnnouncement] = useState('')
  const errorSummaryRef = useRef<HTMLDivElement>(null)
  useEffect(() => {
    setChosenScheme(values.scheme)
    if (!submittedRef.current) return
    submittedRef.current = false
    if (calculation) {
      setFocusResult(true)
      setAnnouncement(resultAnnouncement(calculation))
    } else if (errors.length > 0) {
      errorSummaryRef.current?.focus()
      setAnnouncement(`Beregningen ble ikke gjort: ${errors.length === 1 ? 'ett felt' : `${errors.length} felt`} må rettes.`)
    }
  }, [calculation, errors, values.scheme])
  const showResult = calculation && (!chosenScheme || chosenScheme === calculation.scheme)

  return (
    <VStack gap="space-32">
      <style nonce={nonce} dangerouslySetInnerHTML={{ __html: PAGE_CSS }} />
      <VStack gap="space-8">
        <Heading level="1" size="xlarge">
          Tilskuddskalkulator
        </Heading>
        <BodyLong>
          Regn ut hva en ansettelse koster, og hva NAV kan dekke måned for måned med lønnstilskudd (midlertidig, varig eller fireårig for
          unge), tilskudd til sommerjobb, mentortilskudd, inkluderingstilskudd eller varig tilrettelagt arbeid (VTAO). Beregningen er
          veiledende; endelig tilskudd avtales med NAV.
        </BodyLong>
        <BodyLong className="calc-intro-links">
          Vet du ikke hvilken ordning som passer?{' '}
          <AkselLink href="/hvilke-ordninger-passer">Sammenlign alle ordningene for én ansettelse</AkselLink>.
        </BodyLong>
      </VStack>

      <div role="status" aria-live="polite" className="visually-hidden">
        {announcement}
      </div>

      {errors.length > 0 ? (
        <ErrorSummary ref={errorSummaryRef} heading="Du må rette dette før vi kan regne ut tilskuddet">
          {errors.map((e, i) => (
            <ErrorSummary.Item key={`${e.field}-${i}`} href={`#${fieldIds[e.field] ?? `felt-${e.field}`}`}>
              {e.message}
            </ErrorSummary.Item>
          ))}
        </ErrorSummary>
      ) : null}

      <CalculatorForm
        values={values}
        defaults={defaults}
        kommuner={kommuner}
        errors={byField}
        inclusionMax={rates.inclusionSubsidyMax}
        onSchemeChange={(scheme) => {
          setChosenScheme(scheme)
          setAnnouncement('')
        }}
        onSubmit={() => {
          submittedRef.current = true
        }}
      />

      {showResult ? <SubsidyResult calculation={calculation} values={values} focusOnShow={focusResult} /> : null}

      <HowWeCalculate rates={rates} />
    </VStack>
  )
}
