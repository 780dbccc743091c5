import { BodyShort, Button, Heading, HStack, Select, Table, VStack } from '@navikt/ds-react'
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { Form } from '~/components/Form'
import { TableScroll } from '~/components/layout/TableScroll'
import { CASELOAD_NORM } from '~/domain/caseload'
import { caseloadsForAllUnits, caseloadsForUnit, navUnits, type UnitCaseloadRow } from '~/services/caseload.server'
import { formatNumber, formatPercent } from '~/utils/format'
import { requireUserWithRole } from '~/utils/permissions.server'

export const meta: MetaFunction = () => [{ title: 'Porteføljer – Vi inkluderer' }]

const ALL_UNITS = 'alle'

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithRole(request, 'admin')
  const units = navUnits()
  const requested = new URL(request.url).searchParams.get('enhet') ?? ALL_UNITS
  const unit = units.find((u) => String(u.id) === requested)
  const sections = unit ? [{ unit, rows: caseloadsForUnit(user, unit.id) }] : caseloadsForAllUnits(user)
  return { units, selected: unit ? String(unit.id) : ALL_UNITS, sections }
}

export default function AdminCaseloads() {
  const { units, selected, sections } = useLoaderData<typeof loader>()
  return (
    <VStack gap="space-24">
      <Heading level="1" size="large">
        Porteføljer
      </Heading>
      <BodyShort>
        Aktive personer per jobbspesialist mot IPS-normen på {CASELOAD_NORM}, slik at porteføljene kan jevnes ut. Bare antall vises.
      </BodyShort>
      <Form method="get">
        <HStack gap="space-16" align="end" wrap>
          <Select label="NAV-kontor" name="enhet" defaultValue={selected}>
            <option value={ALL_UNITS}>Alle NAV-kontor</option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </Select>
          <Button type="submit" variant="secondary">
            Vis
          </Button>
        </HStack>
      </Form>
      {sections.length === 0 ? <BodyShort>Ingen NAV-kontorer er registrert.</BodyShort> : null}
      {sections.map(({ unit, rows }) => (
        <UnitSection key={unit.id} name={unit.name} rows={rows} />
      ))}
    </VStack>
  )
}

function UnitSection({ name, rows }: { name: string; rows: UnitCaseloadRow[] }) {
  const total = rows.reduce((s, r) => s + r.active, 0)
  return (
    <VStack gap="space-8" as="section" aria-label={name}>
      <Heading level="2" size="medium">
        {name}: {formatNumber(total)} aktive personer hos {rows.length} jobbspesialister
      </Heading>
      {rows.length === 0 ? (
        <BodyShort>Ingen jobbspesialister ved dette kontoret.</BodyShort>
      ) : (
        <TableScroll label={`Porteføljer ved ${name}`}>
          <Table size="small" data-testid="caseloads">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">Jobbspesialist</Table.HeaderCell>
                <Table.HeaderCell scope="col" align="right">
                  Aktive
                </Table.HeaderCell>
                <Table.HeaderCell scope="col" align="right">
                  IPS-skår
                </Table.HeaderCell>
                <Table.HeaderCell scope="col" align="right">
                  Før jobbsøk
                </Table.HeaderCell>
                <Table.HeaderCell scope="col" align="right">
                  Jobbsøk
                </Table.HeaderCell>
                <Table.HeaderCell scope="col" align="right">
                  I jobb
                </Table.HeaderCell>
                <Table.HeaderCell scope="col" align="right">
                  Andel i jobb
                </Table.HeaderCell>
                <Table.HeaderCell scope="col" align="right">
                  Forfalte oppfølginger
                </Table.HeaderCell>
                <Table.HeaderCell scope="col" align="right">
                  Uten arbeidsgiverkontakt etter 30 dager
                </Table.HeaderCell>
                <Table.HeaderCell scope="col" align="right">
                  Snitt dager i jobb
                </Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {rows.map((r) => (
                <Table.Row key={r.userId}>
                  <Table.DataCell>{r.name}</Table.DataCell>
                  <Table.DataCell align="right">
                    {r.active}
                    {r.active > r.norm ? ' (over normen)' : ''}
                  </Table.DataCell>
                  <Table.DataCell align="right">{r.band} av 5</Table.DataCell>
                  <Table.DataCell align="right">{r.perStep.HENVIST + r.perStep.FORSTE_KONTAKT + r.perStep.KARTLEGGING}</Table.DataCell>
                  <Table.DataCell align="right">{r.perStep.JOBBSOK}</Table.DataCell>
                  <Table.DataCell align="right">{r.perStep.I_JOBB}</Table.DataCell>
                  <Table.DataCell align="right">{formatPercent(r.inWorkShare)}</Table.DataCell>
                  <Table.DataCell align="right">{r.overdueCount}</Table.DataCell>
                  <Table.DataCell align="right">{r.noEmployerContactCount}</Table.DataCell>
                  <Table.DataCell align="right">{formatNumber(r.averageDaysInWork)}</Table.DataCell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
    </VStack>
  )
}
