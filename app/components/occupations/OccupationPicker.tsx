import { Fieldset, TextField, UNSAFE_Combobox, VStack } from '@navikt/ds-react'
import { useFetcher } from '@remix-run/react'
import { useState } from 'react'
import { useHydrated } from 'remix-utils/use-hydrated'
import type { Occupation, OccupationChoice } from '~/domain/vacancies'

/**
 * The one occupation picker (issue 17): a searchable list of job titles
 * (Aksel Combobox) that submits STYRK-08 codes in `name`. Suggestions come from
 * `/ressurser/yrker`, so every page searches occupations the same way.
 *
 * Without JavaScript it is `max` plain text fields; the server resolves what was
 * typed (a title, part of one, or a code) with `resolveOccupation`.
 * `defaultValue` comes from `occupationChoicesFor()` in services/vacancies.server.ts.
 */
export function OccupationPicker({
  name,
  label,
  description,
  error,
  id,
  max = 1,
  defaultValue,
  onChange,
}: {
  name: string
  label: string
  description?: string
  error?: string
  id?: string
  max?: number
  defaultValue: OccupationChoice[]
  /** Called with the chosen occupations when the choice changes (with JavaScript). */
  onChange?: (chosen: OccupationChoice[]) => void
}) {
  const hydrated = useHydrated()
  if (!hydrated) return <TypedOccupations {...{ name, label, description, error, id, max, defaultValue }} />
  return <OccupationCombobox {...{ name, label, description, error, id, max, defaultValue, onChange }} />
}

function TypedOccupations({
  name,
  label,
  description,
  error,
  id,
  max,
  defaultValue,
}: {
  name: string
  label: string
  description?: string
  error?: string
  id?: string
  max: number
  defaultValue: OccupationChoice[]
}) {
  const hint = 'Skriv yrkesnavnet, for eksempel «kokk».'
  if (max === 1) {
    return (
      <TextField
        id={id}
        name={name}
        label={label}
        description={description ?? hint}
        defaultValue={defaultValue[0]?.label ?? ''}
        error={error}
        autoComplete="off"
      />
    )
  }
  return (
    <Fieldset id={id} legend={label} description={description ?? hint} error={error}>
      <VStack gap="space-8">
        {Array.from({ length: max }, (_, i) => (
          <TextField key={i} name={name} label={`Yrke ${i + 1}`} defaultValue={defaultValue[i]?.label ?? ''} autoComplete="off" />
        ))}
      </VStack>
    </Fieldset>
  )
}

function OccupationCombobox({
  name,
  label,
  description,
  error,
  id,
  max,
  defaultValue,
  onChange,
}: {
  name: string
  label: string
  description?: string
  error?: string
  id?: string
  max: number
  defaultValue: OccupationChoice[]
  onChange?: (chosen: OccupationChoice[]) => void
}) {
  // The JSON of /ressurser/yrker.
  const fetcher = useFetcher<{ items: Occupation[] }>()
  // Saved codes are chosen; text the server could not resolve is put back in the field to correct.
  const [selected, setSelected] = useState<OccupationChoice[]>(() => defaultValue.filter((o) => !o.typed).slice(0, max))
  const [text, setText] = useState(() => defaultValue.find((o) => o.typed)?.label ?? '')
  const found: OccupationChoice[] = (fetcher.data?.items ?? []).map((o) => ({ value: o.code, label: o.title }))
  const options = uniqueByValue([...selected, ...found])
  const search = (typed: string) => {
    setText(typed)
    if (typed.trim()) fetcher.load(`/ressurser/yrker?${new URLSearchParams({ q: typed })}`)
  }
  const toggle = (value: string, isSelected: boolean) => {
    const option = options.find((o) => o.value === value)
    const next = !isSelected
      ? selected.filter((o) => o.value !== value)
      : option
        ? max === 1
          ? [option]
          : uniqueByValue([...selected, option]).slice(0, max)
        : selected
    setSelected(next)
    onChange?.(next)
  }
  return (
    <div>
      <UNSAFE_Combobox
        id={id}
        label={label}
        description={
          description ??
          (max === 1 ? 'Skriv en del av yrkesnavnet og velg fra listen.' : `Skriv en del av yrkesnavnet og velg fra listen, inntil ${max}.`)
        }
        error={error}
        options={options}
        filteredOptions={text.trim() ? found : []}
        selectedOptions={selected}
        onToggleSelected={toggle}
        value={text}
        onChange={search}
        isMultiSelect={max > 1}
        maxSelected={max > 1 ? max : undefined}
        isLoading={fetcher.state !== 'idle'}
      />
      {/* Only chosen occupations are submitted: Aksel's Combobox empties the text field when it loses focus. */}
      {selected.map((o) => (
        <input key={o.value} type="hidden" name={name} value={o.value} />
      ))}
    </div>
  )
}

function uniqueByValue(options: OccupationChoice[]): OccupationChoice[] {
  const seen = new Set<string>()
  return options.filter((o) => (seen.has(o.value) ? false : (seen.add(o.value), true)))
}
