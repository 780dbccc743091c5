import { BodyLong, BodyShort, Heading, Link as AkselLink, Table, VStack } from '@navikt/ds-react'
import type { Figure } from '~/domain/statistics/suppression'
import type { ColumnUnit, StatTable } from '~/domain/statistics/table'
import { BarChart } from './BarChart'
import { formatFigure } from './format'

/**
 * One statistics table: heading, explanation, bar chart (role="img") with its
 * legend, the table as its text alternative, footnotes naming the rule behind
 * every hidden figure, and (for partners) a CSV link.
 */
export function StatTableView({ table, csvHref, headingLevel = '2' }: { table: StatTable; csvHref?: string; headingLevel?: '2' | '3' }) {
  const headingId = `tabell-${table.id}`
  const hasRowTotals = table.rowTotals !== undefined
  const noteNumber = new Map(table.notes.map((n, i) => [n.reason, i + 1]))
  const cell = (f: Figure, unit: ColumnUnit) => (
    <>
      {formatFigure(f, unit)}
      {f.suppressed ? <sup>{noteNumber.get(f.suppressed)}</sup> : null}
    </>
  )
  return (
    <VStack as="section" gap="space-16" aria-labelledby={headingId}>
      <Heading level={headingLevel} size="medium" id={headingId}>
        {table.title}
      </Heading>
      <BodyLong>{table.description}</BodyLong>
      <BarChart table={table} />
      {/* Focusable so a keyboard user can scroll a wide table on a phone. */}
      <div style={{ overflowX: 'auto' }} tabIndex={0} role="group" aria-label={`Tabellen «${table.title}»`}>
        <Table size="small">
          <caption className="visually-hidden">{table.title}</caption>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">{table.rowHeader}</Table.HeaderCell>
              {table.columns.map((c) => (
                <Table.HeaderCell scope="col" key={c.key} align="right">
                  {c.label}
                </Table.HeaderCell>
              ))}
              {hasRowTotals ? (
                <Table.HeaderCell scope="col" align="right">
                  Totalt
                </Table.HeaderCell>
              ) : null}
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {table.rows.map((row, r) => (
              <Table.Row key={row.key}>
                <Table.HeaderCell scope="row">{row.label}</Table.HeaderCell>
                {table.cells[r].map((f, c) => (
                  <Table.DataCell key={table.columns[c].key} align="right">
                    {cell(f, table.columns[c].unit)}
                  </Table.DataCell>
                ))}
                {hasRowTotals ? <Table.DataCell align="right">{cell(table.rowTotals![r], 'count')}</Table.DataCell> : null}
              </Table.Row>
            ))}
            {table.colTotals ? (
              <Table.Row>
                <Table.HeaderCell scope="row">Totalt</Table.HeaderCell>
                {table.colTotals.map((f, c) => (
                  <Table.DataCell key={table.columns[c].key} align="right">
                    <strong>{cell(f, table.columns[c].unit)}</strong>
                  </Table.DataCell>
                ))}
                {hasRowTotals && table.grandTotal ? (
                  <Table.DataCell align="right">
                    <strong>{cell(table.grandTotal, 'count')}</strong>
                  </Table.DataCell>
                ) : null}
              </Table.Row>
            ) : null}
          </Table.Body>
        </Table>
      </div>
      {table.notes.length ? (
        <VStack gap="space-8" aria-label={`Fotnoter til «${table.title}»`} as="section">
          <ol style={{ margin: 0, paddingLeft: '1.5rem' }}>
            {table.notes.map((n) => (
              <li key={n.reason} id={`note-${table.id}-${n.reason}`}>
                <BodyShort size="small">{n.text}</BodyShort>
              </li>
            ))}
          </ol>
        </VStack>
      ) : null}
      {csvHref ? (
        <div>
          <AkselLink href={csvHref} download>
            Last ned «{table.title}» som CSV
          </AkselLink>
        </div>
      ) : null}
    </VStack>
  )
}
