import { BodyShort, Link as AkselLink, VStack } from '@navikt/ds-react'
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { PersonHistoryView } from '~/components/PersonHistoryView'
import { getPersonHistory } from '~/services/person-history.server'
import { notFound, requireUserWithRole } from '~/utils/permissions.server'

export const meta: MetaFunction = () => [{ title: 'Innsyn – Administrasjon – Vi inkluderer' }]

/** Admin's read of a person's history; the read itself is audit-logged (PERSON_HISTORY_VIEWED). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUserWithRole(request, 'admin')
  const id = Number(params.id)
  if (!Number.isInteger(id) || id <= 0) throw notFound()
  const history = getPersonHistory(user, id)
  if (!history) throw notFound()
  return { history }
}

export default function AdminPersonHistory() {
  const { history } = useLoaderData<typeof loader>()
  return (
    <VStack gap="space-16">
      <BodyShort>
        <AkselLink href="/admin/personer">Finn en annen person</AkselLink>
      </BodyShort>
      <PersonHistoryView history={history} />
    </VStack>
  )
}
