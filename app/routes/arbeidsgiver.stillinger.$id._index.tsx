import { Alert, BodyLong, Box, Button, Heading, HStack, Link as AkselLink, VStack } from '@navikt/ds-react'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { Form } from '~/components/Form'
import { calculatorHref, VacancyDetails } from '~/components/vacancies/VacancyDetails'
import { allowedActions, canEdit, isVacancyAction, VACANCY_ACTIONS } from '~/domain/vacancies'
import { changeVacancyStatus, requireOwnedVacancy } from '~/services/vacancies.server'
import { requireEmployer } from '~/utils/permissions.server'
import { actionFailure, pageFailure } from '~/utils/result.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.vacancy.title ?? 'Stilling'} – Vi inkluderer` }]

const MESSAGES: Record<string, string> = {
  opprettet: 'Stillingen er lagret som utkast.',
  lagret: 'Endringene er lagret.',
  ...Object.fromEntries(Object.entries(VACANCY_ACTIONS).map(([k, a]) => [k, a.done])),
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireEmployer(request)
  const owned = requireOwnedVacancy(user, Number(params.id))
  if (!owned.ok) throw pageFailure(owned)
  const vacancy = owned.value
  const url = new URL(request.url)
  const requested = url.searchParams.get('handling')
  const actions = allowedActions(vacancy.status)
  const confirming = isVacancyAction(requested) && actions.includes(requested) ? requested : null
  const message = MESSAGES[url.searchParams.get('melding') ?? ''] ?? null
  return { vacancy, actions, confirming, message, editable: canEdit(vacancy.status) }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireEmployer(request)
  const id = Number(params.id)
  const form = await request.formData()
  const intent = form.get('intent')
  if (!isVacancyAction(intent)) return data({ error: 'Ukjent handling.' }, { status: 400 })
  const version = Number(form.get('version'))
  const result = changeVacancyStatus(user, id, intent, Number.isSafeInteger(version) && version > 0 ? version : undefined)
  if (!result.ok) return actionFailure(result)
  return redirect(`/arbeidsgiver/stillinger/${id}?melding=${intent}`)
}

export default function EmployerVacancyPage() {
  const { vacancy, actions, confirming, message, editable } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  return (
    <VStack gap="space-24">
      <VStack gap="space-8">
        <AkselLink as={Link} to="/arbeidsgiver/stillinger">
          Tilbake til dine stillinger
        </AkselLink>
        <Heading level="1" size="large">
          {vacancy.title}
        </Heading>
      </VStack>
      {message && !actionData?.error ? (
        <Alert variant="success" role="status">
          {message}
        </Alert>
      ) : null}
      {actionData?.error ? (
        <Alert variant="error" role="alert">
          {actionData.error}
        </Alert>
      ) : null}
      {confirming ? (
        <Box
          padding="space-16"
          borderRadius="8"
          borderWidth="2"
          borderColor="neutral-subtle"
          as="section"
          aria-labelledby="bekreft-overskrift"
        >
          <VStack gap="space-16">
            <Heading level="2" size="medium" id="bekreft-overskrift">
              Bekreft: {VACANCY_ACTIONS[confirming].label.toLowerCase()}
            </Heading>
            <BodyLong>{VACANCY_ACTIONS[confirming].confirm}</BodyLong>
            <Form method="post">
              <input type="hidden" name="intent" value={confirming} />
              <input type="hidden" name="version" value={vacancy.version} />
              <HStack gap="space-16" align="center">
                <Button type="submit">Ja, {VACANCY_ACTIONS[confirming].label.toLowerCase()}</Button>
                <AkselLink as={Link} to={`/arbeidsgiver/stillinger/${vacancy.id}`}>
                  Avbryt
                </AkselLink>
              </HStack>
            </Form>
          </VStack>
        </Box>
      ) : (
        <nav aria-label="Handlinger for stillingen">
          <HStack gap="space-16" align="center">
            {editable ? (
              <Button as={Link} to={`/arbeidsgiver/stillinger/${vacancy.id}/rediger`} variant="secondary">
                Endre
              </Button>
            ) : null}
            {actions.map((a) => (
              <Button key={a} as={Link} to={`?handling=${a}`} variant={a === 'publish' ? 'primary' : 'secondary'}>
                {VACANCY_ACTIONS[a].label}
              </Button>
            ))}
          </HStack>
        </nav>
      )}
      <VacancyDetails vacancy={vacancy} />
      <VStack gap="space-8">
        <Heading level="2" size="small">
          Aktuelle kandidater
        </Heading>
        <BodyLong>
          <AkselLink as={Link} to={`/arbeidsgiver/stillinger/${vacancy.id}/kandidater`}>
            Se aktuelle kandidater for stillingen, med hvorfor de passer
          </AkselLink>
        </BodyLong>
      </VStack>
      <VStack gap="space-8">
        <Heading level="2" size="small">
          Tilskudd
        </Heading>
        <BodyLong>
          <AkselLink href={calculatorHref(vacancy)}>Regn ut tilskudd for denne stillingen i tilskuddskalkulatoren</AkselLink>
        </BodyLong>
        <BodyLong>
          <AkselLink href={`/hvilke-ordninger-passer?stilling=${vacancy.id}`}>Sammenlign hvilke ordninger som passer</AkselLink>
        </BodyLong>
      </VStack>
    </VStack>
  )
}
