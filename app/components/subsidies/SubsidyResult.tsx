import { Alert, BodyLong, BodyShort, Box, Button, Heading, Table, VStack } from '@navikt/ds-react'
import { useEffect, useRef, useState } from 'react'
import {
  EXPENSE_CATEGORY_LABELS,
  hasMonthlyCost,
  INNSATSGRUPPE_LABELS,
  monthRows,
  POSITION_TYPE_LABELS,
  SCHEME_LABELS,
  yearOf,
  type FormValues,
  type SubsidyResult as DomainResult,
  type YearTotal,
} from '~/domain/subsidies'
import { formatDate, formatKroner } from '~/utils/format'
import { INNSATSGRUPPE_CODES, isCode } from '~/domain/codes'
import { CopyLinkButton } from './CopyLinkButton'
import { formatKronerOre, formatPct } from './format'
import { SubsidyChart } from './SubsidyChart'

export type Calculation = DomainResult & { totalsByYear: YearTotal[] }

/** What the calculation was based on – on screen and in the printout. */
function inputRows(calculation: Calculation, values: FormValues): [string, string][] {
  const rows: [string, string][] = [['Ordning', SCHEME_LABELS[calculation.scheme]]]
  const group = values.innsatsgruppe
  if (isCode(INNSATSGRUPPE_CODES, group)) rows.push(['Innsatsgruppe', INNSATSGRUPPE_LABELS[group]])
  const first = calculation.periods[0]
  const last = calculation.periods[calculation.periods.length - 1]
  if (first && last) rows.push(['Periode', `${formatDate(first.from)}–${formatDate(last.to)}`])
  if (values.birthDate) rows.push(['Fødselsdato', values.birthDate])
  if (calculation.rates.positionType) rows.push(['Stillingstype', POSITION_TYPE_LABELS[calculation.rates.positionType]])
  if (hasMonthlyCost(calculation)) {
    if (calculation.mentor) {
      rows.push(['Mentorens timelønn', formatKroner(calculation.mentor.hourlyWage)])
      rows.push(['Mentortimer per måned', formatPct(calculation.mentor.hoursPerMonth).replace(' %', '')])
    } else {
      rows.push(['Månedslønn', formatKroner(calculation.monthlyCost.pay)])
    }
    if (values.subsidyPercent && calculation.scheme === 'VARIG_LONNSTILSKUDD') {
      rows.push(['Avtalt tilskuddsprosent', `${values.subsidyPercent} %`])
    }
    rows.push(['Feriepenger', formatPct(calculation.rates.holidayPayRate ?? 0)])
    rows.push(['Obligatorisk tjenestepensjon', formatPct(calculation.rates.pensionRate ?? 0)])
    rows.push([
      'Arbeidsgiveravgift',
      `Sone ${calculation.rates.employerTaxZone}, ${formatPct(calculation.rates.employerTaxRate ?? 0)}${
        values.kommunenummer && !values.employerTaxZone ? ` (kommunenummer ${values.kommunenummer})` : ''
      }`,
    ])
  }
  if (calculation.scheme === 'INKLUDERINGSTILSKUDD') {
    for (const e of calculation.expenses) rows.push([EXPENSE_CATEGORY_LABELS[e.category], formatKroner(e.amount)])
  }
  return rows
}

/**
 * The result: moved into focus and announced after «Beregn» so keyboard and
 * screen-reader users land on it (it is far below the form).
 */
export function SubsidyResult({
  calculation,
  values,
  focusOnShow,
}: {
  calculation: Calculation
  values: FormValues
  focusOnShow: boolean
}) {
  const headingRef = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    if (focusOnShow) headingRef.current?.focus()
  }, [calculation, focusOnShow])
  const rows = monthRows(calculation.periods)
  const first = calculation.periods[0]
  const last = calculation.periods[calculation.periods.length - 1]
  const endYear = last ? yearOf(last.to) : undefined
  return (
    <section className="calc-result" aria-labelledby="resultat-tittel">
      <VStack gap="space-24">
        <Heading level="2" size="large" id="resultat-tittel" ref={headingRef} tabIndex={-1}>
          Resultat: {SCHEME_LABELS[calculation.scheme]}
        </Heading>
        <Box padding="space-16" borderRadius="8" background="info-soft" data-testid="subsidy-total">
          <BodyLong size="large">
            NAV kan dekke <strong>{formatKroner(calculation.total)}</strong> totalt
            {first && last ? ` for perioden ${formatDate(first.from)}–${formatDate(last.to)}` : ''}.
            {calculation.scheme !== 'INKLUDERINGSTILSKUDD' && 'estimate' in calculation && calculation.estimate
              ? ' Noe av beløpet er et anslag, fordi en sats for de siste årene ikke er fastsatt ennå.'
              : ''}
          </BodyLong>
        </Box>

        {calculation.warnings.map((w) => (
          <Alert key={w} variant="warning">
            {w}
          </Alert>
        ))}

        <VStack gap="space-8" className="calc-inputs">
          <Heading level="3" size="medium">
            Dette bygger beregningen på
          </Heading>
          <dl className="calc-inputs-list">
            {inputRows(calculation, values).map(([term, value]) => (
              <div key={term}>
                <dt>{term}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        </VStack>

        {hasMonthlyCost(calculation) ? (
          <VStack gap="space-8">
            <Heading level="3" size="medium" id="kostnadstabell">
              Lønnskostnad per måned
            </Heading>
            <div className="calc-table-wrap">
              <Table size="small" aria-labelledby="kostnadstabell">
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
                    <Table.DataCell className="num">{formatKronerOre(calculation.monthlyCost.pay)}</Table.DataCell>
                  </Table.Row>
                  <Table.Row>
                    <Table.HeaderCell scope="row">Feriepenger ({formatPct(calculation.rates.holidayPayRate ?? 0)})</Table.HeaderCell>
                    <Table.DataCell className="num">{formatKronerOre(calculation.monthlyCost.holidayPay)}</Table.DataCell>
                  </Table.Row>
                  <Table.Row>
                    <Table.HeaderCell scope="row">
                      Obligatorisk tjenestepensjon ({formatPct(calculation.rates.pensionRate ?? 0)})
                    </Table.HeaderCell>
                    <Table.DataCell className="num">{formatKronerOre(calculation.monthlyCost.pension)}</Table.DataCell>
                  </Table.Row>
                  <Table.Row>
                    <Table.HeaderCell scope="row">
                      Arbeidsgiveravgift (sone {calculation.rates.employerTaxZone}, {formatPct(calculation.rates.employerTaxRate ?? 0)})
                    </Table.HeaderCell>
                    <Table.DataCell className="num">{formatKronerOre(calculation.monthlyCost.employerTax)}</Table.DataCell>
                  </Table.Row>
                  <Table.Row>
                    <Table.HeaderCell scope="row">Sum lønnskostnad per måned (rundet til hele kroner)</Table.HeaderCell>
                    <Table.DataCell className="num">
                      <strong>{formatKronerOre(calculation.monthlyCost.total)}</strong>
                    </Table.DataCell>
                  </Table.Row>
                </Table.Body>
              </Table>
            </div>
          </VStack>
        ) : calculation.scheme === 'INKLUDERINGSTILSKUDD' ? (
          <BodyLong>
            Summen av utgiftene er {formatKroner(calculation.expenses.reduce((s, e) => s + e.amount, 0))}. Maksimumsbeløpet for avtaler som
            slutter i {endYear} er {formatKroner(calculation.maxAmount)}.
          </BodyLong>
        ) : (
          <BodyLong>
            NAV betaler et fast beløp per måned, fastsatt for hvert kalenderår. Beløpet avhenger ikke av lønnen; arbeidsgiveren betaler
            lønnen.
          </BodyLong>
        )}

        <VStack gap="space-8">
          <Heading level="3" size="medium" id="aarstabell">
            Totalt per år
          </Heading>
          <div className="calc-table-wrap">
            <Table size="small" aria-labelledby="aarstabell">
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
          {calculation.scheme === 'INKLUDERINGSTILSKUDD' && calculation.totalsByYear.length > 1 ? (
            <BodyShort size="small">Beløpet er fordelt på årene etter hvor mange dager av perioden som er i hvert år.</BodyShort>
          ) : null}
        </VStack>

        {calculation.scheme !== 'INKLUDERINGSTILSKUDD' ? (
          <>
            <SubsidyChart rows={rows} />
            <VStack gap="space-8">
              <Heading level="3" size="medium" id="maanedstabell">
                Måned for måned
              </Heading>
              <div className="calc-table-wrap">
                <Table size="small" aria-labelledby="maanedstabell" className="stack-on-phone">
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
                        <Table.DataCell className="num" data-label="Dager">
                          {p.days}
                        </Table.DataCell>
                        <Table.DataCell className="num" data-label="Sats">
                          {p.percent === null ? `${formatKroner(p.monthlyAmount)}/mnd` : formatPct(p.percent)}
                        </Table.DataCell>
                        <Table.DataCell className="num" data-label="Tilskudd">
                          {formatKroner(p.amount)}
                        </Table.DataCell>
                        <Table.DataCell data-label="Merknad">
                          {[
                            p.fullMonth ? '' : `Del av måned (${p.days} av 30,4375 dager)`,
                            p.stepDown ? `Nedtrapping til ${formatPct(p.percent)}` : '',
                            p.capped ? 'Begrenset av 5 G-taket' : '',
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
            <CopyLinkButton />
            <PrintButton />
          </VStack>
        </Box>
      </VStack>
    </section>
  )
}

function PrintButton() {
  const [hydrated, setHydrated] = useState(false)
  useEffect(() => setHydrated(true), [])
  if (!hydrated) {
    return <BodyShort>Bruk nettleserens utskriftsfunksjon for å skrive ut. Utskriften tar med opplysningene over.</BodyShort>
  }
  return (
    <div>
      <Button type="button" variant="secondary" onClick={() => window.print()}>
        Skriv ut
      </Button>
    </div>
  )
}

/** One sentence for the live region that announces a new result. */
export function resultAnnouncement(calculation: Calculation): string {
  const first = calculation.periods[0]
  const last = calculation.periods[calculation.periods.length - 1]
  return `Resultat for ${SCHEME_LABELS[calculation.scheme]}: NAV kan dekke ${formatKroner(calculation.total)} totalt${
    first && last ? ` for perioden ${formatDate(first.from)}–${formatDate(last.to)}` : ''
  }.`
}
