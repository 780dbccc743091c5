import { BodyShort, Button, Fieldset, HGrid, Radio, RadioGroup, Select, TextField, VStack } from '@navikt/ds-react'
import { Form } from '~/components/Form'
import { useEffect, useState, type FormEvent } from 'react'
import {
  EMPLOYER_TAX_ZONES,
  EXPENSE_CATEGORIES,
  EXPENSE_CATEGORY_LABELS,
  expenseField,
  HOLIDAY_PAY_RATES,
  normaliseDate,
  SCHEME_EXPLANATIONS,
  SCHEME_LABELS,
  SCHEMES,
  WAGE_FORM_SCHEMES,
  type FormValues,
} from '~/domain/subsidies'
import { formatKroner } from '~/utils/format'
import { fieldBinder, InnsatsgruppeSelect, KommuneSelect, PositionPercentField, PositionTypeRadios, type KommuneChoice } from './fields'
import { formatPct } from './format'

function useHydrated() {
  const [hydrated, setHydrated] = useState(false)
  useEffect(() => setHydrated(true), [])
  return hydrated
}

/** The maximum for agreements ending in `year`: the latest row whose year ≤ year (the first row for earlier years). */
function inclusionMaxFor(rows: readonly { validFrom: string; amount: number }[], year: number) {
  const eligible = rows.filter((r) => Number(r.validFrom.slice(0, 4)) <= year)
  return (eligible.length > 0 ? eligible[eligible.length - 1] : rows[0]) ?? null
}

/**
 * The calculator's form: a GET form, so the inputs are in the address and a
 * result can be shared. Without JavaScript every section is shown; with it,
 * only the chosen scheme's.
 */
export function CalculatorForm({
  values,
  defaults,
  kommuner,
  errors,
  inclusionMax,
  onSchemeChange,
  onSubmit,
}: {
  values: FormValues
  defaults: { startDate: string; endDate: string; kommunenummer: string }
  kommuner: readonly KommuneChoice[]
  errors: Record<string, string[]>
  inclusionMax: readonly { validFrom: string; amount: number }[]
  onSchemeChange: (scheme: string) => void
  onSubmit: (event: FormEvent<HTMLFormElement>) => void
}) {
  const hydrated = useHydrated()
  const [scheme, setScheme] = useState<string>(values.scheme ?? '')
  const [payMode, setPayMode] = useState<string>(values.payMode ?? 'monthly')
  const [wagePeriod, setWagePeriod] = useState<string>(values.mentorWagePeriod ?? 'HOUR')
  const [endDate, setEndDate] = useState<string>(values.endDate ?? defaults.endDate)
  const err = (field: string) => errors[field]?.join(' ')
  const field = fieldBinder(values, errors)
  const v = (name: keyof FormValues, fallback: string) => values[name] ?? fallback
  const show = (schemes: readonly string[]) => !hydrated || schemes.includes(scheme)
  const WAGE_SCHEMES: readonly string[] = WAGE_FORM_SCHEMES
  const endYear = Number((normaliseDate(endDate) ?? '').slice(0, 4))
  const max = Number.isFinite(endYear) && endYear > 1999 ? inclusionMaxFor(inclusionMax, endYear) : null
  const inclusionMaxText = max
    ? `Høyst ${formatKroner(max.amount)} til sammen for avtaler som slutter i ${endYear}.`
    : `Høyst ${inclusionMax.map((r) => `${formatKroner(r.amount)} (${r.validFrom.slice(0, 4)})`).join(', ')} til sammen, etter året avtalen slutter.`
  const offerMaximum = Boolean(errors.expenses?.some((m) => m.includes('kan være på høyst')))
  return (
    <Form method="get" className="calc-form" aria-label="Opplysninger til beregningen" onSubmit={onSubmit}>
      <input type="hidden" name="beregn" value="1" />
      <VStack gap="space-24">
        <RadioGroup
          legend="Ordning"
          id="scheme-group"
          name="scheme"
          defaultValue={values.scheme}
          onChange={(value: string) => {
            setScheme(value)
            onSchemeChange(value)
          }}
          error={err('scheme')}
        >
          {SCHEMES.map((s) => (
            <Radio
              key={s}
              value={s}
              id={s === SCHEMES[0] ? 'felt-scheme' : undefined}
              description={`${SCHEME_EXPLANATIONS[s].who} ${SCHEME_EXPLANATIONS[s].howMuch} ${SCHEME_EXPLANATIONS[s].howLong}`}
            >
              {SCHEME_LABELS[s]}
            </Radio>
          ))}
        </RadioGroup>

        <Fieldset legend="Personen og perioden">
          <HGrid columns={{ xs: 1, md: 2 }} gap="space-16">
            <InnsatsgruppeSelect {...field('innsatsgruppe', 'TRENGER_VEILEDNING')} />
            <TextField
              label="Fødselsdato (valgfritt)"
              description="dd.mm.åååå. Brukes bare til å sjekke alderskravene."
              {...field('birthDate')}
            />
            <TextField label="Startdato" description="dd.mm.åååå" {...field('startDate', defaults.startDate)} />
            <TextField
              label="Sluttdato"
              description="dd.mm.åååå (siste dag i avtalen)"
              {...field('endDate', defaults.endDate)}
              onChange={(e) => setEndDate(e.target.value)}
            />
          </HGrid>
        </Fieldset>

        {show(WAGE_SCHEMES) ? (
          <Fieldset
            legend="Lønn"
            description="Gjelder lønnstilskudd og sommerjobb. Brutto lønn i den faktiske stillingsprosenten, med faste og uregelmessige tillegg, uten overtid."
          >
            <VStack gap="space-16">
              <RadioGroup
                legend="Hvordan vil du oppgi lønnen?"
                name="payMode"
                defaultValue={v('payMode', 'monthly')}
                onChange={(value: string) => setPayMode(value)}
              >
                <Radio value="monthly">Månedslønn</Radio>
                <Radio value="yearly">Årslønn i full stilling og stillingsprosent</Radio>
              </RadioGroup>
              <HGrid columns={{ xs: 1, md: 3 }} gap="space-16">
                {!hydrated || payMode === 'monthly' ? (
                  <TextField label="Månedslønn (kr)" inputMode="numeric" {...field('monthlyPay')} />
                ) : null}
                {!hydrated || payMode === 'yearly' ? (
                  <>
                    <TextField label="Årslønn i full stilling (kr)" inputMode="numeric" {...field('yearlyPay')} />
                    <PositionPercentField {...field('positionPercent', '100')} />
                  </>
                ) : null}
              </HGrid>
            </VStack>
          </Fieldset>
        ) : null}

        {show(['FIREARIG_LONNSTILSKUDD']) ? (
          <PositionTypeRadios
            legend="Stillingstype (fireårig lønnstilskudd)"
            description="Fast stilling: inntil 4 år. Midlertidig stilling: inntil 2 år."
            {...field('positionType', 'FAST')}
          />
        ) : null}

        {show(['VARIG_LONNSTILSKUDD']) ? (
          <TextField
            label="Avtalt tilskuddsprosent (varig lønnstilskudd)"
            description="Mellom 0 og 75 %. Etter 12 måneder er satsen høyst 67 %."
            inputMode="decimal"
            {...field('subsidyPercent')}
            className="form-narrow"
          />
        ) : null}

        {show(['MENTOR']) ? (
          <Fieldset legend="Mentor" description="Mentorens lønn og hvor mange timer i måneden mentoren bruker på oppgaven.">
            <HGrid columns={{ xs: 1, md: 2 }} gap="space-16">
              <Select
                label="Lønnen er oppgitt som"
                id="felt-mentorWagePeriod"
                name="mentorWagePeriod"
                defaultValue={v('mentorWagePeriod', 'HOUR')}
                onChange={(e) => setWagePeriod(e.target.value)}
              >
                <option value="HOUR">Timelønn</option>
                <option value="MONTH">Månedslønn</option>
                <option value="WEEK">Ukelønn</option>
                <option value="DAY">Dagslønn</option>
                <option value="YEAR">Årslønn</option>
              </Select>
              <TextField label="Mentorens lønn (kr)" inputMode="numeric" {...field('mentorWage')} />
              {!hydrated || wagePeriod !== 'HOUR' ? (
                <TextField
                  label="Mentorens stillingsprosent"
                  description="Brukes når lønnen ikke er timelønn."
                  inputMode="decimal"
                  {...field('mentorPositionPercent', '100')}
                />
              ) : null}
              <TextField
                label="Mentortimer per måned"
                description="Fra 0 til 99,9, med høyst én desimal (for eksempel 12,5)."
                inputMode="decimal"
                {...field('hoursPerMonth')}
              />
            </HGrid>
          </Fieldset>
        ) : null}

        {show([...WAGE_SCHEMES, 'MENTOR']) ? (
          <Fieldset legend="Feriepenger, pensjon og arbeidsgiveravgift">
            <HGrid columns={{ xs: 1, md: 2 }} gap="space-16">
              <Select label="Feriepenger" {...field('holidayPayRate', '10.2')}>
                {HOLIDAY_PAY_RATES.map((r) => (
                  <option key={r} value={String(r)}>
                    {formatPct(r)}
                    {r === 10.2 ? ' (vanlig)' : r === 12 ? ' (fem ukers ferie)' : r >= 12.5 ? ' (over 60 år)' : ''}
                  </option>
                ))}
              </Select>
              <TextField
                label="Obligatorisk tjenestepensjon, OTP (%)"
                description="Vanligvis 2 %."
                inputMode="decimal"
                {...field('pensionRate', '2')}
              />
              <KommuneSelect kommuner={kommuner} {...field('kommunenummer', defaults.kommunenummer)} />
              <Select
                label="Eller velg sone for arbeidsgiveravgift"
                description="Brukes i stedet for kommunen hvis du velger en sone."
                {...field('employerTaxZone')}
              >
                <option value="">Bruk kommunen</option>
                {EMPLOYER_TAX_ZONES.map((z) => (
                  <option key={z} value={z}>
                    Sone {z}
                  </option>
                ))}
              </Select>
            </HGrid>
          </Fieldset>
        ) : null}

        {show(['INKLUDERINGSTILSKUDD']) ? (
          <Fieldset
            legend="Dokumenterte ekstrautgifter (inkluderingstilskudd)"
            description={`Ett beløp per kategori, i hele kroner. La feltet stå tomt hvis kategorien ikke er aktuell. ${inclusionMaxText}`}
            id="felt-expenses"
            error={err('expenses')}
          >
            <HGrid columns={{ xs: 1, md: 2 }} gap="space-16">
              {EXPENSE_CATEGORIES.map((c) => (
                <TextField key={c} label={`${EXPENSE_CATEGORY_LABELS[c]} (kr)`} inputMode="numeric" {...field(expenseField(c))} />
              ))}
            </HGrid>
            {offerMaximum ? (
              <VStack gap="space-8">
                <BodyShort>
                  NAV godtar ikke en sum over maksimumsbeløpet. Du kan likevel se hva tilskuddet blir med maksimumsbeløpet.
                </BodyShort>
                <div>
                  <Button type="submit" variant="secondary" name="capAtMaximum" value="true">
                    Beregn med maksimumsbeløpet
                  </Button>
                </div>
              </VStack>
            ) : null}
          </Fieldset>
        ) : null}

        <div>
          <Button type="submit">Beregn</Button>
        </div>
      </VStack>
    </Form>
  )
}
