import { BodyShort, Heading, VStack } from '@navikt/ds-react'
import type { HeadersFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { PersonDataPrint } from '~/components/min-side/PersonDataPrint'
import { exportMyData } from '~/services/min-side.server'
import { requirePerson } from '~/services/person-auth.server'
import { formatDateTime } from '~/utils/format'

export const meta: MetaFunction = () => [{ title: 'Opplysningene dine – Vi inkluderer' }]
export const headers: HeadersFunction = () => ({ 'Cache-Control': 'no-store' })

export async function loader({ request }: LoaderFunctionArgs) {
  const person = await requirePerson(request)
  return { data: exportMyData(person.candidateId, 'print') }
}

export default function MyDataPrint() {
  const { data } = useLoaderData<typeof loader>()
  return (
    <VStack gap="space-24">
      <VStack gap="space-8">
        <Heading level="1" size="large">
          Opplysningene dine i Vi inkluderer
        </Heading>
        <BodyShort>Laget {formatDateTime(data.exportedAt)}. Bruk utskrift i nettleseren for å skrive ut eller lagre som PDF.</BodyShort>
      </VStack>
      <PersonDataPrint data={data} />
    </VStack>
  )
}
