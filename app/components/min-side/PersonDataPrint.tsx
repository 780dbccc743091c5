import { BodyShort, Heading, VStack } from '@navikt/ds-react'
import type { ReactNode } from 'react'
import { EmployerProfileView } from '~/components/EmployerProfileView'
import type { PersonDataExport } from '~/services/min-side.server'
import { formatDate, formatDateTime } from '~/utils/format'

/** The person's data export as a readable, printable page (the same data as the JSON file). */
function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <VStack gap="space-8">
        <Heading level="2" size="medium" id={id}>
          {title}
        </Heading>
        {children}
      </VStack>
    </section>
  )
}

function Facts({ rows }: { rows: Array<[string, ReactNode]> }) {
  return (
    <dl className="min-side__facts">
      {rows.map(([term, value]) => (
        <div key={term} style={{ display: 'contents' }}>
          <dt>{term}</dt>
          <dd>{value ?? '–'}</dd>
        </div>
      ))}
    </dl>
  )
}

const none = <BodyShort>Ingenting registrert.</BodyShort>

export function PersonDataPrint({ data }: { data: Omit<PersonDataExport, 'profile'> & { profile: PersonDataExport['profile'] } }) {
  const p = data.person
  return (
    <VStack gap="space-32">
      <Section id="data-person" title="Personopplysninger">
        <Facts
          rows={[
            ['Navn', `${p.firstName} ${p.lastName}`],
            ['Fødselsnummer', p.fnr],
            ['Fødselsdato', formatDate(p.birthDate)],
            ['Telefon', p.phone ?? 'Ikke oppgitt'],
            ['E-post', p.email ?? 'Ikke oppgitt'],
            ['Kommune', p.kommune],
            ['Innsatsgruppe', p.innsatsgruppe],
            ['Henvist', formatDate(p.referralDate)],
            ['Steg i oppfølgingen', p.ipsStep],
            ['NAV-kontor', p.navUnit ?? 'Ikke oppgitt'],
            ['Jobbspesialist', p.jobbspesialist ? `${p.jobbspesialist.name} (${p.jobbspesialist.email})` : '–'],
          ]}
        />
      </Section>
      <Section id="data-cv" title="CV">
        {data.cv.summary ? <BodyShort>{data.cv.summary}</BodyShort> : null}
        {data.cv.experience?.length ? (
          <ul>
            {data.cv.experience.map((e, i) => (
              <li key={i}>
                {e.title}, {e.employer} {e.from ?? ''}–{e.to ?? ''}
              </li>
            ))}
          </ul>
        ) : null}
        {data.cv.education?.length ? (
          <ul>
            {data.cv.education.map((e, i) => (
              <li key={i}>
                {e.programme}, {e.institution} {e.year ?? ''}
              </li>
            ))}
          </ul>
        ) : null}
        {data.cv.certificates?.length ? <BodyShort>Kurs og sertifikater: {data.cv.certificates.join(', ')}</BodyShort> : null}
        {!data.cv.summary && !data.cv.experience?.length && !data.cv.education?.length ? none : null}
      </Section>
      <Section id="data-profil" title="Profilen">
        {data.profile ? (
          <>
            <Facts
              rows={[
                ['Profilkode', data.profile.code],
                ['Status', data.profile.status === 'PUBLISERT' ? 'Vises for arbeidsgivere' : 'Vises ikke for arbeidsgivere'],
                ['Publisert', formatDate(data.profile.publishedAt) || '–'],
                ['Behov som vises', data.profile.adaptationNeedsShown.join(', ') || 'Ingen'],
                ['Behov som ikke vises', data.profile.adaptationNeedsWithheld.join(', ') || 'Ingen'],
              ]}
            />
            {data.profile.asEmployersSeeIt ? <EmployerProfileView profile={data.profile.asEmployersSeeIt} headingLevel="3" /> : null}
          </>
        ) : (
          none
        )}
      </Section>
      <Section id="data-samtykker" title="Samtykker">
        {data.consents.length ? (
          <ul>
            {data.consents.map((c, i) => (
              <li key={i}>
                {c.kind === 'PUBLISERING' ? 'Publisering av profilen' : `Deling med ${c.organisationName ?? 'arbeidsgiver'}`}: gitt{' '}
                {formatDate(c.givenAt)}
                {c.withdrawnAt ? `, trukket ${formatDate(c.withdrawnAt)}` : ''}
              </li>
            ))}
          </ul>
        ) : (
          none
        )}
      </Section>
      <Section id="data-foresporsler" title="Forespørsler og delinger">
        {data.contactRequests.length ? (
          <ul>
            {data.contactRequests.map((r) => (
              <li key={r.id}>
                {r.organisationName} ({formatDate(r.createdAt)}): «{r.message}». Status: {r.status}
                {r.sharedUntil
                  ? `. Delt til ${formatDate(r.sharedUntil)}: ${['navn', 'kontaktinformasjon', ...r.sharedCvParts].join(', ')}`
                  : ''}
              </li>
            ))}
          </ul>
        ) : (
          none
        )}
      </Section>
      <Section id="data-avtaler" title="Oppfølgingsavtaler">
        {data.agreements.length ? (
          <ul>
            {data.agreements.map((a) => (
              <li key={a.id}>
                {a.content.jobTitle} hos {a.organisationName}: mål «{a.content.goals}», oppfølging{' '}
                {a.content.followUpFrequency.toLowerCase()}
                {a.nextFollowUp ? `, neste ${formatDate(a.nextFollowUp)}` : ''}
              </li>
            ))}
          </ul>
        ) : (
          none
        )}
      </Section>
      <Section id="data-oppfolging" title="Oppfølgingslogg">
        {data.followUpLog.length ? (
          <ul>
            {data.followUpLog.map((f, i) => (
              <li key={i}>
                {formatDate(f.date)}: {f.kind} med {f.withWhom.toLowerCase()}
                {f.note ? ` – ${f.note}` : ''}
              </li>
            ))}
          </ul>
        ) : (
          none
        )}
      </Section>
      <Section id="data-innsyn" title="Hvem har sett hva">
        {data.innsyn.length ? (
          <ul>
            {data.innsyn.map((e, i) => (
              <li key={i}>
                {formatDateTime(e.at)}: {e.event} ({e.who})
              </li>
            ))}
          </ul>
        ) : (
          none
        )}
      </Section>
    </VStack>
  )
}
