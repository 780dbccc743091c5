import { BodyShort, Link as AkselLink, VStack } from '@navikt/ds-react'
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { PersonHistoryView } from '~/components/PersonHistoryView'
import { getPersonHistory } from '~/services/person-history.server'
import { notFound, requireUserWithRole } from '~/utils/permissions.server'

export const meta: MetaFunction = () => [{ title: 'Innsyn – Vi inkluderer' }]

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUserWithRole(request, 'jobbspesialist')
  const id = Number(params.id)
  if (!Number.isInteger(id) || id <= 0) throw notFound()
  const history = getPersonHistory(user, id)
  if (!history) throw notFound()
  return { history }
}

export default function JobbspesialistPersonHistory() {
  const { history } = useLoaderData<typeof loader>()
  return (
    <VStack gap="space-16">
      <BodyShort>
        <AkselLink href={`/jobbspesialist/portefolje/${history.person.id}`}>Tilbake til personen</AkselLink>
      </BodyShort>
      <PersonHistoryView history={history} />
    </VStack>
  )
}
