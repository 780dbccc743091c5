import { BodyLong, BodyShort, Heading, VStack } from '@navikt/ds-react'
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { personRequestStatus } from '~/components/min-side/labels'
import { listMyRequests } from '~/services/min-side.server'
import { requirePerson } from '~/services/person-auth.server'
import { formatDate } from '~/utils/format'

export const meta: MetaFunction = () => [{ title: 'Forespørsler – Vi inkluderer' }]

export async function loader({ request }: LoaderFunctionArgs) {
  const person = await requirePerson(request)
  return { requests: listMyRequests(person.candidateId) }
}

export default function MyRequests() {
  const { requests } = useLoaderData<typeof loader>()
  return (
    <VStack gap="space-24">
      <Heading level="1" size="large">
        Forespørsler fra arbeidsgivere
      </Heading>
      {requests.length === 0 ? (
        <BodyLong>Ingen arbeidsgivere har bedt om kontakt med deg ennå.</BodyLong>
      ) : (
        <ul className="min-side__tasks">
          {requests.map((r) => (
            <li key={r.id}>
              <Link to={`/min-side/foresporsler/${r.id}`}>
                {r.organisationName}
                <BodyShort as="span" size="small" style={{ display: 'block' }}>
                  {personRequestStatus(r.status, r.sharingActive)}
                  {r.status === 'SPURT_KANDIDAT' && r.replyDeadline ? ` – svar innen ${formatDate(r.replyDeadline)}` : ''}
                </BodyShort>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </VStack>
  )
}
