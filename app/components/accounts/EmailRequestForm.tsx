import { getFormProps, getInputProps, useForm, type SubmissionResult } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod'
import { Alert, BodyLong, Button, Heading, TextField, VStack } from '@navikt/ds-react'
import { Form } from '~/components/Form'
import type { ReactNode } from 'react'
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
  lastResult,
  sent,
  children,
}: {
  title: string
  intro: string
  submitLabel: string
  sentMessage: string
  lastResult?: SubmissionResult<string[]>
  sent: boolean
  children?: ReactNode
}) {
  const [form, fields] = useForm({
    lastResult,
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
      {sent ? (
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
      {children}
    </VStack>
  )
}
