import { BodyShort, Box, Heading, HGrid, Link as AkselLink, Table, Tag, VStack } from '@navikt/ds-react'
import { useEffect, useRef } from 'react'
import type { ComparisonStatus, SchemeComparison, SubsidyComparison } from '~/domain/subsidies'
import { formatDate, formatKroner } from '~/utils/format'

const STATUS_TEXT: Record<ComparisonStatus, string> = {
  ELIGIBLE: 'Kan passe',
  NOT_ELIGIBLE: 'Passer ikke',
  NEEDS_INPUT: 'Trenger flere opplysninger',
}
const STATUS_VARIANT: Record<ComparisonStatus, 'success' | 'neutral' | 'warning'> = {
  ELIGIBLE: 'success',
  NOT_ELIGIBLE: 'neutral',
  NEEDS_INPUT: 'warning',
}

export function calculatorHref(values: Record<string, string>): string {
  return `/tilskuddskalkulator?${new URLSearchParams(values)}`
}

function SchemeCard({ s }: { s: SchemeComparison }) {
  const headingId = `ordning-${s.scheme}`
  return (
    <Box as="section" aria-labelledby={headingId} padding="space-16" borderRadius="8" borderWidth="1" borderColor="neutral-subtle">
      <VStack gap="space-8">
        <Heading level="3" size="small" id={headingId}>
          {s.label}
        </Heading>
        <div>
          <Tag variant={STATUS_VARIANT[s.status]} size="small">
            {STATUS_TEXT[s.status]}
          </Tag>
        </div>
        {s.status === 'ELIGIBLE' && s.total !== undefined ? (
          <BodyShort>
            NAV kan dekke <strong>{formatKroner(s.total)}</strong> fra {formatDate(s.startDate)} til {formatDate(s.endDate)}
            {s.estimate ? ' (delvis et anslag)' : ''}.
          </BodyShort>
        ) : null}
        {s.reasons.length > 0 ? (
          <ul aria-label={s.status === 'NOT_ELIGIBLE' ? 'Hvorfor ikke' : 'Dette mangler'}>
            {s.reasons.map((r) => (
              <li key={r}>
                <BodyShort>{r}</BodyShort>
              </li>
            ))}
          </ul>
        ) : null}
        <dl className="cmp-facts">
          <div>
            <dt>Hvor lenge</dt>
            <dd>{s.length}</dd>
          </div>
          {s.rate ? (
            <div>
              <dt>Sats</dt>
              <dd>{s.rate}</dd>
            </div>
          ) : null}
          {s.maxAmount !== undefined ? (
            <div>
              <dt>Maksimumsbeløp</dt>
              <dd>{formatKroner(s.maxAmount)}</dd>
            </div>
          ) : null}
          {s.totalsByYear && s.totalsByYear.length > 0 ? (
            <div>
              <dt>Per år</dt>
              <dd>{s.totalsByYear.map((y) => `${y.year}: ${formatKroner(y.total)}${y.capped ? ' (5 G-taket)' : ''}`).join(', ')}</dd>
            </div>
          ) : null}
        </dl>
        <BodyShort>
          <AkselLink href={calculatorHref(s.calculatorValues)}>Se full beregning av {s.label.toLowerCase()}</AkselLink>
        </BodyShort>
      </VStack>
    </Box>
  )
}

/** Every scheme side by side: an overview table and one card per scheme. Focused when it appears after a submit. */
export function ComparisonResults({ comparison, focusOnShow }: { comparison: SubsidyComparison; focusOnShow: boolean }) {
  const headingRef = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    if (focusOnShow) headingRef.current?.focus()
  }, [comparison, focusOnShow])
  const eligible = comparison.schemes.filter((s) => s.status === 'ELIGIBLE')
  return (
    <section aria-labelledby="sammenligning-tittel" className="cmp-result">
      <VStack gap="space-24">
        <Heading level="2" size="large" id="sammenligning-tittel" ref={headingRef} tabIndex={-1}>
          Ordningene side om side
        </Heading>
        <BodyShort>
          {eligible.length === 0
            ? 'Ingen av ordningene passer med disse opplysningene.'
            : `${eligible.length} av ${comparison.schemes.length} ordninger kan passe: ${eligible.map((s) => s.label).join(', ')}.`}
        </BodyShort>
        <div className="calc-table-wrap">
          <Table size="small" className="stack-on-phone">
            <caption className="visually-hidden">Oversikt over ordningene</caption>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">Ordning</Table.HeaderCell>
                <Table.HeaderCell scope="col">Passer?</Table.HeaderCell>
                <Table.HeaderCell scope="col" className="num">
                  NAV dekker totalt
                </Table.HeaderCell>
                <Table.HeaderCell scope="col">Hvor lenge</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {comparison.schemes.map((s) => (
                <Table.Row key={s.scheme}>
                  <Table.HeaderCell scope="row">{s.label}</Table.HeaderCell>
                  <Table.DataCell data-label="Passer">{STATUS_TEXT[s.status]}</Table.DataCell>
                  <Table.DataCell className="num" data-label="NAV dekker totalt">
                    {s.total !== undefined ? formatKroner(s.total) : s.maxAmount ? `inntil ${formatKroner(s.maxAmount)}` : '–'}
                  </Table.DataCell>
                  <Table.DataCell data-label="Hvor lenge">
                    {formatDate(s.startDate)}–{formatDate(s.endDate)}
                  </Table.DataCell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
        <HGrid columns={{ xs: 1, md: 2 }} gap="space-16">
          {comparison.schemes.map((s) => (
            <SchemeCard key={s.scheme} s={s} />
          ))}
        </HGrid>
        <VStack gap="space-8">
          <Heading level="3" size="small">
            Merknader
          </Heading>
          <ul>
            {comparison.notes.map((n) => (
              <li key={n}>
                <BodyShort>{n}</BodyShort>
              </li>
            ))}
          </ul>
        </VStack>
      </VStack>
    </section>
  )
}
