import { BodyLong, Heading, Link as AkselLink, VStack } from '@navikt/ds-react'
import { FIVE_G_TEXT } from '~/domain/subsidies'
import { formatDate, formatKroner } from '~/utils/format'

/** «Slik regner vi»: the rules in plain words, with the rates in force and the sources. */
export function HowWeCalculate({
  rates,
}: {
  rates: {
    grunnbelop: readonly { validFrom: string; amount: number }[]
    inclusionSubsidyMax: readonly { validFrom: string; amount: number }[]
    vtaoMonthly: readonly { validFrom: string; amount: number }[]
  }
}) {
  return (
    <section aria-labelledby="slik-regner-vi">
      <VStack gap="space-16">
        <Heading level="2" size="medium" id="slik-regner-vi">
          Slik regner vi
        </Heading>
        <BodyLong>
          Lønnskostnaden per måned er lønn + feriepenger + obligatorisk tjenestepensjon (OTP) av lønn og feriepenger + arbeidsgiveravgift av
          alt dette. Øresbeløpene rundes til hele kroner. Tilskuddet per måned er satsen ganget med lønnskostnaden, avrundet til hele kroner
          slik NAVs avtalesystem gjør det (med flyttall): når resultatet ender på nøyaktig 50 øre, kan NAV betale 1 krone mindre enn vanlig
          avrunding gir, for eksempel ved 70 % og 35 %.
        </BodyLong>
        <BodyLong>
          Perioden deles ved hvert månedsskifte og der satsen trappes ned. En hel kalendermåned gir hele månedsbeløpet. En del av en måned
          gir antall dager × månedsbeløpet / 30,4375. «Start + 6 måneder» regnes i kalendermåneder: starter avtalen 31. januar, er én måned
          senere 28. eller 29. februar.
        </BodyLong>
        <BodyLong>
          Varig og fireårig lønnstilskudd: {FIVE_G_TEXT} Sist registrerte grunnbeløp:{' '}
          {rates.grunnbelop.map((g) => `${formatKroner(g.amount)} fra ${formatDate(g.validFrom)}`).join(', ')}. Et nytt grunnbeløp gjelder
          først når det er registrert; til da bruker vi det siste, og sier at taket er et anslag. NAV regner taket for alle avtaler om samme
          ordning for samme person og arbeidsgiver i året; kalkulatoren ser bare én avtale.
        </BodyLong>
        <BodyLong>
          Fireårig lønnstilskudd for unge er 70 % det første avtaleåret, så 60 %, 50 % og 35 %. Avtaleåret regnes fra startdatoen: starter
          avtalen 31. august 2026, er satsen 60 % fra 31. august 2027. Ordningen er et forsøk for avtaler som starter 1. august 2026 eller
          senere og slutter senest 31. desember 2032.
        </BodyLong>
        <BodyLong>
          VTAO er et fast beløp per måned for hvert kalenderår, ikke en andel av lønnen:{' '}
          {rates.vtaoMonthly.map((r) => `${r.validFrom.slice(0, 4)}: ${formatKroner(r.amount)}`).join(', ')}. En del av en måned gir antall
          dager × månedsbeløpet / 30,4375. For år uten fastsatt beløp bruker vi det siste, og sier at det er et anslag.
        </BodyLong>
        <BodyLong>
          Aldersgrenser: deltakeren må ha fylt 16 år på startdatoen. For midlertidig og varig lønnstilskudd, mentor og inkluderingstilskudd
          kan deltakeren ikke ha fylt 72 år på sluttdatoen (72-årsdagen på sluttdatoen er for sent). Sommerjobb og fireårig lønnstilskudd
          gjelder dem som ikke har fylt 30 år på startdatoen, VTAO dem som ikke har fylt 67 år på sluttdatoen.
        </BodyLong>
        <BodyLong>
          Inkluderingstilskudd dekker dokumenterte utgifter opp til maksimumsbeløpet for året avtalen slutter:{' '}
          {rates.inclusionSubsidyMax
            .map((r, i) => `${i === 0 ? 'til og med ' : ''}${r.validFrom.slice(0, 4)}: ${formatKroner(r.amount)}`)
            .join(', ')}
          . En større sum avvises, slik NAV gjør; kalkulatoren kan regne med maksimumsbeløpet i stedet. Avtalen kan vare til og med samme
          dato 12 måneder etter start. Går perioden over nyttår, fordeles beløpet på årene etter antall dager.
        </BodyLong>
        <BodyLong>
          Arbeidsgiveravgiften hentes fra sonen til kommunen der virksomheten (underenheten) ligger, med satsen som gjelder på startdatoen.
          Fribeløpet i sone Ia og særreglene for jordbruk er ikke med. Kommuner som er delt mellom soner, har fått sonen for resten av
          kommunen eller kommunesenteret.
        </BodyLong>
        <BodyLong>
          Reglene følger NAVs avtalesystem for tiltak (tiltaksgjennomføring). Der nav.no beskriver noe annerledes, følger vi avtalesystemet.
        </BodyLong>
        <Heading level="3" size="small">
          Kilder
        </Heading>
        <ul>
          <li>
            <AkselLink href="https://www.nav.no/arbeidsgiver/midlertidig-lonnstilskudd">NAV: Midlertidig lønnstilskudd</AkselLink>
          </li>
          <li>
            <AkselLink href="https://www.nav.no/arbeidsgiver/varig-lonnstilskudd">NAV: Varig lønnstilskudd</AkselLink>
          </li>
          <li>
            <AkselLink href="https://www.nav.no/arbeidsgiver/mentor">NAV: Mentor</AkselLink>
          </li>
          <li>
            <AkselLink href="https://www.nav.no/arbeidsgiver/inkluderingstilskudd">NAV: Inkluderingstilskudd</AkselLink>
          </li>
          <li>
            <AkselLink href="https://www.nav.no/arbeidsgiver/sommerjobb">NAV: Tilskudd til sommerjobb</AkselLink>
          </li>
          <li>
            <AkselLink href="https://www.nav.no/arbeidsgiver/varig-tilrettelagt-arbeid">
              NAV: Varig tilrettelagt arbeid i ordinær virksomhet (VTAO)
            </AkselLink>
          </li>
          <li>
            <AkselLink href="https://github.com/navikt/tiltak-refusjon-api">
              NAVs refusjonssystem for tiltak (tiltak-refusjon-api, åpen kildekode)
            </AkselLink>
          </li>
          <li>
            <AkselLink href="https://www.nav.no/grunnbelopet">NAV: Grunnbeløpet i folketrygden</AkselLink>
          </li>
          <li>
            <AkselLink href="https://github.com/navikt/tiltaksgjennomforing-api">
              NAVs avtalesystem for tiltak (tiltaksgjennomforing-api, åpen kildekode)
            </AkselLink>
          </li>
          <li>
            <AkselLink href="https://www.skatteetaten.no/satser/arbeidsgiveravgift/">
              Skatteetaten: Satser for arbeidsgiveravgift og soneinndeling
            </AkselLink>
          </li>
          <li>
            <AkselLink href="https://lovdata.no/lov/1988-04-29-21/§10">Ferieloven § 10 (feriepenger)</AkselLink>
          </li>
        </ul>
      </VStack>
    </section>
  )
}
