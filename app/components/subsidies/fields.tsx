import { Radio, RadioGroup, Select, TextField } from '@navikt/ds-react'
import { INNSATSGRUPPER, INNSATSGRUPPE_LABELS, POSITION_TYPE_LABELS, POSITION_TYPES } from '~/domain/subsidies'

export type KommuneChoice = { kommunenummer: string; label: string; zone: string }

/** What ties an input to its answer and its message: id `felt-<name>` (the error summary links there), name, value, error. */
export type FieldProps = { id: string; name: string; defaultValue: string; error: string | undefined }

/**
 * The binding the calculator and the comparison give each of their inputs:
 * `field('monthlyPay')` is the props for the `monthlyPay` input, with the
 * submitted value (or `fallback`) and the field's messages joined.
 */
export function fieldBinder(values: Partial<Record<string, string>>, errors: Record<string, string[]>) {
  return (name: string, fallback = ''): FieldProps => ({
    id: `felt-${name}`,
    name,
    defaultValue: values[name] ?? fallback,
    error: errors[name]?.join(' '),
  })
}

export function InnsatsgruppeSelect(props: FieldProps) {
  return (
    <Select
      label="Innsatsgruppe"
      description="NAVs vurdering av hvor mye hjelp personen trenger. Jobbspesialisten kan fortelle deg hva som gjelder."
      {...props}
    >
      {INNSATSGRUPPER.map((g) => (
        <option key={g} value={g}>
          {INNSATSGRUPPE_LABELS[g]}
        </option>
      ))}
    </Select>
  )
}

export function PositionPercentField(props: FieldProps) {
  return <TextField label="Stillingsprosent" inputMode="decimal" {...props} />
}

export function PositionTypeRadios({ legend, description, ...props }: FieldProps & { legend: string; description?: string }) {
  return (
    <RadioGroup legend={legend} description={description} {...props}>
      {POSITION_TYPES.map((t) => (
        <Radio key={t} value={t}>
          {POSITION_TYPE_LABELS[t]}
        </Radio>
      ))}
    </RadioGroup>
  )
}

/** The employer's kommune, which decides the zone for employer's tax (`employerCostFields.kommunenummer`). */
export function KommuneSelect({ kommuner, ...props }: FieldProps & { kommuner: readonly KommuneChoice[] }) {
  return (
    <Select label="Kommune der virksomheten ligger" description="Bestemmer sonen for arbeidsgiveravgift." {...props}>
      <option value="">Velg kommune</option>
      {kommuner.map((k) => (
        <option key={k.kommunenummer} value={k.kommunenummer}>
          {k.label} ({k.kommunenummer}, sone {k.zone})
        </option>
      ))}
    </Select>
  )
}
