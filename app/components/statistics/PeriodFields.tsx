import { BodyShort, HStack, Link as AkselLink, TextField, VStack } from '@navikt/ds-react'
import { Link } from '@remix-run/react'
import { PERIOD_PRESET_CODES, PERIOD_PRESETS, typedDateText, type PeriodPreset } from '~/domain/statistics/period'

/** The period fields (dd.mm.åååå, ISO accepted) and the ready-made periods as links. */
export function PeriodFields({
  submitted,
  errorFor,
  presetHref,
}: {
  submitted: { from?: string; to?: string }
  errorFor: (field: string) => string | undefined
  presetHref: (preset: PeriodPreset) => string
}) {
  // A valid ISO value from the server is shown as dd.mm.åååå; what the user typed wrongly is kept as typed.
  const shown = (field: 'from' | 'to') => (errorFor(field) ? (submitted[field] ?? '') : typedDateText(submitted[field] ?? ''))
  return (
    <VStack gap="space-8">
      <HStack gap="space-8" align="center" wrap as="nav" aria-label="Hurtigvalg for periode">
        <BodyShort weight="semibold">Hurtigvalg:</BodyShort>
        {PERIOD_PRESET_CODES.map((p, i) => (
          <BodyShort key={p} as="span">
            <AkselLink as={Link} to={presetHref(p)}>
              {PERIOD_PRESETS[p]}
            </AkselLink>
            {i < PERIOD_PRESET_CODES.length - 1 ? ' · ' : ''}
          </BodyShort>
        ))}
      </HStack>
      <HStack gap="space-16" align="start" wrap>
        <TextField
          label="Fra og med dato"
          description="dd.mm.åååå, for eksempel 01.01.2026"
          name="from"
          defaultValue={shown('from')}
          error={errorFor('from')}
          htmlSize={12}
          autoComplete="off"
        />
        <TextField
          label="Til og med dato"
          description="dd.mm.åååå, for eksempel 31.12.2026"
          name="to"
          defaultValue={shown('to')}
          error={errorFor('to')}
          htmlSize={12}
          autoComplete="off"
        />
      </HStack>
    </VStack>
  )
}
