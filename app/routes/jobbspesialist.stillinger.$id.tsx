import { Heading, Link as AkselLink, VStack } from '@navikt/ds-react'
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { VacancyDetails } from '~/components/vacancies/VacancyDetails'
import { requireVisibleVacancy } from '~/services/vacancies.server'
import { requireUserWithRole } from '~/utils/permissions.server'
import { pageFailure } from '~/utils/result.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.vacancy.title ?? 'Stilling'} – Vi inkluderer` }]

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUserWithRole(request, ['jobbspesialist', 'admin'])
  const visible = requireVisibleVacancy(user, Number(params.id))
  if (!visible.ok) throw pageFailure(visible)
  return { vacancy: visible.value }
}

export default function JobbspesialistVacancyPage() {
  const { vacancy } = useLoaderData<typeof loader>()
  return (
    <VStack gap="space-24">
      <VStack gap="space-8">
        <AkselLink as={Link} to="/jobbspesialist/stillinger">
          Tilbake til ledige stillinger
        </AkselLink>
        <Heading level="1" size="large">
          {vacancy.title}
        </Heading>
      </VStack>
      <AkselLink as={Link} to={`/jobbspesialist/stillinger/${vacancy.id}/kandidater`}>
        Se aktuelle kandidater for stillingen
      </AkselLink>
      <VacancyDetails vacancy={vacancy} />
    </VStack>
  )
}
