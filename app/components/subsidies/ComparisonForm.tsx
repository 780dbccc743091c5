import { Button, Checkbox, Fieldset, HGrid, Radio, RadioGroup, Select, TextField, VStack } from '@navikt/ds-react'
import { Form } from '~/components/Form'
import type { FormEvent } from 'react'
import { INNSATSGRUPPER, INNSATSGRUPPE_LABELS, POSITION_TYPE_LABELS, POSITION_TYPES } from '~/domain/subsidies'
import type { KommuneChoice } from './CalculatorForm'

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
  const err = (field: string) => errors[field]?.join(' ')
  const v = (field: string, fallback = '') => values[field] ?? fallback
  return (
    <Form method="post" aria-label="Opplysninger om ansettelsen" onSubmit={onSubmit}>
      <VStack gap="space-24">
        <Fieldset legend="Personen">
          <HGrid columns={{ xs: 1, md: 2 }} gap="space-16">
            <Select
              label="Innsatsgruppe"
              description="NAVs vurdering av hvor mye hjelp personen trenger. Jobbspesialisten kan fortelle deg hva som gjelder."
              id="felt-innsatsgruppe"
              name="innsatsgruppe"
              defaultValue={v('innsatsgruppe', 'TRENGER_VEILEDNING')}
              error={err('innsatsgruppe')}
            >
              {INNSATSGRUPPER.map((g) => (
                <option key={g} value={g}>
                  {INNSATSGRUPPE_LABELS[g]}
                </option>
              ))}
            </Select>
            <TextField
              label="Fødselsdato (valgfritt)"
              description="dd.mm.åååå. Brukes bare til å sjekke aldersgrensene."
              id="felt-birthDate"
              name="birthDate"
              defaultValue={v('birthDate')}
              error={err('birthDate')}
            />
            <TextField
              label="Eller alder ved oppstart (valgfritt)"
              description="Hele år, hvis du ikke vil oppgi fødselsdato."
              inputMode="numeric"
              id="felt-age"
              name="age"
              defaultValue={v('age')}
              error={err('age')}
            />
          </HGrid>
        </Fieldset>

        <Fieldset legend="Stillingen">
          <VStack gap="space-16">
            <HGrid columns={{ xs: 1, md: 2 }} gap="space-16">
              <TextField
                label="Startdato"
                description="dd.mm.åååå"
                id="felt-startDate"
                name="startDate"
                defaultValue={v('startDate')}
                error={err('startDate')}
              />
              <TextField
                label="Stillingsprosent"
                inputMode="decimal"
                id="felt-positionPercent"
                name="positionPercent"
                defaultValue={v('positionPercent', '100')}
                error={err('positionPercent')}
              />
            </HGrid>
            <RadioGroup
              legend="Stillingstype"
              id="felt-positionType"
              name="positionType"
              defaultValue={v('positionType', 'FAST')}
              error={err('positionType')}
            >
              {POSITION_TYPES.map((t) => (
                <Radio key={t} value={t}>
                  {POSITION_TYPE_LABELS[t]}
                </Radio>
              ))}
            </RadioGroup>
            <HGrid columns={{ xs: 1, md: 2 }} gap="space-16">
              <TextField
                label="Månedslønn (kr)"
                description="Brutto i den faktiske stillingsprosenten."
                inputMode="numeric"
                id="felt-monthlyPay"
                name="monthlyPay"
                defaultValue={v('monthlyPay')}
                error={err('monthlyPay')}
              />
              <TextField
                label="Eller årslønn i full stilling (kr)"
                description="Brukes med stillingsprosenten hvis månedslønn er tom."
                inputMode="numeric"
                id="felt-yearlyPay"
                name="yearlyPay"
                defaultValue={v('yearlyPay')}
                error={err('yearlyPay')}
              />
              <Select
                label="Kommune der virksomheten ligger"
                description="Bestemmer sonen for arbeidsgiveravgift."
                id="felt-kommunenummer"
                name="kommunenummer"
                defaultValue={v('kommunenummer')}
                error={err('kommunenummer') ?? err('employerTaxZone')}
              >
                <option value="">Velg kommune</option>
                {kommuner.map((k) => (
                  <option key={k.kommunenummer} value={k.kommunenummer}>
                    {k.label} ({k.kommunenummer}, sone {k.zone})
                  </option>
                ))}
              </Select>
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
              id="felt-adaptationCost"
              name="adaptationCost"
              defaultValue={v('adaptationCost')}
              error={err('adaptationCost')}
              className="form-narrow"
            />
            <Checkbox name="needsMentor" value="true" defaultChecked={values.needsMentor === 'true'}>
              Personen trenger en mentor på arbeidsplassen
            </Checkbox>
            <HGrid columns={{ xs: 1, md: 2 }} gap="space-16">
              <TextField
                label="Mentorens timelønn (kr, valgfritt)"
                inputMode="numeric"
                id="felt-mentorHourlyWage"
                name="mentorHourlyWage"
                defaultValue={v('mentorHourlyWage')}
                error={err('mentorHourlyWage')}
              />
              <TextField
                label="Mentortimer per måned (valgfritt)"
                description="0–99,9, med høyst én desimal."
                inputMode="decimal"
                id="felt-mentorHoursPerMonth"
                name="mentorHoursPerMonth"
                defaultValue={v('mentorHoursPerMonth')}
                error={err('mentorHoursPerMonth')}
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
