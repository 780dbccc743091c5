import { getFormProps, getInputProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod'
import { Alert, BodyLong, Button, Heading, Table, TextField, VStack } from '@navikt/ds-react'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { Form } from '~/components/Form'
import { STATE_GOAL_PERCENT, stateHireReportSchema } from '~/domain/statistics/state-hires'
import { listStateHireReports, reportStateHires, requireStateEmployer } from '~/services/statistics/state-hires.server'
import { todayIso } from '~/utils/clock.server'
import { formatDate, formatNumber } from '~/utils/format'
import { requireEmployer } from '~/utils/permissions.server'
import { pageFailure, replyToFailure } from '~/utils/result.server'
import { Completed, completed, idempotentSubmission, newIdempotencyKey, once, ownerOfUser } from '~/services/idempotency.server'
import { IdempotencyKeyField } from '~/components/layout/IdempotencyKeyField'

export const meta: MetaFunction = () => [{ title: 'Nyansettelser i staten – Vi inkluderer' }]

/** Only arbeidsgiver users of a state employer (sector STATLIG) report. */
async function requireStateEmployerUser(request: Request) {
  const user = requireStateEmployer(await requireEmployer(request))
  if (!user.ok) throw pageFailure(user)
  return user.value
}

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStateEmployerUser(request)
  const reports = listStateHireReports(user.organisationId)
  const savedYear = Number(new URL(request.url).searchParams.get('lagret'))
  const saved = reports.find((r) => r.year === savedYear) ?? null
  return {
    organisationName: user.organisationName,
    reports,
    currentYear: Number(todayIso().slice(0, 4)),
    saved,
    idempotencyKey: newIdempotencyKey(),
  }
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireStateEmployerUser(request)
  const formData = await request.formData()
  const submission = parseWithZod(formData, { schema: stateHireReportSchema(Number(todayIso().slice(0, 4))) })
  if (submission.status !== 'success') return data({ result: submission.reply() }, { status: 400 })
  const { year, totalHires } = submission.value
  // Back to the page with the saved year (a reload does not send again); a double click reports once.
  const done = once(idempotentSubmission(formData, ownerOfUser(user), 'state-hires.report'), () => {
    const reported = reportStateHires(user, year, totalHires)
    return reported.ok ? completed(`/arbeidsgiver/statlige-ansettelser?lagret=${year}`) : reported
  })
  if (done instanceof Completed) return redirect(done.location)
  return replyToFailure(submission, done)
}

export default function StateHiresPage() {
  const { organisationName, reports, currentYear, saved, idempotencyKey } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    defaultValue: { year: String(currentYear) },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: stateHireReportSchema(currentYear) }),
    shouldRevalidate: 'onInput',
  })
  return (
    <VStack gap="space-24">
      <Heading level="1" size="large">
        Nyansettelser i staten
      </Heading>
      <BodyLong>
        Statlige virksomheter skal ha minst {STATE_GOAL_PERCENT} % av nyansettelsene fra personer med nedsatt funksjonsevne eller hull i
        CV-en. Rapporter hvor mange {organisationName ? `${organisationName} ` : ''}ansatte totalt i året, så kan partnerne se andelen som
        kom gjennom Vi inkluderer. Tallet vises bare sammen med andre virksomheters tall.
      </BodyLong>
      {saved ? (
        <Alert variant="success" role="status">
          Lagret: {formatNumber(saved.totalHires)} nyansettelser i {saved.year}.
        </Alert>
      ) : null}
      <Form method="post" {...getFormProps(form)} className="form-narrow">
        <IdempotencyKeyField value={idempotencyKey} />
        <VStack gap="space-16">
          <TextField
            label="År"
            inputMode="numeric"
            autoComplete="off"
            {...getInputProps(fields.year, { type: 'text' })}
            key={fields.year.key}
            error={fields.year.errors?.join(' ')}
          />
          <TextField
            label="Totalt antall nyansettelser i året"
            description="Alle nye ansatte, fast og midlertidig, også de som ikke kom gjennom Vi inkluderer."
            inputMode="numeric"
            autoComplete="off"
            {...getInputProps(fields.totalHires, { type: 'text' })}
            key={fields.totalHires.key}
            error={fields.totalHires.errors?.join(' ')}
          />
          <div>
            <Button type="submit">Lagre</Button>
          </div>
        </VStack>
      </Form>
      <VStack gap="space-8" as="section" aria-labelledby="rapportert">
        <Heading level="2" size="medium" id="rapportert">
          Rapportert
        </Heading>
        {reports.length === 0 ? (
          <BodyLong>Dere har ikke rapportert ennå.</BodyLong>
        ) : (
          <Table size="small">
            <caption className="visually-hidden">Rapporterte nyansettelser per år</caption>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">År</Table.HeaderCell>
                <Table.HeaderCell scope="col" align="right">
                  Nyansettelser
                </Table.HeaderCell>
                <Table.HeaderCell scope="col">Sist endret</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {reports.map((r) => (
                <Table.Row key={r.year}>
                  <Table.HeaderCell scope="row">{r.year}</Table.HeaderCell>
                  <Table.DataCell align="right">{formatNumber(r.totalHires)}</Table.DataCell>
                  <Table.DataCell>{formatDate(r.reportedAt)}</Table.DataCell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </VStack>
    </VStack>
  )
}
