import { Alert, BodyShort, Button, Heading, HStack, Pagination, Select, Table, TextField, VStack } from '@navikt/ds-react'
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { Form } from '~/components/Form'
import { AUDIT_ACTION_CODES, AUDIT_ACTIONS, AUDIT_SUBJECT_TYPES, auditActionLabel, auditSubjectLabel } from '~/domain/audit/actions'
import { AuditLogSearchSchema } from '~/domain/audit/search'
import { ROLE_LABELS } from '~/domain/codes'
import { searchAuditLog } from '~/services/audit-log.server'
import { requireUserWithRole } from '~/utils/permissions.server'
import { formatDateTime, formatNumber } from '~/utils/format'

export const meta: MetaFunction = () => [{ title: 'Revisjonslogg – Administrasjon – Vi inkluderer' }]

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUserWithRole(request, 'admin')
  const url = new URL(request.url)
  const raw = Object.fromEntries(url.searchParams)
  const parsed = AuditLogSearchSchema.safeParse(raw)
  // The catalogue, in label order, so the filter reads as bokmål.
  const actions = [...AUDIT_ACTION_CODES]
    .sort((a, b) => AUDIT_ACTIONS[a].localeCompare(AUDIT_ACTIONS[b], 'nb'))
    .map((code) => ({ code, label: AUDIT_ACTIONS[code] }))
  if (!parsed.success) {
    const errors = Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message]))
    return { raw, errors, actions, result: null }
  }
  const empty = (v?: string) => (v ? v : undefined)
  const result = searchAuditLog({
    ...parsed.data,
    action: empty(parsed.data.action),
    subjectType: empty(parsed.data.subjectType),
    subjectId: empty(parsed.data.subjectId),
    actorEmail: empty(parsed.data.actorEmail),
  })
  return { raw, errors: {} as Record<string, string>, actions, result, page: parsed.data.page }
}

function actorRoleLabel(role: string): string {
  const labels: Record<string, string> = ROLE_LABELS
  return labels[role] ?? role
}

export default function AuditLogPage() {
  const data = useLoaderData<typeof loader>()
  const { raw, errors, result } = data
  return (
    <VStack gap="space-24">
      <Heading level="1" size="large">
        Revisjonslogg
      </Heading>
      <BodyShort>
        Alle visninger av profiler, innsyn i personopplysninger og deling med arbeidsgivere logges her. Loggen kan ikke endres eller
        slettes.
      </BodyShort>
      <Form method="get">
        <VStack gap="space-16">
          <HStack gap="space-16" wrap>
            <Select label="Hendelse" name="action" defaultValue={raw.action ?? ''} error={errors.action}>
              <option value="">Alle</option>
              {data.actions.map((a) => (
                <option key={a.code} value={a.code}>
                  {a.label}
                </option>
              ))}
            </Select>
            <Select label="Type objekt" name="subjectType" defaultValue={raw.subjectType ?? ''}>
              <option value="">Alle</option>
              {Object.entries(AUDIT_SUBJECT_TYPES).map(([code, label]) => (
                <option key={code} value={code}>
                  {label}
                </option>
              ))}
            </Select>
            <TextField label="Objekt-id" name="subjectId" defaultValue={raw.subjectId ?? ''} />
            <TextField label="Utført av (e-post)" name="actorEmail" defaultValue={raw.actorEmail ?? ''} />
            <TextField label="Person-id" name="candidateId" defaultValue={raw.candidateId ?? ''} error={errors.candidateId} />
            <TextField label="Fra dato" description="dd.mm.åååå" name="from" defaultValue={raw.from ?? ''} error={errors.from} />
            <TextField label="Til dato" description="dd.mm.åååå" name="to" defaultValue={raw.to ?? ''} error={errors.to} />
          </HStack>
          <div>
            <Button type="submit">Søk</Button>
          </div>
        </VStack>
      </Form>
      {result ? (
        <>
          <BodyShort role="status">{formatNumber(result.total)} hendelser</BodyShort>
          {result.rows.length === 0 ? (
            <Alert variant="info">Ingen hendelser passer søket.</Alert>
          ) : (
            <Table size="small" className="stack-on-phone">
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell scope="col">Tidspunkt</Table.HeaderCell>
                  <Table.HeaderCell scope="col">Hendelse</Table.HeaderCell>
                  <Table.HeaderCell scope="col">Objekt</Table.HeaderCell>
                  <Table.HeaderCell scope="col">Person-id</Table.HeaderCell>
                  <Table.HeaderCell scope="col">Utført av</Table.HeaderCell>
                  <Table.HeaderCell scope="col">Virksomhet</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {result.rows.map((row) => (
                  <Table.Row key={row.id}>
                    <Table.DataCell>{formatDateTime(row.at)}</Table.DataCell>
                    <Table.DataCell data-label="Hendelse">{auditActionLabel(row.action)}</Table.DataCell>
                    <Table.DataCell data-label="Objekt">
                      {auditSubjectLabel(row.subjectType)} {row.subjectId}
                    </Table.DataCell>
                    <Table.DataCell data-label="Person-id">{row.candidateId ?? '–'}</Table.DataCell>
                    <Table.DataCell data-label="Utført av">
                      {row.actorEmail ?? (row.actorRole === 'person' ? 'Personen selv' : 'Systemet')}
                      {row.actorEmail && row.actorRole ? ` (${actorRoleLabel(row.actorRole).toLowerCase()})` : ''}
                    </Table.DataCell>
                    <Table.DataCell data-label="Virksomhet">{row.actorOrganisation ?? '–'}</Table.DataCell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          )}
          {result.pages > 1 ? (
            <Pagination
              page={data.page ?? 1}
              count={result.pages}
              renderItem={(item) => {
                const params = new URLSearchParams(raw as Record<string, string>)
                params.set('page', String(item.page))
                return <Pagination.Item {...item} as="a" href={`?${params}`} />
              }}
            />
          ) : null}
        </>
      ) : null}
    </VStack>
  )
}
