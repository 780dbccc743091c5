import { Alert, BodyShort, Checkbox, CheckboxGroup, Heading, Radio, RadioGroup, Select, TextField, VStack } from '@navikt/ds-react'
import { TRAVEL_DISTANCES_KM } from '~/domain/matching/work-area'

type Field = { name: string; errors?: string[]; errorId: string }

/**
 * «Hvor kan personen jobbe?» — like NAV's CV «ønsket arbeidssted»: chosen
 * kommuner and fylker, or the whole country, and how far the person can
 * travel. This (not where the person lives) is what employers see and what
 * matching uses. Plain form fields: works without JavaScript.
 */
export function WorkAreaFields({
  fields,
  values,
  kommuner,
  fylker,
  needsConfirmation,
}: {
  fields: { workAreaMode: Field; workKommuner: Field; workFylker: Field; maxTravelKm: Field; confirmWorkArea: Field }
  values: { workAreaMode: string; workKommuner: string[]; workFylker: string[]; maxTravelKm: number }
  kommuner: Array<{ kommunenummer: string; label: string }>
  fylker: Array<{ fylkesnummer: string; name: string }>
  needsConfirmation: boolean
}) {
  const err = (f: Field) => (f.errors?.length ? f.errors.join(' ') : undefined)
  const labels = new Map(kommuner.map((k) => [k.kommunenummer, k.label]))
  // Saved values are kommunenummer; what was typed (after an error) is shown as typed.
  const labelOf = (value: string) => labels.get(value) ?? value
  return (
    <VStack gap="space-8">
      <Heading level="3" size="xsmall" id="arbeidssted">
        Hvor kan personen jobbe?
      </Heading>
      <BodyShort size="small">
        Arbeidsgivere ser dette, ikke hvor personen bor. Treff utenfor området og reiseavstanden vises ikke.
      </BodyShort>
      {needsConfirmation ? (
        <Alert variant="warning" size="small">
          Arbeidsstedet er foreslått ut fra hvor personen bor (kommunen og 30 km rundt). Sjekk det med personen, endre det om nødvendig, og
          bekreft.
        </Alert>
      ) : null}
      <RadioGroup legend="Område" name={fields.workAreaMode.name} defaultValue={values.workAreaMode} error={err(fields.workAreaMode)}>
        <Radio value="STEDER">Bestemte kommuner eller fylker</Radio>
        <Radio value="HELE_LANDET">Hele landet</Radio>
      </RadioGroup>
      <fieldset
        style={{ border: 0, padding: 0, margin: 0 }}
        aria-describedby={fields.workKommuner.errors ? fields.workKommuner.errorId : undefined}
      >
        <legend>
          <BodyShort weight="semibold">Kommuner (inntil tre)</BodyShort>
        </legend>
        <VStack gap="space-8">
          {[0, 1, 2].map((i) => (
            <TextField
              key={i}
              label={`Kommune ${i + 1}`}
              description={i === 0 ? 'Skriv navnet og velg fra listen' : undefined}
              name={fields.workKommuner.name}
              list="kommune-liste"
              autoComplete="off"
              defaultValue={labelOf(values.workKommuner[i] ?? '')}
            />
          ))}
          {/* One list for all three fields keeps the page light. */}
          <datalist id="kommune-liste">
            {kommuner.map((k) => (
              <option key={k.kommunenummer} value={k.label} />
            ))}
          </datalist>
          {fields.workKommuner.errors ? (
            <BodyShort id={fields.workKommuner.errorId} className="navds-error-message">
              {fields.workKommuner.errors.join(' ')}
            </BodyShort>
          ) : null}
        </VStack>
      </fieldset>
      <CheckboxGroup legend="Hele fylker" defaultValue={values.workFylker} error={err(fields.workFylker)}>
        {fylker.map((f) => (
          <Checkbox key={f.fylkesnummer} name={fields.workFylker.name} value={f.fylkesnummer}>
            {f.name}
          </Checkbox>
        ))}
      </CheckboxGroup>
      <Select
        label="Hvor langt kan personen reise?"
        description="Fra kommunene og fylkene over"
        name={fields.maxTravelKm.name}
        defaultValue={String(values.maxTravelKm)}
        error={err(fields.maxTravelKm)}
      >
        {TRAVEL_DISTANCES_KM.map((km) => (
          <option key={km} value={km}>
            {km === 0 ? 'Bare i kommunene og fylkene' : `Inntil ${km} km`}
          </option>
        ))}
      </Select>
      {needsConfirmation ? (
        <Checkbox name={fields.confirmWorkArea.name} value="on">
          Arbeidsstedet er sjekket med personen
        </Checkbox>
      ) : null}
    </VStack>
  )
}
