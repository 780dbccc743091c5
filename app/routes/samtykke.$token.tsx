import { parseWithZod } from '@conform-to/zod'
import { Alert, BodyLong, BodyShort, Box, Button, Heading, HStack, VStack } from '@navikt/ds-react'
import { data, type ActionFunctionArgs, type HeadersFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { Form } from '~/components/Form'
import { CONSENT_LINK_MESSAGES, ContactAnswerSchema, refusedConsentLink } from '~/domain/contact-requests'
import { answerConsentLink, getConsentLink } from '~/services/contact-requests/consent.server'
import { formatLongDate } from '~/utils/format'
import { messageOf } from '~/utils/result'

/**
 * The person's single-use consent link (no login). Shows only what they are
 * consenting to — which employer, which parts of the CV, the message and the
 * deadline — and two buttons. A used, expired or tampered link changes nothing.
 */
export const meta: MetaFunction = () => [{ title: 'Samtykke til kontakt – Vi inkluderer' }, { name: 'robots', content: 'noindex' }]

const NO_LEAK = { 'Referrer-Policy': 'no-referrer', 'Cache-Control': 'no-store' }
export const headers: HeadersFunction = () => NO_LEAK

export async function loader({ params }: LoaderFunctionArgs) {
  const found = getConsentLink(params.token ?? '')
  const link = found.ok ? { state: 'valid' as const, ...found.value } : { state: refusedConsentLink(messageOf(found)) }
  // An answer that is already recorded is a normal page (200) that says so (issue 12); only broken links are errors.
  return data(
    { link },
    { headers: NO_LEAK, status: link.state === 'valid' || link.state === 'used' ? 200 : link.state === 'invalid' ? 404 : 410 },
  )
}

export async function action({ request, params }: ActionFunctionArgs) {
  const submission = parseWithZod(await request.formData(), { schema: ContactAnswerSchema })
  if (submission.status !== 'success') return data({ answered: null, problem: 'answer' as const }, { status: 400, headers: NO_LEAK })
  const result = answerConsentLink(params.token ?? '', submission.value.answer)
  if (!result.ok) {
    const refusal = refusedConsentLink(messageOf(result))
    return data({ answered: null, problem: refusal }, { status: refusal === 'used' ? 200 : 409, headers: NO_LEAK })
  }
  return data({ answered: result.value.answer, problem: null }, { headers: NO_LEAK })
}

export default function ConsentPage() {
  const { link } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  if (actionData?.answered) {
    return (
      <VStack gap="space-16" className="form-narrow">
        <Heading level="1" size="large">
          Takk for svaret
        </Heading>
        <Alert variant="success" role="status">
          {actionData.answered === 'JA'
            ? 'Du har sagt ja. Arbeidsgiveren får nå navnet ditt, kontaktinformasjonen din og de delene av CV-en som er nevnt, og tar kontakt med deg.'
            : 'Du har sagt nei. Arbeidsgiveren får bare vite at kontakten ikke ble gjennomført, ikke hvorfor.'}
        </Alert>
        <BodyLong>Ta kontakt med jobbspesialisten din hvis du har spørsmål eller vil endre svaret.</BodyLong>
      </VStack>
    )
  }
  // A refusal of the answer just sent wins over what the page showed.
  const refusal = actionData?.problem && actionData.problem !== 'answer' ? actionData.problem : link.state !== 'valid' ? link.state : null
  if (refusal || link.state !== 'valid') {
    if (refusal === 'used') {
      return (
        <VStack gap="space-16" className="form-narrow">
          <Heading level="1" size="large">
            Du har allerede svart
          </Heading>
          <Alert variant="info">{CONSENT_LINK_MESSAGES.used}</Alert>
        </VStack>
      )
    }
    return (
      <VStack gap="space-16" className="form-narrow">
        <Heading level="1" size="large">
          Lenken kan ikke brukes
        </Heading>
        <Alert variant="warning">{CONSENT_LINK_MESSAGES[refusal ?? 'invalid']}</Alert>
      </VStack>
    )
  }
  return (
    <VStack gap="space-24" className="form-narrow">
      <Heading level="1" size="large">
        Vil du dele kontaktinformasjonen din med {link.organisationName}?
      </Heading>
      <BodyLong>
        En arbeidsgiver har sett den anonyme profilen din og ønsker kontakt. Du bestemmer selv. Svarer du ja, får bare denne arbeidsgiveren
        opplysningene nedenfor, i 6 måneder.
      </BodyLong>
      <Box padding="space-16" borderRadius="8" borderWidth="1" borderColor="neutral-subtle">
        <dl className="contact-facts">
          <dt>Arbeidsgiver</dt>
          <dd>
            {link.organisationName}
            {link.organisationKommune ? `, ${link.organisationKommune}` : ''}
          </dd>
          {link.vacancyTitle ? (
            <>
              <dt>Stilling</dt>
              <dd>{link.vacancyTitle}</dd>
            </>
          ) : null}
          <dt>Dette deles hvis du sier ja</dt>
          <dd>
            <ul>
              <li>Navnet ditt</li>
              <li>Telefonnummer og e-postadresse</li>
              {link.cvParts.map((p) => (
                <li key={p.code}>Fra CV-en: {p.label}</li>
              ))}
            </ul>
          </dd>
          <dt>Melding fra arbeidsgiveren</dt>
          <dd>{link.message}</dd>
          <dt>Svarfrist</dt>
          <dd>{formatLongDate(link.deadline)}</dd>
        </dl>
      </Box>
      {actionData?.problem === 'answer' ? (
        <Alert variant="error" role="alert">
          Velg ja eller nei.
        </Alert>
      ) : null}
      <Form method="post">
        <HStack gap="space-16">
          <Button type="submit" name="answer" value="JA">
            Ja, del med {link.organisationName}
          </Button>
          <Button type="submit" name="answer" value="NEI" variant="secondary">
            Nei takk
          </Button>
        </HStack>
      </Form>
      <BodyShort size="small">Lenken kan bare brukes én gang.</BodyShort>
    </VStack>
  )
}
