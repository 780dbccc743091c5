import { getFormProps, getInputProps, getTextareaProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod'
import {
  Alert,
  BodyShort,
  Button,
  Fieldset,
  Heading,
  HGrid,
  HStack,
  Link as AkselLink,
  Select,
  Table,
  Textarea,
  TextField,
  VStack,
} from '@navikt/ds-react'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { Form } from '~/components/Form'
import { INNSATSGRUPPER, IPS_STEPS, IPS_STEP_CODES } from '~/domain/codes'
import { FactSummary } from '~/components/layout/FactSummary'
import { CASELOAD_NORM, ChangeStepSchema, CvSchema, cvToForm, maskIdNumber, parseCvForm } from '~/domain/candidates'
import { changeIpsStep, getCandidateDetails, revealIdNumber, updateCv } from '~/services/candidates.server'
import { formatDate, formatDateTime } from '~/utils/format'
import { requireUserWithRole } from '~/utils/permissions.server'
import { pageFailure, replyToFailure } from '~/utils/result.server'

export const meta: MetaFunction = () => [{ title: 'Person i porteføljen – Vi inkluderer' }]

const PROFILE_STATUS_LABELS: Record<string, string> = { UTKAST: 'Utkast', PUBLISERT: 'Publisert', AVPUBLISERT: 'Avpublisert' }

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUserWithRole(request, ['jobbspesialist', 'admin'])
  const found = getCandidateDetails(user, Number(params.id))
  if (!found.ok) throw pageFailure(found)
  const details = found.value
  const url = new URL(request.url)
  const c = details.candidate
  return {
    person: {
      id: c.id,
      firstName: c.firstName,
      lastName: c.lastName,
      // Masked until asked for (a button below); the reveal is audit-logged.
      fnrMasked: maskIdNumber(c.fnr),
      birthDate: c.birthDate,
      phone: c.phone,
      email: c.email,
      innsatsgruppe: c.innsatsgruppe,
      referralDate: c.referralDate,
      ipsStep: c.ipsStep,
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
  const formData = await request.formData()
  const id = Number(params.id)
  if (formData.get('intent') === 'fnr') {
    const viewer = await requireUserWithRole(request, ['jobbspesialist', 'admin'])
    const revealed = revealIdNumber(viewer, id)
    if (!revealed.ok) throw pageFailure(revealed)
    return { intent: 'fnr' as const, fnr: revealed.value }
  }
  const user = await requireUserWithRole(request, 'jobbspesialist')
  if (formData.get('intent') === 'step') {
    const submission = parseWithZod(formData, { schema: ChangeStepSchema })
    if (submission.status !== 'success') return data({ intent: 'step' as const, result: submission.reply() }, { status: 400 })
    const changed = changeIpsStep(user, id, submission.value.step)
    if (!changed.ok) return replyToFailure(submission, changed, ['step'], { intent: 'step' as const })
    return redirect(`/jobbspesialist/portefolje/${id}?lagret=steg`)
  }
  const submission = parseWithZod(formData, { schema: CvSchema })
  // Without JavaScript, «Legg til»/«Fjern» on the work history come here too: the reply carries the new rows (200).
  if (submission.status !== 'success') {
    return data({ intent: 'cv' as const, result: submission.reply() }, { status: submission.status === 'error' ? 400 : 200 })
  }
  const saved = updateCv(user, id, parseCvForm(submission.value))
  if (!saved.ok) return replyToFailure(submission, saved, undefined, { intent: 'cv' as const })
  return redirect(`/jobbspesialist/portefolje/${id}?lagret=cv`)
}

export default function CandidatePage() {
  const d = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const p = d.person
  const revealedFnr = actionData?.intent === 'fnr' ? actionData.fnr : null
  const [cvForm, cvFields] = useForm({
    id: 'cv',
    lastResult: actionData?.intent === 'cv' ? actionData.result : undefined,
    defaultValue: { ...d.cv, experience: d.cv.experience.length ? d.cv.experience : [{ employer: '', title: '', from: '', to: '' }] },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: CvSchema }),
    shouldValidate: 'onSubmit',
  })
  const experienceRows = cvFields.experience.getFieldList()
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
          Du følger nå opp {d.activeCount} aktive personer – over IPS-normen på {CASELOAD_NORM}. Vurder om noen kan avsluttes eller
          overføres.
        </Alert>
      ) : null}
      {d.saved ? (
        <Alert variant="success" role="status">
          {d.saved === 'steg' ? 'Steget er endret.' : 'CV-en er lagret.'}
        </Alert>
      ) : null}

      <FactSummary
        heading="Personopplysninger"
        facts={[
          {
            label: 'Fødselsnummer',
            testId: 'fnr',
            value: revealedFnr ? (
              <>
                {revealedFnr} <span className="fact-note">(visningen er logget)</span>
              </>
            ) : (
              <HStack gap="space-8" align="center" wrap>
                <span aria-label="Fødselsnummer, skjult">{p.fnrMasked}</span>
                <Form method="post">
                  <input type="hidden" name="intent" value="fnr" />
                  <Button type="submit" size="xsmall" variant="secondary">
                    Vis fødselsnummer
                  </Button>
                </Form>
              </HStack>
            ),
          },
          { label: 'Fødselsdato', value: formatDate(p.birthDate) },
          { label: 'Telefon', value: p.phone || 'Ikke oppgitt' },
          { label: 'E-post', value: p.email || 'Ikke oppgitt' },
          { label: 'Kommune', value: d.kommuneName },
          { label: 'Innsatsgruppe', value: INNSATSGRUPPER[p.innsatsgruppe] },
          { label: 'Henvist', value: formatDate(p.referralDate) },
          { label: 'NAV-kontor', value: d.navUnitName ?? 'Ikke oppgitt' },
        ]}
      />

      <VStack gap="space-16">
        <Heading level="2" size="medium">
          Anonymisert profil
        </Heading>
        <BodyShort>
          {d.profile
            ? `Status: ${PROFILE_STATUS_LABELS[d.profile.status]} (profilkode ${d.profile.code}).`
            : 'Personen har ingen profil ennå.'}
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
            <li>
              <AkselLink as={Link} to={`/jobbspesialist/portefolje/${p.id}/min-side`}>
                Min side: gi tilgang, se personens valg
              </AkselLink>
            </li>
          </VStack>
        ) : null}
        {d.isOwner ? (
          <Form method="post" action={`/jobbspesialist/portefolje/${p.id}/min-side`}>
            <input type="hidden" name="intent" value="invite" />
            <Button type="submit" variant="secondary">
              Gi tilgang til Min side
            </Button>
          </Form>
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
        <Table size="small" className="stack-on-phone">
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
                <Table.DataCell data-label="Steg">{IPS_STEPS[h.step]}</Table.DataCell>
                <Table.DataCell data-label="Tidspunkt">{formatDateTime(h.at)}</Table.DataCell>
                <Table.DataCell data-label="Endret av">{h.by ?? ''}</Table.DataCell>
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
              <Textarea
                label="Sammendrag"
                {...getTextareaProps(cvFields.summary)}
                key={cvFields.summary.key}
                error={cvFields.summary.errors?.join(' ')}
              />
              <Fieldset
                legend="Arbeidserfaring"
                description="Ett arbeidsforhold per rad. Fra og til skrives som år (åååå) eller måned og år (mm.åååå)."
                error={cvFields.experience.errors?.join(' ')}
              >
                <VStack gap="space-16">
                  {experienceRows.map((row, index) => {
                    const f = row.getFieldset()
                    return (
                      <Fieldset
                        key={row.key}
                        legend={`Arbeidsforhold ${index + 1}`}
                        hideLegend={experienceRows.length === 1}
                        className="cv-row"
                      >
                        <HGrid columns={{ xs: 1, sm: 2 }} gap="space-16">
                          <TextField
                            label="Arbeidsgiver"
                            {...getInputProps(f.employer, { type: 'text' })}
                            key={f.employer.key}
                            error={f.employer.errors?.join(' ')}
                          />
                          <TextField
                            label="Stilling"
                            {...getInputProps(f.title, { type: 'text' })}
                            key={f.title.key}
                            error={f.title.errors?.join(' ')}
                          />
                          <TextField
                            label="Fra (år)"
                            inputMode="numeric"
                            {...getInputProps(f.from, { type: 'text' })}
                            key={f.from.key}
                            error={f.from.errors?.join(' ')}
                          />
                          <TextField
                            label="Til (år)"
                            description="Tomt hvis det pågår."
                            inputMode="numeric"
                            {...getInputProps(f.to, { type: 'text' })}
                            key={f.to.key}
                            error={f.to.errors?.join(' ')}
                          />
                        </HGrid>
                        {experienceRows.length > 1 ? (
                          <div>
                            <Button
                              variant="tertiary"
                              size="small"
                              {...cvForm.remove.getButtonProps({ name: cvFields.experience.name, index })}
                            >
                              Fjern arbeidsforhold {index + 1}
                            </Button>
                          </div>
                        ) : null}
                      </Fieldset>
                    )
                  })}
                  <div>
                    <Button
                      variant="secondary"
                      size="small"
                      {...cvForm.insert.getButtonProps({
                        name: cvFields.experience.name,
                        defaultValue: { employer: '', title: '', from: '', to: '' },
                      })}
                    >
                      Legg til arbeidsforhold
                    </Button>
                  </div>
                </VStack>
              </Fieldset>
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
