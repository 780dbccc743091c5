import { BodyShort, Heading, Link as AkselLink, Table, VStack } from '@navikt/ds-react'
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { FactSummary } from '~/components/layout/FactSummary'
import { NACE_LABELS, ORGANISATION_KIND_LABELS, ROLE_LABELS, SECTOR_LABELS } from '~/domain/codes'
import { formatOrgnr } from '~/domain/validation/orgnr'
import { userStatus } from '~/services/accounts.server'
import { getOrganisationDetail } from '~/services/organisations.server'
import { formatDate, formatNumber } from '~/utils/format'
import { notFound, requireUserWithRole } from '~/utils/permissions.server'
import { pageFailure } from '~/utils/result.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.organisation.name ?? 'Organisasjon'} – Vi inkluderer` }]

const STATUS_TEXT = { active: 'Aktiv', invited: 'Invitert', unverified: 'E-post ikke bekreftet', disabled: 'Deaktivert' } as const

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUserWithRole(request, 'admin')
  const id = Number(params.id)
  if (!Number.isInteger(id) || id <= 0) throw notFound()
  const result = getOrganisationDetail(id)
  if (!result.ok) throw pageFailure(result)
  const detail = result.value
  return {
    ...detail,
    members: detail.members.map(({ hasPassword, ...m }) => ({ ...m, status: userStatus({ ...m, hasPassword }) })),
  }
}

export default function AdminOrganisation() {
  const { organisation: org, members, memberships, membershipTotal } = useLoaderData<typeof loader>()
  const facts: Array<[string, string]> = [
    ['Type', ORGANISATION_KIND_LABELS[org.kind]],
    ...(org.orgnr ? [['Organisasjonsnummer', formatOrgnr(org.orgnr)] as [string, string]] : []),
    ...(org.kommune ? [['Kommune', `${org.kommune} (${org.kommunenummer})`] as [string, string]] : []),
    ...(org.fylke ? [['Fylke', org.fylke] as [string, string]] : []),
    ...(org.agaZone && org.kind === 'EMPLOYER' ? [['Sone for arbeidsgiveravgift', org.agaZone] as [string, string]] : []),
    ...(org.sector ? [['Sektor', SECTOR_LABELS[org.sector]] as [string, string]] : []),
    ...(org.naceSection ? [['Bransje', `${NACE_LABELS[org.naceSection]} (${org.naceSection})`] as [string, string]] : []),
    ['Registrert', formatDate(org.createdAt)],
  ]
  return (
    <VStack gap="space-24">
      <BodyShort>
        <AkselLink href="/admin/organisasjoner">Alle organisasjoner</AkselLink>
      </BodyShort>
      <Heading level="1" size="large">
        {org.name}
      </Heading>
      <FactSummary heading="Om organisasjonen" facts={facts.map(([label, value]) => ({ label, value }))} />
      <Heading level="2" size="medium">
        Brukere
      </Heading>
      {members.length === 0 ? (
        <BodyShort>Organisasjonen har ingen brukere.</BodyShort>
      ) : (
        <Table className="stack-on-phone">
          <caption className="visually-hidden">Brukere i {org.name}</caption>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">Navn</Table.HeaderCell>
              <Table.HeaderCell scope="col">E-post</Table.HeaderCell>
              <Table.HeaderCell scope="col">Rolle</Table.HeaderCell>
              <Table.HeaderCell scope="col">Status</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {members.map((m) => (
              <Table.Row key={m.id}>
                <Table.DataCell>{m.name || '(ikke oppgitt ennå)'}</Table.DataCell>
                <Table.DataCell data-label="E-post">{m.email}</Table.DataCell>
                <Table.DataCell data-label="Rolle">{ROLE_LABELS[m.role]}</Table.DataCell>
                <Table.DataCell data-label="Status">{STATUS_TEXT[m.status]}</Table.DataCell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      {org.kind === 'NAV_UNIT' ? null : (
        <>
          <Heading level="2" size="medium">
            {org.kind === 'PARTNER' ? 'Medlemsvirksomheter' : 'Medlem av partnerorganisasjoner'}
          </Heading>
          {memberships.length === 0 ? (
            <BodyShort>
              {org.kind === 'PARTNER' ? 'Ingen registrerte medlemsvirksomheter.' : 'Ikke medlem av noen partnerorganisasjon.'}
            </BodyShort>
          ) : (
            <>
              {membershipTotal > memberships.length ? (
                <BodyShort>
                  Viser {formatNumber(memberships.length)} av {formatNumber(membershipTotal)}.
                </BodyShort>
              ) : null}
              <ul>
                {memberships.map((m) => (
                  <li key={m.id}>
                    <AkselLink href={`/admin/organisasjoner/${m.id}`}>{m.name}</AkselLink>
                    {m.orgnr ? ` (${formatOrgnr(m.orgnr)})` : ''}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </VStack>
  )
}
