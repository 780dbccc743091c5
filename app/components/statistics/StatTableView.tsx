import { BodyLong, Heading, Link as AkselLink, Table, VStack } from '@navikt/ds-react'
import type { StatTable } from '~/domain/statistics/table'
import { BarChart } from './BarChart'
import { formatFigure } from './format'

/** One statistics table: heading, explanation, bar chart (role="img") and the table as its text alternative, CSV link. */
export function StatTableView({ table, csvHref }: { table: StatTable; csvHref: string }) {
  const headingId = `tabell-${table.id}`
  const hasRowTotals = table.rowTotals !== undefined
  return (
    <VStack as="section" gap="space-16" aria-labelledby={headingId}>
      <Heading level="2" size="medium" id={headingId}>
        {table.title}
      </Heading>
      <BodyLong>{table.description}</BodyLong>
      <BarChart table={table} />
      <div style={{ overflowX: 'auto' }}>
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
                    {formatFigure(f, table.columns[c].unit)}
                  </Table.DataCell>
                ))}
                {hasRowTotals ? <Table.DataCell align="right">{formatFigure(table.rowTotals![r], 'count')}</Table.DataCell> : null}
              </Table.Row>
            ))}
            {table.colTotals ? (
              <Table.Row>
                <Table.HeaderCell scope="row">Totalt</Table.HeaderCell>
                {table.colTotals.map((f, c) => (
                  <Table.DataCell key={table.columns[c].key} align="right">
                    <strong>{formatFigure(f, table.columns[c].unit)}</strong>
                  </Table.DataCell>
                ))}
                {hasRowTotals && table.grandTotal ? (
                  <Table.DataCell align="right">
                    <strong>{formatFigure(table.grandTotal, 'count')}</strong>
                  </Table.DataCell>
                ) : null}
              </Table.Row>
            ) : null}
          </Table.Body>
        </Table>
      </div>
      <div>
        <AkselLink href={csvHref} download>
          Last ned «{table.title}» som CSV
        </AkselLink>
      </div>
    </VStack>
  )
}
