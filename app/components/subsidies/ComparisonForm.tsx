import { Button, Checkbox, Fieldset, HGrid, TextField, VStack } from '@navikt/ds-react'
import { Form } from '~/components/Form'
import type { FormEvent } from 'react'
import { fieldBinder, InnsatsgruppeSelect, KommuneSelect, PositionPercentField, PositionTypeRadios, type KommuneChoice } from './fields'

export type ComparisonValues = Record<string, string>

/**
 * The few answers «Hvilke ordninger passer?» needs. A POST form: the answers
 * (a birth date among them) stay out of the address and the server logs.
 */
export function ComparisonForm({
  values,
  errors,
  kommuner,
  onSubmit,
}: {
  values: ComparisonValues
  errors: Record<string, string[]>
  kommuner: readonly KommuneChoice[]
  onSubmit: (event: FormEvent<HTMLFormElement>) => void
}) {
  const field = fieldBinder(values, errors)
  return (
    <Form method="post" aria-label="Opplysninger om ansettelsen" onSubmit={onSubmit}>
      <VStack gap="space-24">
        <Fieldset legend="Personen">
          <HGrid columns={{ xs: 1, md: 2 }} gap="space-16">
            <InnsatsgruppeSelect {...field('innsatsgruppe', 'TRENGER_VEILEDNING')} />
            <TextField
              label="Fødselsdato (valgfritt)"
              description="dd.mm.åååå. Brukes bare til å sjekke aldersgrensene."
              {...field('birthDate')}
            />
            <TextField
              label="Eller alder ved oppstart (valgfritt)"
              description="Hele år, hvis du ikke vil oppgi fødselsdato."
              inputMode="numeric"
              {...field('age')}
            />
          </HGrid>
        </Fieldset>

        <Fieldset legend="Stillingen">
          <VStack gap="space-16">
            <HGrid columns={{ xs: 1, md: 2 }} gap="space-16">
              <TextField label="Startdato" description="dd.mm.åååå" {...field('startDate')} />
              <PositionPercentField {...field('positionPercent', '100')} />
            </HGrid>
            <PositionTypeRadios legend="Stillingstype" {...field('positionType', 'FAST')} />
            <HGrid columns={{ xs: 1, md: 2 }} gap="space-16">
              <TextField
                label="Månedslønn (kr)"
                description="Brutto i den faktiske stillingsprosenten."
                inputMode="numeric"
                {...field('monthlyPay')}
              />
              <TextField
                label="Eller årslønn i full stilling (kr)"
                description="Brukes med stillingsprosenten hvis månedslønn er tom."
                inputMode="numeric"
                {...field('yearlyPay')}
              />
              <KommuneSelect
                kommuner={kommuner}
                {...field('kommunenummer')}
                error={field('kommunenummer').error ?? field('employerTaxZone').error}
              />
            </HGrid>
          </VStack>
        </Fieldset>

        <Fieldset legend="Behov for tilrettelegging og mentor">
          <VStack gap="space-16">
            <Checkbox name="needsAdaptation" value="true" defaultChecked={values.needsAdaptation === 'true'}>
              Arbeidsplassen må tilrettelegges (utstyr, hjelpemidler, opplæring o.l.)
            </Checkbox>
            <TextField
              label="Ventede ekstrautgifter til tilrettelegging (kr, valgfritt)"
              inputMode="numeric"
              {...field('adaptationCost')}
              className="form-narrow"
            />
            <Checkbox name="needsMentor" value="true" defaultChecked={values.needsMentor === 'true'}>
              Personen trenger en mentor på arbeidsplassen
            </Checkbox>
            <HGrid columns={{ xs: 1, md: 2 }} gap="space-16">
              <TextField label="Mentorens timelønn (kr, valgfritt)" inputMode="numeric" {...field('mentorHourlyWage')} />
              <TextField
                label="Mentortimer per måned (valgfritt)"
                description="0–99,9, med høyst én desimal."
                inputMode="decimal"
                {...field('mentorHoursPerMonth')}
              />
            </HGrid>
          </VStack>
        </Fieldset>

        <div>
          <Button type="submit">Sammenlign ordningene</Button>
        </div>
      </VStack>
    </Form>
  )
}
