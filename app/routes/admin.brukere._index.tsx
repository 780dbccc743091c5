import { Alert, BodyShort, Button, Heading, HStack, Link as AkselLink, Table, Tag, VStack } from '@navikt/ds-react'
import { AdminListFilter } from '~/components/accounts/AdminListFilter'
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { Form } from '~/components/Form'
import { ROLES } from '@db/schema'
import { UserToggleSchema } from '~/domain/accounts/schemas'
import { isCode, ROLE_LABELS } from '~/domain/codes'
import { listUsers, setUserDisabled, type UserStatus } from '~/services/accounts.server'
import { requireUserWithRole } from '~/utils/permissions.server'
import { messageOf } from '~/utils/result'
import { statusOf } from '~/utils/result.server'

export const meta: MetaFunction = () => [{ title: 'Brukere – Vi inkluderer' }]

const STATUS_LABELS: Record<UserStatus, { label: string; variant: 'success' | 'info' | 'warning' | 'neutral' }> = {
  active: { label: 'Aktiv', variant: 'success' },
  invited: { label: 'Invitert', variant: 'info' },
  unverified: { label: 'E-post ikke bekreftet', variant: 'warning' },
  disabled: { label: 'Deaktivert', variant: 'neutral' },
}

export async function loader({ request }: LoaderFunctionArgs) {
  const admin = await requireUserWithRole(request, 'admin')
  const url = new URL(request.url)
  const q = url.searchParams.get('q')?.slice(0, 100) ?? ''
  const roleParam = url.searchParams.get('rolle') ?? ''
  const role = isCode(ROLES, roleParam) ? roleParam : undefined
  return { ...listUsers({ q, role }), q, role: role ?? '', adminId: admin.id, invited: url.searchParams.get('invitert') === '1' }
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requireUserWithRole(request, 'admin')
  const parsed = UserToggleSchema.safeParse(Object.fromEntries(await request.formData()))
  if (!parsed.success) return data({ ok: false, message: 'Ugyldig forespørsel.' }, { status: 400 })
  const result = setUserDisabled(admin, parsed.data.userId, parsed.data.intent === 'deactivate')
  if (!result.ok) return data({ ok: false, message: messageOf(result) }, { status: statusOf(result) })
  return { ok: true, message: parsed.data.intent === 'deactivate' ? 'Brukeren er deaktivert og logget ut.' : 'Brukeren er aktivert igjen.' }
}

export default function AdminUsers() {
  const { rows, total, q, role, adminId, invited } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  return (
    <VStack gap="space-24">
      <Heading level="1" size="large">
        Brukere
      </Heading>
      <HStack gap="space-16" align="center">
        <AkselLink href="/admin/brukere/inviter">Inviter en bruker</AkselLink>
        <AkselLink href="/admin/organisasjoner">Organisasjoner</AkselLink>
      </HStack>
      {invited ? (
        <Alert variant="success" role="status">
          Invitasjonen er sendt. Den virker i 7 dager.
        </Alert>
      ) : null}
      {actionData ? (
        <Alert variant={actionData.ok ? 'success' : 'error'} role={actionData.ok ? 'status' : 'alert'}>
          {actionData.message}
        </Alert>
      ) : null}
      <AdminListFilter
        searchName="Søk etter brukere"
        searchLabel="Søk på navn eller e-post"
        q={q}
        filter={{
          name: 'rolle',
          label: 'Rolle',
          allLabel: 'Alle roller',
          value: role,
          options: ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] })),
        }}
        shown={rows.length}
        total={total}
        noun={{ one: 'bruker', many: 'brukere' }}
      />
      {rows.length > 0 ? (
        <Table className="stack-on-phone">
          <caption className="visually-hidden">Brukere</caption>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">Navn</Table.HeaderCell>
              <Table.HeaderCell scope="col">E-post</Table.HeaderCell>
              <Table.HeaderCell scope="col">Rolle</Table.HeaderCell>
              <Table.HeaderCell scope="col">Organisasjon</Table.HeaderCell>
              <Table.HeaderCell scope="col">Status</Table.HeaderCell>
              <Table.HeaderCell scope="col">Handling</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {rows.map((user) => {
              const status = STATUS_LABELS[user.status]
              const who = user.name || user.email
              return (
                <Table.Row key={user.id}>
                  <Table.DataCell>{user.name || '(ikke oppgitt ennå)'}</Table.DataCell>
                  <Table.DataCell data-label="E-post">{user.email}</Table.DataCell>
                  <Table.DataCell data-label="Rolle">{ROLE_LABELS[user.role]}</Table.DataCell>
                  <Table.DataCell data-label="Organisasjon">
                    {user.organisationId ? (
                      <AkselLink href={`/admin/organisasjoner/${user.organisationId}`}>{user.organisation}</AkselLink>
                    ) : (
                      '–'
                    )}
                  </Table.DataCell>
                  <Table.DataCell data-label="Status">
                    <Tag variant={status.variant} size="small">
                      {status.label}
                    </Tag>
                  </Table.DataCell>
                  <Table.DataCell className="stack-on-phone__action">
                    {user.id === adminId ? (
                      <BodyShort size="small">Deg selv</BodyShort>
                    ) : (
                      <Form method="post" className="inline-form">
                        <input type="hidden" name="userId" value={user.id} />
                        <input type="hidden" name="intent" value={user.status === 'disabled' ? 'reactivate' : 'deactivate'} />
                        <Button type="submit" size="small" variant="secondary">
                          {user.status === 'disabled' ? 'Aktiver' : 'Deaktiver'}
                          <span className="visually-hidden"> {who}</span>
                        </Button>
                      </Form>
                    )}
                  </Table.DataCell>
                </Table.Row>
              )
            })}
          </Table.Body>
        </Table>
      ) : null}
    </VStack>
  )
}
