import { BodyShort, Box, Heading, HStack, Link as AkselLink, VStack } from '@navikt/ds-react'
import { Link } from '@remix-run/react'
import type { EmployerProfile } from '~/domain/anonymisation'
import type { MatchReason } from '~/domain/matching'
import { formatDate } from '~/utils/format'

/** Why a hit matched, in bokmål. The effect is said in words (and a symbol), never by colour alone. */
export function ReasonList({ reasons }: { reasons: MatchReason[] }) {
  return (
    <ul className="match-reasons" style={{ margin: 0, paddingLeft: 0, listStyle: 'none' }}>
      {reasons.map((r, i) => (
        <li key={i} data-effect={r.effect}>
          <BodyShort as="span">
            <span aria-hidden="true">{r.effect === 'positive' ? '✓ ' : r.effect === 'negative' ? '! ' : '• '}</span>
            <span className="visually-hidden">{r.effect === 'positive' ? 'Passer: ' : r.effect === 'negative' ? 'Obs: ' : 'Merk: '}</span>
            {r.text}
          </BodyShort>
        </li>
      ))}
    </ul>
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
            <Box padding="space-16" borderRadius="8" borderWidth="1" borderColor="neutral-subtle" as="article" aria-labelledby={`treff-${item.profile.code}`}>
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
            <Box padding="space-16" borderRadius="8" borderWidth="1" borderColor="neutral-subtle" as="article" aria-labelledby={`stilling-${item.vacancy.id}`}>
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
