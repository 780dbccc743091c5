import { getFormProps, getTextareaProps, useForm, type SubmissionResult } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod'
import { Button, Heading, Textarea, VStack } from '@navikt/ds-react'
import { Form } from '~/components/Form'
import { CancelAgreementSchema } from '~/domain/agreements/inputs'
import { FormErrors } from '~/components/forms'

/** Cancelling the agreement, with the reason its schema requires. */
export function CancelForm({ result }: { result?: SubmissionResult<string[]> }) {
  const [form, fields] = useForm({
    id: 'annuller',
    lastResult: result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: CancelAgreementSchema }),
  })
  return (
    <Form method="post" {...getFormProps(form)} className="no-print">
      <input type="hidden" name="intent" value="cancel" />
      <VStack gap="space-16">
        <Heading level="2" size="medium">
          Annuller avtalen
        </Heading>
        <FormErrors errors={form.errors} id={form.errorId} />
        <Textarea
          label="Begrunnelse"
          description="Påkrevd. Vises for arbeidsgiveren."
          {...getTextareaProps(fields.reason)}
          key={fields.reason.key}
          error={fields.reason.errors?.join(' ')}
        />
        <div>
          <Button type="submit" variant="danger">
            Annuller avtalen
          </Button>
        </div>
      </VStack>
    </Form>
  )
}
