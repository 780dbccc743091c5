import { getFormProps, getTextareaProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod'
import { Alert, BodyShort, Button, Heading, HStack, Link as AkselLink, Select, Table, Textarea, VStack } from '@navikt/ds-react'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { INNSATSGRUPPER, IPS_STEPS, IPS_STEP_CODES, type Innsatsgruppe, type IpsStep } from '~/domain/codes'
import { CASELOAD_NORM, ChangeStepSchema, CvSchema, cvToForm, parseCvForm } from '~/domain/candidates'
import { changeIpsStep, getCandidateDetails, updateCv } from '~/services/candidates.server'
import { formatDate, formatDateTime } from '~/utils/format'
import { requireUserWithRole } from '~/utils/permissions.server'

export const meta: MetaFunction = () => [{ title: 'Person i porteføljen – Vi inkluderer' }]

const PROFILE_STATUS_LABELS: Record<string, string> = { UTKAST: 'Utkast', PUBLISERT: 'Publisert', AVPUBLISERT: 'Avpublisert' }

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUserWithRole(request, ['jobbspesialist', 'admin'])
  const details = getCandidateDetails(user, Number(params.id))
  const url = new URL(request.url)
  const c = details.candidate
  return {
    person: {
      id: c.id,
      firstName: c.firstName,
      lastName: c.lastName,
      fnr: c.fnr,
      birthDate: c.birthDate,
      phone: c.phone,
      email: c.email,
      innsatsgruppe: c.innsatsgruppe as Innsatsgruppe,
      referralDate: c.referralDate,
      ipsStep: c.ipsStep as IpsStep,
    },
    cv: cvToForm(c.cv),
    kommuneName: details.kommuneName,
    fylkeName: details.fylkeName,
    navUnitName: details.navUnitName,
    history: details.history,
    profile: details.profile,
    isOwner: details.isOwner,
    activeCount: details.ownerActiveCount,
    registered: url.searchParams.get('registrert') === '1',
    overNorm: url.searchParams.get('over') === '1',
    saved: url.searchParams.get('lagret'),
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUserWithRole(request, 'jobbspesialist')
  const id = Number(params.id)
  const formData = await request.formData()
  if (formData.get('intent') === 'step') {
    const submission = parseWithZod(formData, { schema: ChangeStepSchema })
    if (submission.status !== 'success') return data({ intent: 'step' as const, result: submission.reply() }, { status: 400 })
    changeIpsStep(user, id, submission.value.step as IpsStep)
    return redirect(`/jobbspesialist/portefolje/${id}?lagret=steg`)
  }
  const submission = parseWithZod(formData, { schema: CvSchema })
  if (submission.status !== 'success') return data({ intent: 'cv' as const, result: submission.reply() }, { status: 400 })
  updateCv(user, id, parseCvForm(submission.value))
  return redirect(`/jobbspesialist/portefolje/${id}?lagret=cv`)
}

export default function CandidatePage() {
  const d = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const p = d.person
  const [cvForm, cvFields] = useForm({
    id: 'cv',
    lastResult: actionData?.intent === 'cv' ? actionData.result : undefined,
    defaultValue: d.cv,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: CvSchema }),
    shouldValidate: 'onSubmit',
  })
  return (
    <VStack gap="space-32">
      <VStack gap="space-8">
        <BodyShort>
          <AkselLink as={Link} to="/jobbspesialist/portefolje">
            Tilbake til porteføljen
          </AkselLink>
        </BodyShort>
        <Heading level="1" size="large">
          {p.firstName} {p.lastName}
        </Heading>
      </VStack>
      {d.registered ? (
        <Alert variant="success" role="status">
          Personen er registrert i porteføljen din.
        </Alert>
      ) : null}
      {d.overNorm ? (
        <Alert variant="warning" role="status">
          Du følger nå opp {d.activeCount} aktive personer – over IPS-normen på {CASELOAD_NORM}. Vurder om noen kan avsluttes eller overføres.
        </Alert>
      ) : null}
      {d.saved ? (
        <Alert variant="success" role="status">
          {d.saved === 'steg' ? 'Steget er endret.' : 'CV-en er lagret.'}
        </Alert>
      ) : null}

      <VStack gap="space-16">
        <Heading level="2" size="medium">
          Personopplysninger
        </Heading>
        <dl style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '0.5rem 1.5rem', margin: 0 }}>
          <dt>Fødselsnummer</dt>
          <dd style={{ margin: 0 }}>{p.fnr}</dd>
          <dt>Fødselsdato</dt>
          <dd style={{ margin: 0 }}>{formatDate(p.birthDate)}</dd>
          <dt>Telefon</dt>
          <dd style={{ margin: 0 }}>{p.phone || 'Ikke oppgitt'}</dd>
          <dt>E-post</dt>
          <dd style={{ margin: 0 }}>{p.email || 'Ikke oppgitt'}</dd>
          <dt>Kommune</dt>
          <dd style={{ margin: 0 }}>
            {d.kommuneName} ({d.fylkeName})
          </dd>
          <dt>Innsatsgruppe</dt>
          <dd style={{ margin: 0 }}>{INNSATSGRUPPER[p.innsatsgruppe]}</dd>
          <dt>Henvist</dt>
          <dd style={{ margin: 0 }}>{formatDate(p.referralDate)}</dd>
          <dt>NAV-kontor</dt>
          <dd style={{ margin: 0 }}>{d.navUnitName ?? 'Ikke oppgitt'}</dd>
        </dl>
      </VStack>

      <VStack gap="space-16">
        <Heading level="2" size="medium">
          Anonymisert profil
        </Heading>
        <BodyShort>
          {d.profile ? `Status: ${PROFILE_STATUS_LABELS[d.profile.status]} (profilkode ${d.profile.code}).` : 'Personen har ingen profil ennå.'}
        </BodyShort>
        {d.isOwner ? (
          <VStack gap="space-8" as="ul" style={{ margin: 0, paddingLeft: '1.25rem' }}>
            <li>
              <AkselLink as={Link} to={`/jobbspesialist/portefolje/${p.id}/profil`}>
                {d.profile ? 'Rediger profil' : 'Skriv profil'}
              </AkselLink>
            </li>
            <li>
              <AkselLink as={Link} to={`/jobbspesialist/portefolje/${p.id}/stillinger`}>
                Aktuelle stillinger for personen
              </AkselLink>
            </li>
            <li>
              <AkselLink as={Link} to={`/hvilke-ordninger-passer?kandidat=${p.id}`}>
                Hvilke tilskuddsordninger passer for personen?
              </AkselLink>
            </li>
            <li>
              <AkselLink as={Link} to={`/jobbspesialist/portefolje/${p.id}/innsyn`}>
                Innsynslogg: visninger, forespørsler og deling
              </AkselLink>
            </li>
          </VStack>
        ) : null}
      </VStack>

      <VStack gap="space-16">
        <Heading level="2" size="medium">
          IPS-steg
        </Heading>
        <BodyShort>Nåværende steg: {IPS_STEPS[p.ipsStep]}</BodyShort>
        {d.isOwner ? (
          <Form method="post">
            <input type="hidden" name="intent" value="step" />
            <HStack gap="space-8" align="end">
              <Select label="Flytt til steg" name="step" defaultValue={p.ipsStep}>
                {IPS_STEP_CODES.map((code) => (
                  <option key={code} value={code}>
                    {IPS_STEPS[code]}
                  </option>
                ))}
              </Select>
              <Button type="submit" variant="secondary">
                Endre steg
              </Button>
            </HStack>
          </Form>
        ) : null}
        <Table size="small">
          <caption className="visually-hidden">Steghistorikk</caption>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">Steg</Table.HeaderCell>
              <Table.HeaderCell scope="col">Tidspunkt</Table.HeaderCell>
              <Table.HeaderCell scope="col">Endret av</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {d.history.map((h, i) => (
              <Table.Row key={i}>
                <Table.DataCell>{IPS_STEPS[h.step]}</Table.DataCell>
                <Table.DataCell>{formatDateTime(h.at)}</Table.DataCell>
                <Table.DataCell>{h.by ?? ''}</Table.DataCell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </VStack>

      <VStack gap="space-16" className="form-narrow">
        <Heading level="2" size="medium">
          CV
        </Heading>
        <BodyShort>CV-en deles bare med en arbeidsgiver etter at personen har samtykket, og bare de delene du velger.</BodyShort>
        {d.isOwner ? (
          <Form method="post" {...getFormProps(cvForm)}>
            <input type="hidden" name="intent" value="cv" />
            <VStack gap="space-16">
              <Textarea label="Sammendrag" {...getTextareaProps(cvFields.summary)} key={cvFields.summary.key} error={cvFields.summary.errors?.join(' ')} />
              <Textarea
                label="Arbeidserfaring"
                description="Én per linje: arbeidsgiver; stilling; fra; til"
                {...getTextareaProps(cvFields.experience)}
                key={cvFields.experience.key}
                error={cvFields.experience.errors?.join(' ')}
              />
              <Textarea
                label="Utdanning"
                description="Én per linje: skole; utdanning; år"
                {...getTextareaProps(cvFields.education)}
                key={cvFields.education.key}
                error={cvFields.education.errors?.join(' ')}
              />
              <Textarea
                label="Kurs og sertifikater"
                description="Ett per linje"
                {...getTextareaProps(cvFields.certificates)}
                key={cvFields.certificates.key}
                error={cvFields.certificates.errors?.join(' ')}
              />
              <div>
                <Button type="submit" variant="secondary">
                  Lagre CV
                </Button>
              </div>
            </VStack>
          </Form>
        ) : (
          <BodyShort>{d.cv.summary || 'Ingen CV registrert.'}</BodyShort>
        )}
      </VStack>
    </VStack>
  )
}
