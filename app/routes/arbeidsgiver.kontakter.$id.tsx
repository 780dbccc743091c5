import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod'
import { Alert, BodyLong, BodyShort, Button, List, Heading, Link as AkselLink, Radio, RadioGroup, VStack } from '@navikt/ds-react'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData, useSearchParams } from '@remix-run/react'
import { Form } from '~/components/Form'
import { FormErrors } from '~/components/forms'
import { EMPLOYER_MARKING_CODES, EMPLOYER_MARKINGS } from '~/domain/codes'
import { ContactStatusTag } from '~/components/contact-requests/ContactStatusTag'
import { FactSummary } from '~/components/layout/FactSummary'
import { cvPartLabel, EmployerRequestFormSchema } from '~/domain/contact-requests'
import { getRequestForEmployer } from '~/services/contact-requests/queries.server'
import { markCandidate, withdrawRequest } from '~/services/contact-requests/requests.server'
import { formatDate } from '~/utils/format'
import { notFound, requireEmployer } from '~/utils/permissions.server'
import { pageFailure, replyToFailure } from '~/utils/result.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Kontakt – profil ${data?.request.profileCode ?? ''} – Vi inkluderer` },
]

function requestId(params: { id?: string }): number {
  const id = Number(params.id)
  if (!Number.isInteger(id) || id <= 0) throw notFound()
  return id
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireEmployer(request)
  const found = getRequestForEmployer(user, requestId(params))
  if (!found.ok) throw pageFailure(found)
  return { request: found.value }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireEmployer(request)
  const id = requestId(params)
  const submission = parseWithZod(await request.formData(), { schema: EmployerRequestFormSchema })
  if (submission.status !== 'success') return data({ result: submission.reply() }, { status: 400 })
  const result = submission.value.intent === 'withdraw' ? withdrawRequest(user, id) : markCandidate(user, id, submission.value.marking)
  if (!result.ok) return replyToFailure(submission, result, ['marking'])
  return redirect(`/arbeidsgiver/kontakter/${id}?lagret=${submission.value.intent}`)
}

export default function EmployerContact() {
  const { request: r } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const [searchParams] = useSearchParams()
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: EmployerRequestFormSchema }),
  })
  const saved = searchParams.get('lagret')
  const person = r.person
  return (
    <VStack gap="space-24">
      <BodyShort>
        <AkselLink href="/arbeidsgiver/kontakter">Tilbake til kontakter</AkselLink>
      </BodyShort>
      <Heading level="1" size="large">
        Kontakt – profil {r.profileCode}
      </Heading>
      {searchParams.get('sendt') ? (
        <Alert variant="success" role="status">
          Forespørselen er sendt til jobbspesialisten.
        </Alert>
      ) : null}
      {saved === 'withdraw' ? (
        <Alert variant="success" role="status">
          Forespørselen er trukket.
        </Alert>
      ) : null}
      {saved === 'mark' ? (
        <Alert variant="success" role="status">
          Markeringen er lagret.
        </Alert>
      ) : null}
      <FormErrors errors={form.errors} id={form.errorId} />
      <FactSummary
        heading="Forespørselen"
        facts={[
          { label: 'Status', value: <ContactStatusTag status={r.status} sharingActive={!r.sharingEnded} testId="contact-status" /> },
          { label: 'Sendt', value: formatDate(r.createdAt) },
          { label: 'Stilling', value: r.vacancyTitle ?? 'Ingen bestemt stilling' },
          { label: 'Melding', value: r.message },
        ]}
      />
      {r.canWithdraw ? (
        <Form method="post">
          <input type="hidden" name="intent" value="withdraw" />
          <Button type="submit" variant="secondary">
            Trekk forespørselen
          </Button>
        </Form>
      ) : null}
      {r.sharingEnded ? (
        <BodyLong>Det som ble delt med dere, er ikke lenger tilgjengelig. Delingen varer i 6 måneder etter samtykket.</BodyLong>
      ) : null}
      {person ? (
        <>
          <VStack gap="space-16">
            <FactSummary
              heading={`${person.firstName} ${person.lastName}`}
              facts={[
                { label: 'Telefon', value: person.phone ?? 'Ikke oppgitt' },
                { label: 'E-post', value: person.email ?? 'Ikke oppgitt' },
                { label: 'Delt med dere til', value: formatDate(person.sharedUntil) },
              ]}
            />
            <BodyShort>Visningen er logget.</BodyShort>
            <SharedCv cv={person.cv} parts={person.cvParts} />
          </VStack>
          <Form method="post" {...getFormProps(form)}>
            <input type="hidden" name="intent" value="mark" />
            <VStack gap="space-16">
              <RadioGroup
                legend="Hvordan vurderer dere kandidaten?"
                name="marking"
                defaultValue={r.employerMarking ?? undefined}
                error={fields.marking?.errors?.join(' ')}
              >
                {EMPLOYER_MARKING_CODES.map((code) => (
                  <Radio key={code} value={code}>
                    {EMPLOYER_MARKINGS[code]}
                  </Radio>
                ))}
              </RadioGroup>
              <div>
                <Button type="submit">Lagre markering</Button>
              </div>
            </VStack>
          </Form>
        </>
      ) : null}
    </VStack>
  )
}

function SharedCv({
  cv,
  parts,
}: {
  cv: NonNullable<ReturnType<typeof useLoaderData<typeof loader>>['request']['person']>['cv']
  parts: string[]
}) {
  if (parts.length === 0) return <BodyShort>Jobbspesialisten har ikke delt deler av CV-en.</BodyShort>
  return (
    <VStack gap="space-16">
      <Heading level="3" size="small">
        Delt fra CV-en: {parts.map(cvPartLabel).join(', ')}
      </Heading>
      {cv.summary ? <BodyLong>{cv.summary}</BodyLong> : null}
      {cv.experience?.length ? (
        <section aria-label="Arbeidserfaring">
          <Heading level="4" size="xsmall">
            Arbeidserfaring
          </Heading>
          <List>
            {cv.experience.map((e, i) => (
              <List.Item key={i}>
                {e.title}, {e.employer}
                {e.from ? ` (${e.from}–${e.to ?? ''})` : ''}
              </List.Item>
            ))}
          </List>
        </section>
      ) : null}
      {cv.education?.length ? (
        <section aria-label="Utdanning">
          <Heading level="4" size="xsmall">
            Utdanning
          </Heading>
          <List>
            {cv.education.map((e, i) => (
              <List.Item key={i}>
                {e.programme}, {e.institution}
                {e.year ? ` (${e.year})` : ''}
              </List.Item>
            ))}
          </List>
        </section>
      ) : null}
      {cv.certificates?.length ? (
        <section aria-label="Kurs og sertifikater">
          <Heading level="4" size="xsmall">
            Kurs og sertifikater
          </Heading>
          <List>
            {cv.certificates.map((c, i) => (
              <List.Item key={i}>{c}</List.Item>
            ))}
          </List>
        </section>
      ) : null}
    </VStack>
  )
}
