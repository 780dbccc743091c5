import { BodyShort, Button, HStack, Select, TextField } from '@navikt/ds-react'
import { Form } from '~/components/Form'
import { formatNumber } from '~/utils/format'

/** The GET search form (text + one filter) and the result count of an admin list. */
export function AdminListFilter({
  searchName,
  searchLabel,
  q,
  filter,
  shown,
  total,
  noun,
}: {
  searchName: string
  searchLabel: string
  q: string
  filter: { name: string; label: string; allLabel: string; value: string; options: Array<{ value: string; label: string }> }
  shown: number
  total: number
  noun: { one: string; many: string }
}) {
  return (
    <>
      <Form method="get" role="search" aria-label={searchName}>
        <HStack gap="space-16" align="end" wrap>
          <TextField label={searchLabel} name="q" defaultValue={q} />
          <Select label={filter.label} name={filter.name} defaultValue={filter.value}>
            <option value="">{filter.allLabel}</option>
            {filter.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </Select>
          <Button type="submit" variant="secondary">
            Søk
          </Button>
        </HStack>
      </Form>
      <BodyShort aria-live="polite">
        {total === 0
          ? `Ingen ${noun.many} passer med søket.`
          : total > shown
            ? `Viser ${formatNumber(shown)} av ${formatNumber(total)} ${noun.many}. Snevre inn søket for å se flere.`
            : `${formatNumber(total)} ${total === 1 ? noun.one : noun.many}.`}
      </BodyShort>
    </>
  )
}
