import {
  Alert,
  BodyLong,
  BodyShort,
  Box,
  Button,
  ErrorSummary,
  Fieldset,
  Heading,
  HGrid,
  Link as AkselLink,
  Radio,
  RadioGroup,
  Select,
  Table,
  TextField,
  VStack,
} from '@navikt/ds-react'
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, useLoaderData } from '@remix-run/react'
import { useEffect, useState } from 'react'
import {
  addMonths,
  addDays,
  EMPLOYER_TAX_ZONES,
  EXPENSE_CATEGORIES,
  EXPENSE_CATEGORY_LABELS,
  expenseField,
  errorsByField,
  formValuesFrom,
  HOLIDAY_PAY_RATES,
  INNSATSGRUPPER,
  INNSATSGRUPPE_LABELS,
  monthRows,
  requestFromForm,
  SCHEME_EXPLANATIONS,
  SCHEME_LABELS,
  SCHEMES,
  type FieldError,
  type FormValues,
  type Scheme,
} from '~/domain/subsidies'
import { getUser } from '~/services/auth.server'
import {
  computeSubsidy,
  kommuneOptions,
  loadRateTables,
  organisationKommune,
  type SubsidyCalculation,
} from '~/services/subsidies.server'
import { todayIso } from '~/utils/clock.server'
import { formatMonthNb as formatMonth } from '~/domain/dates'
import { formatDate, formatKroner, formatNumber } from '~/utils/format'

export const meta: MetaFunction = () => [{ title: 'Tilskuddskalkulator – Vi inkluderer' }]

const WAGE_SCHEMES: readonly string[] = ['MIDLERTIDIG_LONNSTILSKUDD', 'VARIG_LONNSTILSKUDD', 'SOMMERJOBB']

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
      const outcome = computeSubsidy(form.request)
      errors = [...form.errors]
      if (!outcome.ok) {
        for (const e of outcome.errors) {
          const field = form.fieldFor(e.field)
          if (!form.errors.some((f) => f.field === field)) errors.push({ field, message: e.message })
        }
      } else if (errors.length === 0) {
        calculation = outcome.result
      }
    }
  }
  // The page's date fields take dd.mm.åååå.
  errors = errors.map((e) => ({ ...e, message: e.message.replace('(ÅÅÅÅ-MM-DD)', '(dd.mm.åååå)') }))
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
    },
  }
}

const PRINT_CSS = `
.calc-chart svg { width: 100%; height: auto; max-height: 16rem; }
.calc-chart .bar { fill: #0067c5; }
.calc-chart .bar--reduced { fill: #66a3e0; }
.calc-table-wrap { overflow-x: auto; }
.calc-result td.num, .calc-result th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
@media print {
  .calc-form, .calc-share { display: none !important; }
  .calc-result { break-before: avoid; }
  .calc-result table { font-size: 10pt; }
  .calc-result tr { break-inside: avoid; }
  .calc-chart { break-inside: avoid; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 9pt; }
}
`

function useHydrated() {
  const [hydrated, setHydrated] = useState(false)
  useEffect(() => setHydrated(true), [])
  return hydrated
}

function formatPct(value: number) {
  return `${formatNumber(value)} %`
}

export default function Tilskuddskalkulator() {
  const { values, defaults, kommuner, calculation, errors, rates } = useLoaderData<typeof loader>()
  const hydrated = useHydrated()
  const [scheme, setScheme] = useState<string>(values.scheme ?? '')
  const [payMode, setPayMode] = useState<string>(values.payMode ?? 'monthly')
  const [wagePeriod, setWagePeriod] = useState<string>(values.mentorWagePeriod ?? 'HOUR')
  const byField = errorsByField(errors)
  const err = (field: string) => byField[field]?.join(' ')
  const v = (field: keyof FormValues, fallback = '') => values[field] ?? fallback
  // Without JavaScript every section is shown; with it, only the chosen scheme's.
  const show = (schemes: readonly string[]) => !hydrated || schemes.includes(scheme)
  const fieldIds: Record<string, string> = { scheme: 'scheme-group' }

  return (
    <VStack gap="space-32">
      <style dangerouslySetInnerHTML={{ __html: PRINT_CSS }} />
      <VStack gap="space-8">
        <Heading level="1" size="xlarge">
          Tilskuddskalkulator
        </Heading>
        <BodyLong>
          Regn ut hva en ansettelse koster, og hva NAV kan dekke måned for måned med lønnstilskudd, tilskudd til
          sommerjobb, mentortilskudd eller inkluderingstilskudd. Beregningen er veiledende; endelig tilskudd avtales med
          NAV.
        </BodyLong>
      </VStack>

      {errors.length > 0 ? (
        <ErrorSummary heading="Du må rette dette før vi kan regne ut tilskuddet">
          {errors.map((e, i) => (
            <ErrorSummary.Item key={`${e.field}-${i}`} href={`#${fieldIds[e.field] ?? `felt-${e.field}`}`}>
              {e.message}
            </ErrorSummary.Item>
          ))}
        </ErrorSummary>
      ) : null}

      <Form method="get" className="calc-form" aria-label="Opplysninger til beregningen">
        <input type="hidden" name="beregn" value="1" />
        <VStack gap="space-24">
          <RadioGroup
            legend="Ordning"
            id="scheme-group"
            name="scheme"
            defaultValue={values.scheme}
            onChange={(value: string) => setScheme(value)}
            error={err('scheme')}
          >
            {SCHEMES.map((s) => (
              <Radio
                key={s}
                value={s}
                id={s === SCHEMES[0] ? 'felt-scheme' : undefined}
                description={`${SCHEME_EXPLANATIONS[s].who} ${SCHEME_EXPLANATIONS[s].howMuch} ${SCHEME_EXPLANATIONS[s].howLong}`}
              >
                {SCHEME_LABELS[s]}
              </Radio>
            ))}
          </RadioGroup>

          <Fieldset legend="Personen og perioden">
            <HGrid columns={{ xs: 1, md: 2 }} gap="space-16">
              <Select
                label="Innsatsgruppe"
                description="NAVs vurdering av hvor mye hjelp personen trenger. Jobbspesialisten kan fortelle deg hva som gjelder."
                id="felt-innsatsgruppe"
                name="innsatsgruppe"
                defaultValue={v('innsatsgruppe', 'TRENGER_VEILEDNING')}
                error={err('innsatsgruppe')}
              >
                {INNSATSGRUPPER.map((g) => (
                  <option key={g} value={g}>
                    {INNSATSGRUPPE_LABELS[g]}
                  </option>
                ))}
              </Select>
              <TextField
                label="Fødselsdato (valgfritt)"
                description="dd.mm.åååå. Brukes bare til å sjekke alderskravene."
                id="felt-birthDate"
                name="birthDate"
                defaultValue={v('birthDate')}
                error={err('birthDate')}
              />
              <TextField
                label="Startdato"
                description="dd.mm.åååå"
                id="felt-startDate"
                name="startDate"
                defaultValue={v('startDate', defaults.startDate)}
                error={err('startDate')}
              />
              <TextField
                label="Sluttdato"
                description="dd.mm.åååå (siste dag i avtalen)"
                id="felt-endDate"
                name="endDate"
                defaultValue={v('endDate', defaults.endDate)}
                error={err('endDate')}
              />
            </HGrid>
          </Fieldset>

          {show(WAGE_SCHEMES) ? (
            <Fieldset
              legend="Lønn"
              description="Gjelder lønnstilskudd og sommerjobb. Brutto lønn i den faktiske stillingsprosenten, med faste og uregelmessige tillegg, uten overtid."
            >
              <VStack gap="space-16">
                <RadioGroup
                  legend="Hvordan vil du oppgi lønnen?"
                  name="payMode"
                  defaultValue={v('payMode', 'monthly')}
                  onChange={(value: string) => setPayMode(value)}
                >
                  <Radio value="monthly">Månedslønn</Radio>
                  <Radio value="yearly">Årslønn i full stilling og stillingsprosent</Radio>
                </RadioGroup>
                <HGrid columns={{ xs: 1, md: 3 }} gap="space-16">
                  {!hydrated || payMode === 'monthly' ? (
                    <TextField
                      label="Månedslønn (kr)"
                      inputMode="numeric"
                      id="felt-monthlyPay"
                      name="monthlyPay"
                      defaultValue={v('monthlyPay')}
                      error={err('monthlyPay')}
                    />
                  ) : null}
                  {!hydrated || payMode === 'yearly' ? (
                    <>
                      <TextField
                        label="Årslønn i full stilling (kr)"
                        inputMode="numeric"
                        id="felt-yearlyPay"
                        name="yearlyPay"
                        defaultValue={v('yearlyPay')}
                        error={err('yearlyPay')}
                      />
                      <TextField
                        label="Stillingsprosent"
                        inputMode="decimal"
                        id="felt-positionPercent"
                        name="positionPercent"
                        defaultValue={v('positionPercent', '100')}
                        error={err('positionPercent')}
                      />
                    </>
                  ) : null}
                </HGrid>
              </VStack>
            </Fieldset>
          ) : null}

          {show(['VARIG_LONNSTILSKUDD']) ? (
            <TextField
              label="Avtalt tilskuddsprosent (varig lønnstilskudd)"
              description="Mellom 0 og 75 %. Etter 12 måneder er satsen høyst 67 %."
              inputMode="decimal"
              id="felt-subsidyPercent"
              name="subsidyPercent"
              defaultValue={v('subsidyPercent')}
              error={err('subsidyPercent')}
              className="form-narrow"
            />
          ) : null}

          {show(['MENTOR']) ? (
            <Fieldset
              legend="Mentor"
              description="Mentorens lønn og hvor mange timer i måneden mentoren bruker på oppgaven."
            >
              <HGrid columns={{ xs: 1, md: 2 }} gap="space-16">
                <Select
                  label="Lønnen er oppgitt som"
                  id="felt-mentorWagePeriod"
                  name="mentorWagePeriod"
                  defaultValue={v('mentorWagePeriod', 'HOUR')}
                  onChange={(e) => setWagePeriod(e.target.value)}
                >
                  <option value="HOUR">Timelønn</option>
                  <option value="MONTH">Månedslønn</option>
                  <option value="WEEK">Ukelønn</option>
                  <option value="DAY">Dagslønn</option>
                  <option value="YEAR">Årslønn</option>
                </Select>
                <TextField
                  label="Mentorens lønn (kr)"
                  inputMode="numeric"
                  id="felt-mentorWage"
                  name="mentorWage"
                  defaultValue={v('mentorWage')}
                  error={err('mentorWage')}
                />
                {!hydrated || wagePeriod !== 'HOUR' ? (
                  <TextField
                    label="Mentorens stillingsprosent"
                    description="Brukes når lønnen ikke er timelønn."
                    inputMode="decimal"
                    id="felt-mentorPositionPercent"
                    name="mentorPositionPercent"
                    defaultValue={v('mentorPositionPercent', '100')}
                    error={err('mentorPositionPercent')}
                  />
                ) : null}
                <TextField
                  label="Mentortimer per måned"
                  inputMode="numeric"
                  id="felt-hoursPerMonth"
                  name="hoursPerMonth"
                  defaultValue={v('hoursPerMonth')}
                  error={err('hoursPerMonth')}
                />
              </HGrid>
            </Fieldset>
          ) : null}

          {show([...WAGE_SCHEMES, 'MENTOR']) ? (
            <Fieldset legend="Feriepenger, pensjon og arbeidsgiveravgift">
              <HGrid columns={{ xs: 1, md: 2 }} gap="space-16">
                <Select
                  label="Feriepenger"
                  id="felt-holidayPayRate"
                  name="holidayPayRate"
                  defaultValue={v('holidayPayRate', '10.2')}
                  error={err('holidayPayRate')}
                >
                  {HOLIDAY_PAY_RATES.map((r) => (
                    <option key={r} value={String(r)}>
                      {formatPct(r)}
                      {r === 10.2 ? ' (vanlig)' : r === 12 ? ' (fem ukers ferie)' : r >= 12.5 ? ' (over 60 år)' : ''}
                    </option>
                  ))}
                </Select>
                <TextField
                  label="Obligatorisk tjenestepensjon, OTP (%)"
                  description="Vanligvis 2 %."
                  inputMode="decimal"
                  id="felt-pensionRate"
                  name="pensionRate"
                  defaultValue={v('pensionRate', '2')}
                  error={err('pensionRate')}
                />
                <Select
                  label="Kommune der virksomheten ligger"
                  description="Bestemmer sonen for arbeidsgiveravgift."
                  id="felt-kommunenummer"
                  name="kommunenummer"
                  defaultValue={v('kommunenummer', defaults.kommunenummer)}
                  error={err('kommunenummer')}
                >
                  <option value="">Velg kommune</option>
                  {kommuner.map((k) => (
                    <option key={k.kommunenummer} value={k.kommunenummer}>
                      {k.name} ({k.kommunenummer}, sone {k.zone})
                    </option>
                  ))}
                </Select>
                <Select
                  label="Eller velg sone for arbeidsgiveravgift"
                  description="Brukes i stedet for kommunen hvis du velger en sone."
                  id="felt-employerTaxZone"
                  name="employerTaxZone"
                  defaultValue={v('employerTaxZone')}
                  error={err('employerTaxZone')}
                >
                  <option value="">Bruk kommunen</option>
                  {EMPLOYER_TAX_ZONES.map((z) => (
                    <option key={z} value={z}>
                      Sone {z}
                    </option>
                  ))}
                </Select>
              </HGrid>
            </Fieldset>
          ) : null}

          {show(['INKLUDERINGSTILSKUDD']) ? (
            <Fieldset
              legend="Dokumenterte ekstrautgifter (inkluderingstilskudd)"
              description="Ett beløp per kategori, i hele kroner. La feltet stå tomt hvis kategorien ikke er aktuell."
              id="felt-expenses"
              error={err('expenses')}
            >
              <HGrid columns={{ xs: 1, md: 2 }} gap="space-16">
                {EXPENSE_CATEGORIES.map((c) => (
                  <TextField
                    key={c}
                    label={`${EXPENSE_CATEGORY_LABELS[c]} (kr)`}
                    inputMode="numeric"
                    id={`felt-${expenseField(c)}`}
                    name={expenseField(c)}
                    defaultValue={v(expenseField(c))}
                    error={err(expenseField(c))}
                  />
                ))}
              </HGrid>
            </Fieldset>
          ) : null}

          <div>
            <Button type="submit">Beregn</Button>
          </div>
        </VStack>
      </Form>

      {calculation ? <Result calculation={calculation} /> : null}

      <HowWeCalculate rates={rates} />
    </VStack>
  )
}

function Result({ calculation }: { calculation: SubsidyCalculation }) {
  const rows = monthRows(calculation.periods)
  const hydrated = useHydrated()
  const [shareUrl, setShareUrl] = useState('')
  useEffect(() => setShareUrl(window.location.href), [])
  const isWage = calculation.scheme !== 'INKLUDERINGSTILSKUDD'
  return (
    <section className="calc-result" aria-labelledby="resultat-tittel">
      <VStack gap="space-24">
        <Heading level="2" size="large" id="resultat-tittel">
          Resultat: {SCHEME_LABELS[calculation.scheme as Scheme]}
        </Heading>
        <Box padding="space-16" borderRadius="8" background="info-soft" data-testid="subsidy-total">
          <BodyLong size="large">
            NAV kan dekke <strong>{formatKroner(calculation.total)}</strong> totalt
            {calculation.periods.length > 0
              ? ` for perioden ${formatDate(calculation.periods[0].from)}–${formatDate(
                  calculation.periods[calculation.periods.length - 1].to
                )}`
              : ''}
            .
          </BodyLong>
        </Box>

        {calculation.warnings.map((w) => (
          <Alert key={w} variant="warning">
            {w}
          </Alert>
        ))}

        {calculation.scheme !== 'INKLUDERINGSTILSKUDD' ? (
          <VStack gap="space-8">
            <Heading level="3" size="medium">
              Lønnskostnad per måned
            </Heading>
            <div className="calc-table-wrap">
              <Table size="small">
                <caption className="visually-hidden">Lønnskostnad per måned</caption>
                <Table.Header>
                  <Table.Row>
                    <Table.HeaderCell scope="col">Post</Table.HeaderCell>
                    <Table.HeaderCell scope="col" className="num">
                      Beløp
                    </Table.HeaderCell>
                  </Table.Row>
                </Table.Header>
                <Table.Body>
                  <Table.Row>
                    <Table.HeaderCell scope="row">Lønn</Table.HeaderCell>
                    <Table.DataCell className="num">{formatKroner(calculation.monthlyCost.pay)}</Table.DataCell>
                  </Table.Row>
                  <Table.Row>
                    <Table.HeaderCell scope="row">
                      Feriepenger ({formatPct(calculation.rates.holidayPayRate ?? 0)})
                    </Table.HeaderCell>
                    <Table.DataCell className="num">{formatKroner(calculation.monthlyCost.holidayPay)}</Table.DataCell>
                  </Table.Row>
                  <Table.Row>
                    <Table.HeaderCell scope="row">
                      Obligatorisk tjenestepensjon ({formatPct(calculation.rates.pensionRate ?? 0)})
                    </Table.HeaderCell>
                    <Table.DataCell className="num">{formatKroner(calculation.monthlyCost.pension)}</Table.DataCell>
                  </Table.Row>
                  <Table.Row>
                    <Table.HeaderCell scope="row">
                      Arbeidsgiveravgift (sone {calculation.rates.employerTaxZone},{' '}
                      {formatPct(calculation.rates.employerTaxRate ?? 0)})
                    </Table.HeaderCell>
                    <Table.DataCell className="num">{formatKroner(calculation.monthlyCost.employerTax)}</Table.DataCell>
                  </Table.Row>
                  <Table.Row>
                    <Table.HeaderCell scope="row">Sum lønnskostnad per måned</Table.HeaderCell>
                    <Table.DataCell className="num">
                      <strong>{formatKroner(calculation.monthlyCost.total)}</strong>
                    </Table.DataCell>
                  </Table.Row>
                </Table.Body>
              </Table>
            </div>
          </VStack>
        ) : (
          <BodyLong>
            Summen av utgiftene er {formatKroner(calculation.total)}. Maksimumsbeløpet for avtaler som slutter dette
            året er {formatKroner(calculation.maxAmount)}.
          </BodyLong>
        )}

        <VStack gap="space-8">
          <Heading level="3" size="medium">
            Totalt per år
          </Heading>
          <div className="calc-table-wrap">
            <Table size="small">
              <caption className="visually-hidden">Tilskudd per kalenderår</caption>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell scope="col">År</Table.HeaderCell>
                  <Table.HeaderCell scope="col" className="num">
                    Tilskudd
                  </Table.HeaderCell>
                  <Table.HeaderCell scope="col">Merknad</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {calculation.totalsByYear.map((y) => (
                  <Table.Row key={y.year}>
                    <Table.HeaderCell scope="row">{y.year}</Table.HeaderCell>
                    <Table.DataCell className="num">{formatKroner(y.total)}</Table.DataCell>
                    <Table.DataCell>{y.capped ? 'Begrenset til 5 G' : ''}</Table.DataCell>
                  </Table.Row>
                ))}
                <Table.Row>
                  <Table.HeaderCell scope="row">Totalt</Table.HeaderCell>
                  <Table.DataCell className="num">
                    <strong>{formatKroner(calculation.total)}</strong>
                  </Table.DataCell>
                  <Table.DataCell />
                </Table.Row>
              </Table.Body>
            </Table>
          </div>
        </VStack>

        {isWage ? (
          <>
            <Chart rows={rows} />
            <VStack gap="space-8">
              <Heading level="3" size="medium" id="maanedstabell">
                Måned for måned
              </Heading>
              <div className="calc-table-wrap">
                <Table size="small" aria-labelledby="maanedstabell">
                  <Table.Header>
                    <Table.Row>
                      <Table.HeaderCell scope="col">Periode</Table.HeaderCell>
                      <Table.HeaderCell scope="col" className="num">
                        Dager
                      </Table.HeaderCell>
                      <Table.HeaderCell scope="col" className="num">
                        Sats
                      </Table.HeaderCell>
                      <Table.HeaderCell scope="col" className="num">
                        Tilskudd
                      </Table.HeaderCell>
                      <Table.HeaderCell scope="col">Merknad</Table.HeaderCell>
                    </Table.Row>
                  </Table.Header>
                  <Table.Body>
                    {calculation.periods.map((p) => (
                      <Table.Row key={p.from}>
                        <Table.DataCell>
                          {formatDate(p.from)}–{formatDate(p.to)}
                        </Table.DataCell>
                        <Table.DataCell className="num">{p.days}</Table.DataCell>
                        <Table.DataCell className="num">{formatPct(p.percent)}</Table.DataCell>
                        <Table.DataCell className="num">{formatKroner(p.amount)}</Table.DataCell>
                        <Table.DataCell>
                          {[
                            p.fullMonth ? '' : `Del av måned (${p.days} av 30,4375 dager)`,
                            p.stepDown ? `Nedtrapping til ${formatPct(p.percent)}` : '',
                            p.capped
                              ? `Begrenset av 5 G (uten tak: ${formatKroner(
                                  p.fullMonth ? p.monthlyAmount : Math.round((p.days * p.monthlyAmount) / 30.4375)
                                )})`
                              : '',
                          ]
                            .filter(Boolean)
                            .join('. ')}
                        </Table.DataCell>
                      </Table.Row>
                    ))}
                  </Table.Body>
                </Table>
              </div>
            </VStack>
          </>
        ) : null}

        {calculation.notes.length > 0 ? (
          <VStack gap="space-8">
            <Heading level="3" size="medium">
              Merknader
            </Heading>
            <ul>
              {calculation.notes.map((n) => (
                <li key={n}>
                  <BodyShort>{n}</BodyShort>
                </li>
              ))}
            </ul>
          </VStack>
        ) : null}

        <Box padding="space-16" borderRadius="8" background="neutral-soft" className="calc-share">
          <VStack gap="space-8">
            <Heading level="3" size="small">
              Del eller skriv ut
            </Heading>
            <BodyShort>
              Adressen til denne siden inneholder opplysningene du har fylt ut. Kopier adressen fra nettleseren for å
              dele resultatet.
            </BodyShort>
            {shareUrl ? (
              <BodyShort>
                <AkselLink href={shareUrl}>Lenke til dette resultatet</AkselLink>
              </BodyShort>
            ) : null}
            {hydrated ? (
              <div>
                <Button type="button" variant="secondary" onClick={() => window.print()}>
                  Skriv ut
                </Button>
              </div>
            ) : (
              <BodyShort>Bruk nettleserens utskriftsfunksjon for å skrive ut.</BodyShort>
            )}
          </VStack>
        </Box>
      </VStack>
    </section>
  )
}

function Chart({ rows }: { rows: ReturnType<typeof monthRows> }) {
  if (rows.length === 0) return null
  const max = Math.max(...rows.map((r) => r.amount), 1)
  const width = 720
  const height = 220
  const pad = { left: 8, right: 8, top: 12, bottom: 28 }
  const slot = (width - pad.left - pad.right) / rows.length
  const barWidth = Math.max(2, slot * 0.7)
  const first = rows[0]
  const last = rows[rows.length - 1]
  const description = `Stolpediagram over tilskudd per måned fra ${formatMonth(first.monthStart)} til ${formatMonth(
    last.monthStart
  )}. Høyeste månedsbeløp er ${formatKroner(max)}. Tabellen «Måned for måned» under viser de samme tallene.`
  const labelEvery = Math.ceil(rows.length / 12)
  return (
    <figure className="calc-chart" aria-labelledby="diagram-tittel" style={{ margin: 0 }}>
      <Heading level="3" size="medium" id="diagram-tittel">
        Tilskudd per måned
      </Heading>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={description}>
        <line
          x1={pad.left}
          x2={width - pad.right}
          y1={height - pad.bottom}
          y2={height - pad.bottom}
          stroke="#23262a"
          strokeWidth="1"
        />
        {rows.map((r, i) => {
          const h = ((height - pad.top - pad.bottom) * r.amount) / max
          const x = pad.left + i * slot + (slot - barWidth) / 2
          return (
            <g key={r.month}>
              <rect
                className={r.stepDown || r.capped ? 'bar bar--reduced' : 'bar'}
                x={x}
                y={height - pad.bottom - h}
                width={barWidth}
                height={h}
              />
              {i % labelEvery === 0 ? (
                <text x={x + barWidth / 2} y={height - 10} fontSize="11" textAnchor="middle" fill="#23262a">
                  {r.month.slice(5)}.{r.month.slice(2, 4)}
                </text>
              ) : null}
            </g>
          )
        })}
      </svg>
      <figcaption>
        <BodyShort size="small">{description}</BodyShort>
      </figcaption>
    </figure>
  )
}

function HowWeCalculate({
  rates,
}: {
  rates: {
    grunnbelop: readonly { validFrom: string; amount: number }[]
    inclusionSubsidyMax: readonly { validFrom: string; amount: number }[]
  }
}) {
  return (
    <section aria-labelledby="slik-regner-vi">
      <VStack gap="space-16">
        <Heading level="2" size="medium" id="slik-regner-vi">
          Slik regner vi
        </Heading>
        <BodyLong>
          Lønnskostnaden per måned er lønn + feriepenger + obligatorisk tjenestepensjon (OTP) av lønn og feriepenger +
          arbeidsgiveravgift av alt dette. Øresbeløpene rundes til hele kroner. Tilskuddet per måned er satsen ganget
          med lønnskostnaden, avrundet til hele kroner.
        </BodyLong>
        <BodyLong>
          Perioden deles ved hvert månedsskifte og der satsen trappes ned. En hel kalendermåned gir hele månedsbeløpet.
          En del av en måned gir antall dager × månedsbeløpet / 30,4375. «Start + 6 måneder» regnes i kalendermåneder:
          starter avtalen 31. januar, er én måned senere 28. eller 29. februar.
        </BodyLong>
        <BodyLong>
          Varig lønnstilskudd er begrenset til 5 ganger grunnbeløpet (5 G) per kalenderår, med grunnbeløpet som gjelder
          den første dagen i hver del av perioden. Stiger G 1. mai etter at taket er nådd, kan resten av året gi høyst
          økningen. Sist registrerte grunnbeløp:{' '}
          {rates.grunnbelop.map((g) => `${formatKroner(g.amount)} fra ${formatDate(g.validFrom)}`).join(', ')}. Et nytt
          grunnbeløp gjelder først når det er registrert.
        </BodyLong>
        <BodyLong>
          Inkluderingstilskudd dekker dokumenterte utgifter opp til maksimumsbeløpet for året avtalen slutter:{' '}
          {rates.inclusionSubsidyMax
            .map((r, i) => `${i === 0 ? 'til og med ' : ''}${r.validFrom.slice(0, 4)}: ${formatKroner(r.amount)}`)
            .join(', ')}
          .
        </BodyLong>
        <BodyLong>
          Arbeidsgiveravgiften hentes fra sonen til kommunen der virksomheten (underenheten) ligger, med satsen som
          gjelder på startdatoen. Fribeløpet i sone Ia og særreglene for jordbruk er ikke med. Kommuner som er delt
          mellom soner, har fått sonen for resten av kommunen eller kommunesenteret.
        </BodyLong>
        <BodyLong>
          Reglene følger NAVs avtalesystem for tiltak (tiltaksgjennomføring). Der nav.no beskriver noe annerledes,
          følger vi avtalesystemet.
        </BodyLong>
        <Heading level="3" size="small">
          Kilder
        </Heading>
        <ul>
          <li>
            <AkselLink href="https://www.nav.no/arbeidsgiver/midlertidig-lonnstilskudd">
              NAV: Midlertidig lønnstilskudd
            </AkselLink>
          </li>
          <li>
            <AkselLink href="https://www.nav.no/arbeidsgiver/varig-lonnstilskudd">NAV: Varig lønnstilskudd</AkselLink>
          </li>
          <li>
            <AkselLink href="https://www.nav.no/arbeidsgiver/mentor">NAV: Mentor</AkselLink>
          </li>
          <li>
            <AkselLink href="https://www.nav.no/arbeidsgiver/inkluderingstilskudd">NAV: Inkluderingstilskudd</AkselLink>
          </li>
          <li>
            <AkselLink href="https://www.nav.no/arbeidsgiver/sommerjobb">NAV: Tilskudd til sommerjobb</AkselLink>
          </li>
          <li>
            <AkselLink href="https://www.nav.no/grunnbelopet">NAV: Grunnbeløpet i folketrygden</AkselLink>
          </li>
          <li>
            <AkselLink href="https://github.com/navikt/tiltaksgjennomforing-api">
              NAVs avtalesystem for tiltak (tiltaksgjennomforing-api, åpen kildekode)
            </AkselLink>
          </li>
          <li>
            <AkselLink href="https://www.skatteetaten.no/satser/arbeidsgiveravgift/">
              Skatteetaten: Satser for arbeidsgiveravgift og soneinndeling
            </AkselLink>
          </li>
          <li>
            <AkselLink href="https://lovdata.no/lov/1988-04-29-21/§10">Ferieloven § 10 (feriepenger)</AkselLink>
          </li>
        </ul>
      </VStack>
    </section>
  )
}
