import { getFormProps, useForm, type SubmissionResult } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod'
import { BodyShort, Button, Radio, RadioGroup, VStack } from '@navikt/ds-react'
import { Form } from '~/components/Form'
import { PersonApprovalSchema } from '~/domain/agreements/inputs'
import { IdempotencyKeyField } from '~/components/layout/IdempotencyKeyField'
import { stringValue } from '~/utils/forms'
import type { AgreementView } from './types'
import { FormErrors } from '~/components/forms'

/** The approvals on the jobbspesialist's agreement page: the person's (recorded or by link) and their own, last. */
export function ApprovalActions({
  a,
  version,
  result,
  idempotencyKey,
}: {
  a: AgreementView
  version: number
  result?: SubmissionResult<string[]>
  idempotencyKey: string
}) {
  const [form, fields] = useForm({
    id: 'deltaker-godkjenning',
    lastResult: result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: PersonApprovalSchema }),
  })
  const personApproved = a.approvals.some((x) => x.party === 'PERSON')
  const canApproveLast = a.awaiting.length === 1 && a.awaiting[0] === 'JOBBSPESIALIST'
  return (
    <VStack gap="space-16">
      {!personApproved ? (
        <>
          <Form method="post" {...getFormProps(form)}>
            <input type="hidden" name="intent" value="personApproval" />
            <input type="hidden" name="version" value={version} />
            <VStack gap="space-8">
              <FormErrors errors={form.errors} id={form.errorId} />
              <RadioGroup
                legend="Registrer deltakerens godkjenning"
                name={fields.method.name}
                error={fields.method.errors?.join(' ')}
                defaultValue={stringValue(fields.method.initialValue) || undefined}
              >
                <Radio value="MUNTLIG">Deltakeren godkjente muntlig</Radio>
                <Radio value="SKRIFTLIG">Deltakeren godkjente skriftlig</Radio>
              </RadioGroup>
              <div>
                <Button type="submit" variant="secondary">
                  Registrer godkjenningen
                </Button>
              </div>
            </VStack>
          </Form>
          <Form method="post">
            <input type="hidden" name="intent" value="sendLink" />
            <IdempotencyKeyField value={idempotencyKey} />
            <VStack gap="space-8">
              <BodyShort>
                Eller send deltakeren en lenke på e-post{a.personHasEmail ? '' : ' (deltakeren har ingen e-postadresse registrert)'}. Lenken
                viser bare denne avtalen og kan brukes én gang.
              </BodyShort>
              <div>
                <Button type="submit" variant="secondary">
                  Send godkjenningslenke til deltakeren
                </Button>
              </div>
            </VStack>
          </Form>
        </>
      ) : null}
      <Form method="post">
        <input type="hidden" name="intent" value="approve" />
        <input type="hidden" name="version" value={version} />
        <VStack gap="space-8">
          {!canApproveLast ? <BodyShort>Du godkjenner sist, når arbeidsgiveren og deltakeren har godkjent.</BodyShort> : null}
          <div>
            <Button type="submit" disabled={!canApproveLast}>
              Godkjenn avtalen som jobbspesialist
            </Button>
          </div>
        </VStack>
      </Form>
    </VStack>
  )
}
