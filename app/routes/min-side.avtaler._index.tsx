import { BodyLong, BodyShort, Heading, VStack } from '@navikt/ds-react'
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { personAgreementStatus } from '~/components/min-side/labels'
import { listMyAgreements } from '~/services/min-side.server'
import { requirePerson } from '~/services/person-auth.server'
import { formatDate } from '~/utils/format'

export const meta: MetaFunction = () => [{ title: 'Oppfølgingsavtaler – Vi inkluderer' }]

export async function loader({ request }: LoaderFunctionArgs) {
  const person = await requirePerson(request)
  return { agreements: listMyAgreements(person.candidateId) }
}

export default function MyAgreements() {
  const { agreements } = useLoaderData<typeof loader>()
  return (
    <VStack gap="space-24">
      <Heading level="1" size="large">
        Oppfølgingsavtaler
      </Heading>
      {agreements.length === 0 ? (
        <BodyLong>
          Du har ingen oppfølgingsavtale ennå. Når du får jobb, lager jobbspesialisten en avtale med deg og arbeidsgiveren.
        </BodyLong>
      ) : (
        <ul className="min-side__tasks">
          {agreements.map((a) => (
            <li key={a.id}>
              <Link to={`/min-side/avtaler/${a.id}`}>
                {a.jobTitle || 'Avtale'} hos {a.organisationName}
                <BodyShort as="span" size="small" style={{ display: 'block' }}>
                  {personAgreementStatus(a.status, a.awaiting.includes('PERSON'))}
                  {a.nextFollowUp ? ` – neste oppfølging ${formatDate(a.nextFollowUp)}` : ''}
                </BodyShort>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </VStack>
  )
}
