import { getFormProps, getInputProps, useForm, type SubmissionResult } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod'
import { Alert, BodyLong, Button, Heading, Link as AkselLink, TextField, VStack } from '@navikt/ds-react'
import { Form } from '~/components/Form'
import { EmailOnlySchema } from '~/domain/accounts/schemas'

/**
 * A page with one e-mail field that always answers the same neutral way
 * (forgotten password, resend verification): nobody learns whether an address has an account.
 */
export function EmailRequestForm({
  title,
  intro,
  submitLabel,
  sentMessage,
  actionData,
}: {
  title: string
  intro: string
  submitLabel: string
  sentMessage: string
  /** What the page's action (`emailRequestAction`) answered. */
  actionData?: { result: SubmissionResult<string[]>; sent: boolean }
}) {
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: EmailOnlySchema }),
    // onInput, not onBlur: an error vanishing on blur moves the button away from under the pointer and the click is lost.
    shouldRevalidate: 'onInput',
  })
  return (
    <VStack gap="space-24" className="form-narrow">
      <Heading level="1" size="large">
        {title}
      </Heading>
      <BodyLong>{intro}</BodyLong>
      {actionData?.sent ? (
        <Alert variant="success" role="status">
          {sentMessage}
        </Alert>
      ) : null}
      <Form method="post" {...getFormProps(form)}>
        <VStack gap="space-16">
          <TextField
            label="E-post"
            autoComplete="email"
            {...getInputProps(fields.email, { type: 'email' })}
            key={fields.email.key}
            error={fields.email.errors?.join(' ')}
          />
          <div>
            <Button type="submit">{submitLabel}</Button>
          </div>
        </VStack>
      </Form>
      <BodyLong>
        <AkselLink href="/logg-inn">Tilbake til innlogging</AkselLink>
      </BodyLong>
    </VStack>
  )
}
