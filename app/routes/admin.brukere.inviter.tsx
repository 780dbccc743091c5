import { getFormProps, getInputProps, getSelectProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod'
import { BodyLong, Button, Heading, Link as AkselLink, Radio, RadioGroup, Select, TextField, VStack } from '@navikt/ds-react'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { Form } from '~/components/Form'
import { INVITABLE_ROLES, InviteSchema } from '~/domain/accounts/schemas'
import { ROLE_LABELS } from '~/domain/codes'
import { inviteUser } from '~/services/accounts.server'
import { listOrganisationsOfKind } from '~/services/organisations.server'
import { requireUserWithRole } from '~/utils/permissions.server'
import { Completed, completed, idempotentSubmission, newIdempotencyKey, once, ownerOfUser } from '~/services/idempotency.server'
import { IdempotencyKeyField } from '~/components/layout/IdempotencyKeyField'
import { replyToFailure } from '~/utils/result.server'

export const meta: MetaFunction = () => [{ title: 'Inviter en bruker – Vi inkluderer' }]

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUserWithRole(request, 'admin')
  return {
    navUnits: listOrganisationsOfKind('NAV_UNIT'),
    partners: listOrganisationsOfKind('PARTNER'),
    idempotencyKey: newIdempotencyKey(),
  }
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requireUserWithRole(request, 'admin')
  const formData = await request.formData()
  const submission = parseWithZod(formData, { schema: InviteSchema })
  if (submission.status !== 'success') return data({ result: submission.reply() }, { status: 400 })
  // A double click or a resend invites once (one e-mail) and shows the same page.
  const result = once(idempotentSubmission(formData, ownerOfUser(admin), 'user.invite'), () => {
    const invited = inviteUser(admin, submission.value)
    return invited.ok ? completed('/admin/brukere?invitert=1') : invited
  })
  if (result instanceof Completed) return redirect(result.location)
  return replyToFailure(submission, result)
}

export default function InviteUser() {
  const { navUnits, partners, idempotencyKey } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: InviteSchema }),
    // onInput, not onBlur: an error vanishing on blur moves the button away from under the pointer and the click is lost.
    shouldRevalidate: 'onInput',
  })
  return (
    <VStack gap="space-24" className="form-narrow">
      <Heading level="1" size="large">
        Inviter en bruker
      </Heading>
      <BodyLong>
        Jobbspesialister og administratorer hører til et NAV-kontor, partnerbrukere til en partnerorganisasjon. Den inviterte får en e-post
        med en lenke som virker i 7 dager. Arbeidsgivere registrerer seg selv.
      </BodyLong>
      <Form method="post" {...getFormProps(form)}>
        <IdempotencyKeyField value={idempotencyKey} />
        <VStack gap="space-16">
          <TextField
            label="E-post"
            autoComplete="off"
            {...getInputProps(fields.email, { type: 'email' })}
            key={fields.email.key}
            error={fields.email.errors?.join(' ')}
          />
          <RadioGroup
            legend="Rolle"
            name={fields.role.name}
            defaultValue={fields.role.initialValue}
            key={fields.role.key}
            error={fields.role.errors?.join(' ')}
          >
            {INVITABLE_ROLES.map((role) => (
              <Radio key={role} value={role}>
                {ROLE_LABELS[role]}
              </Radio>
            ))}
          </RadioGroup>
          <Select
            label="NAV-kontor"
            description="For jobbspesialister og administratorer."
            {...getSelectProps(fields.navUnitId)}
            key={fields.navUnitId.key}
            error={fields.navUnitId.errors?.join(' ')}
          >
            <option value="">Velg NAV-kontor</option>
            {navUnits.map((unit) => (
              <option key={unit.id} value={unit.id}>
                {unit.name}
              </option>
            ))}
          </Select>
          <Select
            label="Partnerorganisasjon"
            description="For partnerbrukere."
            {...getSelectProps(fields.partnerOrganisationId)}
            key={fields.partnerOrganisationId.key}
            error={fields.partnerOrganisationId.errors?.join(' ')}
          >
            <option value="">Velg partnerorganisasjon</option>
            {partners.map((partner) => (
              <option key={partner.id} value={partner.id}>
                {partner.name}
              </option>
            ))}
          </Select>
          <div>
            <Button type="submit">Send invitasjon</Button>
          </div>
        </VStack>
      </Form>
      <BodyLong>
        <AkselLink href="/admin/brukere">Tilbake til brukere</AkselLink>
      </BodyLong>
    </VStack>
  )
}
