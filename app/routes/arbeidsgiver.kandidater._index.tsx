import {
  Alert,
  BodyShort,
  Box,
  Button,
  Checkbox,
  CheckboxGroup,
  Heading,
  HGrid,
  HStack,
  Link as AkselLink,
  Select,
  TextField,
  VStack,
} from '@navikt/ds-react'
import { data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { Form } from '~/components/Form'
import {
  ADAPTATION_GROUPS,
  ADAPTATION_GROUP_CODES,
  AVAILABILITY,
  AVAILABILITY_CODES,
  DRIVING_LICENCES,
  DRIVING_LICENCE_CODES,
  LANGUAGES,
  LANGUAGE_CODES,
} from '~/domain/codes'
import { parseProfileQuery, PROFILE_SORT_CODES, PROFILE_SORTS } from '~/domain/profiles'
import { FilterPanel } from '~/components/layout/FilterPanel'
import { OccupationPicker } from '~/components/occupations/OccupationPicker'
import { resolveOccupation } from '~/domain/vacancies'
import { listOccupations, occupationChoicesFor } from '~/services/vacancies.server'
import { fylkeOptions } from '~/services/kommuner.server'
import { searchPublishedProfiles, type ProfilePage } from '~/services/profiles/employer.server'
import { emptyFacets } from '@search/port'
import { formatNumber } from '~/utils/format'
import { requireUserWithRole } from '~/utils/permissions.server'

export const meta: MetaFunction = () => [{ title: 'Finn kandidater – Vi inkluderer' }]

const CAPACITY_OPTIONS = [20, 40, 50, 60, 80, 100]

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUserWithRole(request, ['arbeidsgiver', 'jobbspesialist', 'admin'])
  const url = new URL(request.url)
  const params = url.searchParams
  const fylker = fylkeOptions()
  // The occupation picker sends a STYRK code; without JavaScript it sends what was typed, resolved here.
  const typedOccupation = params.get('styrk') ?? ''
  const occupation = occupationChoicesFor([typedOccupation])
  const occupationError = occupation[0]?.typed ? resolveOccupation(typedOccupation, listOccupations()) : null
  if (occupation[0] && !occupation[0].typed) params.set('styrk', occupation[0].value)
  const form = {
    q: params.get('q') ?? '',
    styrk: params.get('styrk') ?? '',
    fylke: params.get('fylke') ?? '',
    minCapacity: params.get('minCapacity') ?? '',
    availability: params.get('availability') ?? '',
    language: params.get('language') ?? '',
    drivingLicence: params.get('drivingLicence') ?? '',
    adaptationGroups: params.getAll('adaptationGroups'),
    sort: params.get('sort') ?? '',
  }
  const parsed =
    occupationError && !occupationError.ok
      ? { ok: false as const, errors: [{ field: 'styrk', message: occupationError.message }] }
      : parseProfileQuery(params)
  const empty: ProfilePage = { total: 0, page: 1, pageSize: 20, pageCount: 1, items: [], facets: emptyFacets(), placesInQuery: [] }
  if (!parsed.ok) return data({ form, occupation, fylker, errors: parsed.errors, result: empty, query: url.search }, { status: 400 })
  const result = await searchPublishedProfiles(parsed.filters, parsed.sort, parsed.page)
  return { form, occupation, fylker, errors: [] as Array<{ field: string; message: string }>, result, query: url.search }
}

function pageLink(query: string, page: number): string {
  const params = new URLSearchParams(query)
  params.set('page', String(page))
  return `?${params}`
}

export default function CandidateSearchPage() {
  const { form, occupation, fylker, errors, result, query } = useLoaderData<typeof loader>()
  /** Facet count from the search engine, shown in an option while that filter is not in use. */
  const facetCount = (facet: keyof ProfilePage['facets'], value: string, active: unknown) => {
    if (active) return ''
    const n = result.facets[facet][value] ?? 0
    return ` (${n})`
  }
  const activeFilters =
    [form.q, form.styrk, form.fylke, form.minCapacity, form.availability, form.language, form.drivingLicence].filter(Boolean).length +
    form.adaptationGroups.length
  const errorFor = (field: string) =>
    errors
      .filter((e) => e.field === field)
      .map((e) => e.message)
      .join(' ') || undefined
  return (
    <VStack gap="space-24">
      <Heading level="1" size="large">
        Finn kandidater
      </Heading>
      <BodyShort>
        Profilene er anonymisert. Navn og kontaktinformasjon deles bare når personen selv har samtykket – bruk «Be om kontakt» på profilen.
      </BodyShort>
      {errors.length ? (
        <Alert variant="error" role="alert">
          Noen av filtrene er ugyldige. Rett dem og søk på nytt.
        </Alert>
      ) : null}
      <HGrid columns={{ xs: 1, md: '18rem 1fr' }} gap="space-32" align="start">
        <FilterPanel activeCount={activeFilters}>
          <Form method="get" aria-label="Filtrer kandidater">
            <VStack gap="space-16">
              <TextField label="Fritekst" name="q" defaultValue={form.q} error={errorFor('q')} />
              <OccupationPicker label="Yrke" name="styrk" defaultValue={occupation} error={errorFor('styrk')} />
              <Select label="Kan jobbe i fylke" name="fylke" defaultValue={form.fylke} error={errorFor('fylke')}>
                <option value="">Alle fylker</option>
                {fylker.map((f) => (
                  <option key={f.fylkesnummer} value={f.fylkesnummer}>
                    {f.name}
                    {facetCount('fylke', f.fylkesnummer, form.fylke)}
                  </option>
                ))}
              </Select>
              <Select label="Stillingsprosent minst" name="minCapacity" defaultValue={form.minCapacity} error={errorFor('minCapacity')}>
                <option value="">Uansett</option>
                {CAPACITY_OPTIONS.map((p) => (
                  <option key={p} value={p}>
                    {p} %
                  </option>
                ))}
              </Select>
              <Select label="Kan starte" name="availability" defaultValue={form.availability} error={errorFor('availability')}>
                <option value="">Uansett</option>
                {AVAILABILITY_CODES.filter((c) => c !== 'ETTER_AVTALE').map((c) => (
                  <option key={c} value={c}>
                    {AVAILABILITY[c]}
                  </option>
                ))}
              </Select>
              <Select label="Språk" name="language" defaultValue={form.language} error={errorFor('language')}>
                <option value="">Alle språk</option>
                {LANGUAGE_CODES.map((c) => (
                  <option key={c} value={c}>
                    {LANGUAGES[c]}
                    {facetCount('languages', c, form.language)}
                  </option>
                ))}
              </Select>
              <Select label="Førerkort" name="drivingLicence" defaultValue={form.drivingLicence} error={errorFor('drivingLicence')}>
                <option value="">Uansett</option>
                {DRIVING_LICENCE_CODES.map((c) => (
                  <option key={c} value={c}>
                    {DRIVING_LICENCES[c]}
                    {facetCount('drivingLicences', c, form.drivingLicence)}
                  </option>
                ))}
              </Select>
              <CheckboxGroup
                legend="Tilrettelegging vi kan tilby"
                description="Vis bare personer som ikke trenger annen tilrettelegging enn dette."
                defaultValue={form.adaptationGroups}
                error={errorFor('adaptationGroups')}
              >
                {ADAPTATION_GROUP_CODES.map((g) => (
                  <Checkbox key={g} name="adaptationGroups" value={g}>
                    {ADAPTATION_GROUPS[g].label}
                  </Checkbox>
                ))}
              </CheckboxGroup>
              <Select label="Sorter" name="sort" defaultValue={form.sort} error={errorFor('sort')}>
                <option value="">Best treff når du søker, ellers nyeste</option>
                {PROFILE_SORT_CODES.map((s) => (
                  <option key={s} value={s}>
                    {PROFILE_SORTS[s]}
                  </option>
                ))}
              </Select>
              <HStack gap="space-8">
                <Button type="submit">Søk</Button>
                <AkselLink as={Link} to="/arbeidsgiver/kandidater">
                  Nullstill
                </AkselLink>
              </HStack>
            </VStack>
          </Form>
        </FilterPanel>
        <VStack gap="space-16">
          <Heading level="2" size="small" aria-live="polite">
            {formatNumber(result.total)} {result.total === 1 ? 'profil' : 'profiler'}
          </Heading>
          {result.placesInQuery.length ? <BodyShort>Viser profiler som kan jobbe i {result.placesInQuery.join(' og ')}.</BodyShort> : null}
          {result.items.length === 0 ? <BodyShort>Ingen profiler passer filtrene.</BodyShort> : null}
          <VStack gap="space-16" as="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {result.items.map((p) => (
              <li key={p.code}>
                <Box padding="space-16" borderRadius="8" borderWidth="1" borderColor="neutral-subtle">
                  <VStack gap="space-8">
                    <Heading level="3" size="xsmall">
                      <AkselLink as={Link} to={`/arbeidsgiver/kandidater/${p.code}`}>
                        {p.headline || `Profil ${p.code}`}
                      </AkselLink>
                    </Heading>
                    <BodyShort size="small">
                      Profil {p.code} · {p.occupations.map((o) => o.title).join(', ') || 'Yrke ikke oppgitt'}
                    </BodyShort>
                    <BodyShort size="small">
                      Kan jobbe i {p.workArea?.description ?? 'ikke oppgitt'} · {p.ageBand.label} ·{' '}
                      {p.workCapacity.min === p.workCapacity.max
                        ? `${p.workCapacity.max} %`
                        : `${p.workCapacity.min}–${p.workCapacity.max} %`}{' '}
                      · {p.availability.label}
                    </BodyShort>
                  </VStack>
                </Box>
              </li>
            ))}
          </VStack>
          {result.pageCount > 1 ? (
            <nav aria-label="Sider">
              <HStack gap="space-16" align="center">
                {result.page > 1 ? (
                  <AkselLink as={Link} to={pageLink(query, result.page - 1)}>
                    Forrige side
                  </AkselLink>
                ) : null}
                <BodyShort>
                  Side {formatNumber(result.page)} av {formatNumber(result.pageCount)}
                </BodyShort>
                {result.page < result.pageCount ? (
                  <AkselLink as={Link} to={pageLink(query, result.page + 1)}>
                    Neste side
                  </AkselLink>
                ) : null}
              </HStack>
            </nav>
          ) : null}
        </VStack>
      </HGrid>
    </VStack>
  )
}
