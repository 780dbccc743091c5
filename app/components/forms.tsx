import { getSelectProps, type FieldMetadata } from '@conform-to/react'
import { Alert, Select } from '@navikt/ds-react'

/** Form-level messages above a form (Conform's `form.errors`, with `id={form.errorId}`). */
export function FormErrors({ errors, id }: { errors?: string[]; id?: string }) {
  if (!errors?.length) return null
  return (
    <Alert variant="error" role="alert" id={id}>
      {errors.join(' ')}
    </Alert>
  )
}

/** A field's messages as the Aksel field's `error` text. */
export function fieldError(field: { errors?: string[] }): string | undefined {
  return field.errors?.join(' ')
}

export type SelectOption = { value: string | number; label: string }

/** The options for a code list: its codes, labelled from its label record. */
export function codeOptions<C extends string>(codes: readonly C[], labels: Record<C, string>): SelectOption[] {
  return codes.map((code) => ({ value: code, label: labels[code] }))
}

/**
 * An Aksel Select bound to a Conform field: an empty first choice (`empty`,
 * «Velg …» or «Ikke oppgitt»), then `options`; the field's messages as its error.
 */
export function FieldSelect<Schema>({
  field,
  label,
  description,
  empty,
  options,
}: {
  field: FieldMetadata<Schema, any, any> // eslint-disable-line @typescript-eslint/no-explicit-any -- as Conform's own getSelectProps takes it
  label: string
  description?: string
  empty: string
  options: readonly SelectOption[]
}) {
  return (
    <Select label={label} description={description} {...getSelectProps(field)} key={field.key} error={fieldError(field)}>
      <option value="">{empty}</option>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </Select>
  )
}
