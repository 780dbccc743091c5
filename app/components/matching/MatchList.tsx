import { BodyLong, BodyShort, Box, Heading, HStack, Link as AkselLink, List, ReadMore, VStack } from '@navikt/ds-react'
import { Link } from '@remix-run/react'
import type { ReactNode } from 'react'
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

/**
 * One hit in a match list: its rank and score, a heading, the facts in one
 * line and why it matched. `headingId` names the card (aria-labelledby).
 */
function MatchCard({
  headingId,
  rank,
  score,
  subject,
  heading,
  facts,
  reasons,
  children,
}: {
  headingId: string
  rank: number
  score: number
  /** Said between the rank and the score («Profil A1»), when the heading may not name it. */
  subject?: string
  heading: ReactNode
  facts: (string | null)[]
  reasons: MatchReason[]
  children?: ReactNode
}) {
  return (
    <li>
      <Box padding="space-16" borderRadius="8" borderWidth="1" borderColor="neutral-subtle" as="article" aria-labelledby={headingId}>
        <VStack gap="space-8">
          <BodyShort size="small" textColor="subtle">
            Nr. {rank} · {subject ? `${subject} · ` : null}samsvar {score} av 100
          </BodyShort>
          <Heading level="2" size="small" id={headingId}>
            {heading}
          </Heading>
          <BodyShort>{facts.filter(Boolean).join(' · ')}</BodyShort>
          <ReasonList reasons={reasons} />
          {children}
        </VStack>
      </Box>
    </li>
  )
}

function MatchCards({ label, children }: { label: string; children: ReactNode }) {
  return (
    <VStack as="ol" gap="space-16" aria-label={label} style={{ margin: 0, padding: 0, listStyle: 'none' }}>
      {children}
    </VStack>
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
    <MatchCards label="Aktuelle kandidater">
      {items.map(({ profile, score, reasons }, index) => {
        const occupations = profile.occupations.map((o) => o.title).join(', ')
        return (
          <MatchCard
            key={profile.code}
            headingId={`treff-${profile.code}`}
            rank={index + 1}
            score={score}
            subject={`Profil ${profile.code}`}
            heading={profile.headline || occupations || `Profil ${profile.code}`}
            facts={[occupations, `Kan jobbe i ${profile.workArea?.description ?? 'ikke oppgitt'}`, profile.availability.label]}
            reasons={reasons}
          >
            {profileHref || contactHref ? (
              <HStack gap="space-16">
                {profileHref ? (
                  <AkselLink as={Link} to={profileHref(profile.code)}>
                    Se profil {profile.code}
                  </AkselLink>
                ) : null}
                {contactHref ? (
                  <AkselLink as={Link} to={contactHref(profile.code)}>
                    Be om kontakt om profil {profile.code}
                  </AkselLink>
                ) : null}
              </HStack>
            ) : null}
          </MatchCard>
        )
      })}
    </MatchCards>
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
    <MatchCards label="Aktuelle stillinger">
      {items.map(({ vacancy, score, reasons }, index) => (
        <MatchCard
          key={vacancy.id}
          headingId={`stilling-${vacancy.id}`}
          rank={index + 1}
          score={score}
          heading={
            <AkselLink as={Link} to={vacancyHref(vacancy.id)}>
              {vacancy.title}
            </AkselLink>
          }
          facts={[
            vacancy.organisationName,
            vacancy.kommuneName,
            vacancy.styrkTitle,
            `${vacancy.positionPercent} %`,
            vacancy.startAsap || !vacancy.startDate ? 'Oppstart snarest' : `Oppstart ${formatDate(vacancy.startDate)}`,
            vacancy.applicationDeadline ? `Søknadsfrist ${formatDate(vacancy.applicationDeadline)}` : null,
          ]}
          reasons={reasons}
        />
      ))}
    </MatchCards>
  )
}
