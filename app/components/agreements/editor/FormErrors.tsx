import { Alert } from '@navikt/ds-react'

/** Form-level messages above a form. */
export function FormErrors({ errors, id }: { errors?: string[]; id?: string }) {
  if (!errors?.length) return null
  return (
    <Alert variant="error" role="alert" id={id}>
      {errors.join(' ')}
    </Alert>
  )
}
