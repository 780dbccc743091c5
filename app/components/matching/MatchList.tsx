import { BodyLong, BodyShort, Box, Heading, HStack, Link as AkselLink, List, ReadMore, VStack } from '@navikt/ds-react'
import { Link } from '@remix-run/react'
import type { EmployerProfile } from '~/domain/profiles'
import { AREA_POINTS, MIN_MATCH_SCORE, WEIGHTS, type MatchReason } from '~/domain/matching'
import { formatDate, formatNumber } from '~/utils/format'

/** «+40 poeng» / «−8 poeng»; nothing for a part that adds nothing. */
export function pointsLabel(points: number): string | null {
  const rounded = Math.round(points)
  if (rounded === 0) return null
  return `${rounded > 0 ? '+' : '−'}${formatNumber(Math.abs(rounded))} poeng`
}

/** Why a hit matched, in bokmål, with what each part added. The effect is said in words (and a symbol), never by colour alone. */
export function ReasonList({ reasons }: { reasons: MatchReason[] }) {
  return (
    <ul className="match-reasons" style={{ margin: 0, paddingLeft: 0, listStyle: 'none' }}>
      {reasons.map((r, i) => {
        const points = pointsLabel(r.points)
        return (
          <li key={i} data-effect={r.effect}>
            <BodyShort as="span">
              <span aria-hidden="true">{r.effect === 'positive' ? '✓ ' : r.effect === 'negative' ? '! ' : '• '}</span>
              <span className="visually-hidden">{r.effect === 'positive' ? 'Passer: ' : r.effect === 'negative' ? 'Obs: ' : 'Merk: '}</span>
              {r.text}
              {points ? <span className="match-points"> ({points})</span> : null}
            </BodyShort>
          </li>
        )
      })}
    </ul>
  )
}

/** How the score is made and how ties are ordered, from the same weights the matching uses. */
export function ScoringExplanation({ subject }: { subject: 'kandidater' | 'stillinger' }) {
  return (
    <ReadMore header="Slik regner vi ut samsvaret">
      <VStack gap="space-8">
        <BodyLong>
          Samsvaret er en poengsum fra 0 til 100. Hver del gir poeng, og under hvert treff står hva delen ga. Summen avrundes. Treff under{' '}
          {MIN_MATCH_SCORE} poeng vises ikke.
        </BodyLong>
        <List as="ul" size="small">
          <List.Item>
            Yrke: {WEIGHTS.occupationUnit} poeng for samme yrke, {WEIGHTS.occupationMinor} for et nært beslektet yrke,{' '}
            {WEIGHTS.occupationRelated} for et beslektet yrke fra vår liste (for eksempel sjefskokk og kokk), {WEIGHTS.occupationSubMajor}{' '}
            for et yrke i samme yrkesfelt. Andre yrker er ikke med.
          </List.Item>
          <List.Item>
            Ferdigheter: inntil {WEIGHTS.skills} poeng etter hvor mange av stillingens ferdigheter som passer. Krav teller dobbelt.
          </List.Item>
          <List.Item>
            Sted: {AREA_POINTS.KOMMUNE} poeng når personen har valgt kommunen, {AREA_POINTS.FYLKE} for hele fylket, {AREA_POINTS.TRAVEL} til
            2 innen reiseavstand (nærmere gir mer), {AREA_POINTS.PART_FYLKE} for deler av fylket og {AREA_POINTS.COUNTRY} for hele landet.
            Utenfor området er ikke med.
          </List.Item>
          <List.Item>
            Oppstart: {WEIGHTS.availabilityInTime} poeng når personen kan starte i tide, {WEIGHTS.availabilityLate} når det blir senere.
          </List.Item>
          <List.Item>
            Språk: {WEIGHTS.languages} poeng når personen snakker språkene, {WEIGHTS.languageMissing} når noe mangler. Førerkort:{' '}
            {WEIGHTS.licence} poeng, eller {WEIGHTS.licenceMissing} når det mangler.
          </List.Item>
          <List.Item>
            Tilrettelegging: {WEIGHTS.adaptationOffered} poeng for hvert behov stillingen tilbyr, {WEIGHTS.adaptationUnmet} for hvert som
            ikke er oppgitt. Virkemidler arbeidsgiveren er åpen for: {WEIGHTS.scheme} poeng.
          </List.Item>
          <List.Item>Stillingsprosenten må passe. Ellers er treffet ikke med.</List.Item>
        </List>
        <BodyLong>
          {subject === 'kandidater'
            ? 'Ved lik poengsum kommer profilen som ble opprettet først, først. Rekkefølgen er den samme hver gang. Alle publiserte profiler er vurdert, ikke bare de nyeste.'
            : 'Ved lik poengsum kommer stillingen som ble opprettet først, først. Rekkefølgen er den samme hver gang. Alle publiserte stillinger er vurdert.'}
        </BodyLong>
      </VStack>
    </ReadMore>
  )
}

export type ProfileMatchItem = { score: number; reasons: MatchReason[]; profile: EmployerProfile }

/** «Aktuelle kandidater»: anonymised profiles with score and reasons. */
export function ProfileMatchList({
  items,
  profileHref,
  contactHref,
}: {
  items: ProfileMatchItem[]
  profileHref?: (code: string) => string
  contactHref?: (code: string) => string
}) {
  return (
    <VStack as="ol" gap="space-16" aria-label="Aktuelle kandidater" style={{ margin: 0, padding: 0, listStyle: 'none' }}>
      {items.map((item, index) => (
        <li key={item.profile.code}>
          <Box
            padding="space-16"
            borderRadius="8"
            borderWidth="1"
            borderColor="neutral-subtle"
            as="article"
            aria-labelledby={`treff-${item.profile.code}`}
          >
            <VStack gap="space-8">
              <BodyShort size="small" textColor="subtle">
                Nr. {index + 1} · Profil {item.profile.code} · samsvar {item.score} av 100
              </BodyShort>
              <Heading level="2" size="small" id={`treff-${item.profile.code}`}>
                {item.profile.headline || item.profile.occupations.map((o) => o.title).join(', ') || `Profil ${item.profile.code}`}
              </Heading>
              <BodyShort>
                {[
                  item.profile.occupations.map((o) => o.title).join(', '),
                  `Kan jobbe i ${item.profile.workArea?.description ?? 'ikke oppgitt'}`,
                  item.profile.availability.label,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </BodyShort>
              <ReasonList reasons={item.reasons} />
              {profileHref || contactHref ? (
                <HStack gap="space-16">
                  {profileHref ? (
                    <AkselLink as={Link} to={profileHref(item.profile.code)}>
                      Se profil {item.profile.code}
                    </AkselLink>
                  ) : null}
                  {contactHref ? (
                    <AkselLink as={Link} to={contactHref(item.profile.code)}>
                      Be om kontakt om profil {item.profile.code}
                    </AkselLink>
                  ) : null}
                </HStack>
              ) : null}
            </VStack>
          </Box>
        </li>
      ))}
    </VStack>
  )
}

export type VacancyMatchItem = {
  score: number
  reasons: MatchReason[]
  vacancy: {
    id: number
    title: string
    organisationName: string
    styrkTitle: string
    kommuneName: string
    positionPercent: number
    startAsap: boolean
    startDate: string | null
    applicationDeadline: string | null
  }
}

/** «Aktuelle stillinger» for a person. */
export function VacancyMatchList({ items, vacancyHref }: { items: VacancyMatchItem[]; vacancyHref: (id: number) => string }) {
  return (
    <VStack as="ol" gap="space-16" aria-label="Aktuelle stillinger" style={{ margin: 0, padding: 0, listStyle: 'none' }}>
      {items.map((item, index) => (
        <li key={item.vacancy.id}>
          <Box
            padding="space-16"
            borderRadius="8"
            borderWidth="1"
            borderColor="neutral-subtle"
            as="article"
            aria-labelledby={`stilling-${item.vacancy.id}`}
          >
            <VStack gap="space-8">
              <BodyShort size="small" textColor="subtle">
                Nr. {index + 1} · samsvar {item.score} av 100
              </BodyShort>
              <Heading level="2" size="small" id={`stilling-${item.vacancy.id}`}>
                <AkselLink as={Link} to={vacancyHref(item.vacancy.id)}>
                  {item.vacancy.title}
                </AkselLink>
              </Heading>
              <BodyShort>
                {[
                  item.vacancy.organisationName,
                  item.vacancy.kommuneName,
                  item.vacancy.styrkTitle,
                  `${item.vacancy.positionPercent} %`,
                  item.vacancy.startAsap || !item.vacancy.startDate ? 'Oppstart snarest' : `Oppstart ${formatDate(item.vacancy.startDate)}`,
                  item.vacancy.applicationDeadline ? `Søknadsfrist ${formatDate(item.vacancy.applicationDeadline)}` : null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </BodyShort>
              <ReasonList reasons={item.reasons} />
            </VStack>
          </Box>
        </li>
      ))}
    </VStack>
  )
}
