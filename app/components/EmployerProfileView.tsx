import { BodyLong, BodyShort, Box, Heading, HStack, List, Tag, VStack } from '@navikt/ds-react'
import type { EmployerProfile } from '~/domain/profiles'
import { formatDate } from '~/utils/format'

/**
 * THE employer-facing rendering of an anonymised profile: used on the
 * employer's profile page and, unchanged, in the jobbspesialist's preview
 * «Slik ser arbeidsgivere profilen». It only receives `EmployerProfile`
 * (the whitelisted projection), so it cannot show personal data.
 */
type Props = {
  profile: EmployerProfile
  /** Heading level of the profile's title (the page decides where it sits). */
  headingLevel?: '1' | '2' | '3'
}

function Fact({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div style={{ display: 'contents' }}>
      <dt>
        <BodyShort weight="semibold" as="span">
          {term}
        </BodyShort>
      </dt>
      <dd>
        <BodyShort as="span">{children}</BodyShort>
      </dd>
    </div>
  )
}

export function EmployerProfileView({ profile, headingLevel = '2' }: Props) {
  const sub = String(Math.min(Number(headingLevel) + 1, 6)) as '2' | '3' | '4'
  const capacity =
    profile.workCapacity.min === profile.workCapacity.max
      ? `${profile.workCapacity.max} %`
      : `${profile.workCapacity.min}–${profile.workCapacity.max} %`
  return (
    <Box
      padding="space-16"
      borderRadius="8"
      borderWidth="1"
      borderColor="neutral-subtle"
      as="article"
      aria-label={`Profil ${profile.code}`}
    >
      <VStack gap="space-16">
        <div>
          <BodyShort size="small" textColor="subtle">
            Profil {profile.code}
            {profile.publishedAt ? ` · publisert ${formatDate(profile.publishedAt)}` : ''}
          </BodyShort>
          <Heading level={headingLevel} size="medium">
            {profile.headline || 'Uten overskrift'}
          </Heading>
        </div>
        {profile.summary ? <BodyLong>{profile.summary}</BodyLong> : null}
        <dl className="fact-list">
          <Fact term="Ønsket yrke">{profile.occupations.map((o) => o.title).join(', ') || 'Ikke oppgitt'}</Fact>
          <Fact term="Kan jobbe i">{profile.workArea ? capitalise(profile.workArea.description) : 'Ikke oppgitt'}</Fact>
          <Fact term="Alder">{profile.ageBand.label}</Fact>
          <Fact term="Stillingsprosent">{capacity}</Fact>
          <Fact term="Oppstart">{profile.availability.label}</Fact>
          <Fact term="Arbeidserfaring">{profile.experienceLevel?.label ?? 'Ikke oppgitt'}</Fact>
          <Fact term="Utdanning">{profile.educationLevel?.label ?? 'Ikke oppgitt'}</Fact>
          <Fact term="Språk">{profile.languages.map((l) => l.label).join(', ') || 'Ikke oppgitt'}</Fact>
          <Fact term="Førerkort">{profile.drivingLicences.map((d) => d.label).join(', ') || 'Ingen'}</Fact>
        </dl>
        {profile.skills.length ? (
          <VStack gap="space-8">
            <Heading level={sub} size="xsmall">
              Ferdigheter
            </Heading>
            <HStack gap="space-8" as="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
              {profile.skills.map((skill) => (
                <li key={skill}>
                  <Tag variant="neutral" size="small">
                    {skill}
                  </Tag>
                </li>
              ))}
            </HStack>
          </VStack>
        ) : null}
        <VStack gap="space-8">
          <Heading level={sub} size="xsmall">
            Behov for tilrettelegging
          </Heading>
          {profile.adaptationNeeds.length ? (
            <List>
              {profile.adaptationNeeds.map((g) => (
                <List.Item key={g.group}>
                  <BodyShort>
                    <strong>{g.label}</strong>
                    {g.needs.length ? `: ${g.needs.map((n) => n.label).join(', ')}` : ''}
                  </BodyShort>
                </List.Item>
              ))}
            </List>
          ) : (
            <BodyShort>Ingen oppgitte behov.</BodyShort>
          )}
        </VStack>
        {profile.targetGroups.length ? (
          <VStack gap="space-8">
            <Heading level={sub} size="xsmall">
              Prioriterte målgrupper
            </Heading>
            <List>
              {profile.targetGroups.map((t) => (
                <List.Item key={t.code}>
                  <BodyShort>{t.label}</BodyShort>
                </List.Item>
              ))}
            </List>
          </VStack>
        ) : null}
        <VStack gap="space-8">
          <Heading level={sub} size="xsmall">
            Virkemidler som kan være aktuelle
          </Heading>
          {profile.schemeHints.length ? (
            <List>
              {profile.schemeHints.map((s) => (
                <List.Item key={s.code}>
                  <BodyShort>{s.label}</BodyShort>
                </List.Item>
              ))}
            </List>
          ) : (
            <BodyShort>Ingen særskilte virkemidler.</BodyShort>
          )}
        </VStack>
      </VStack>
    </Box>
  )
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
