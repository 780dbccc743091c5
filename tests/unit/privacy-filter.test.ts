import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checkFreeText, findPersonalData, type PiiKind } from '~/domain/profiles'
import { buildIdNumber } from '~/domain/candidates/fnr'

/**
 * The table-driven test of the free-text privacy filter (issue 12): every
 * evasion from the issue and its friends must be found, and the innocent texts
 * (dates, salaries, percentages, STYRK codes, «Oslo 2026», «kokk i 12 år» …)
 * must pass with zero false positives.
 */

// Place names from the app's own reference data (SSB's kommuner), as the service passes them.
const placeNames = fs
  .readFileSync('db/reference/kommuner.csv', 'utf8')
  .split('\n')
  .slice(1)
  .filter(Boolean)
  .map((line) => line.split(',')[1])

const person = {
  names: ['Geir Arne', 'Hagen-Ødegård'],
  employerNames: ['Fjordkokken Restaurant AS', 'Rema 1000 Grünerløkka', 'Bergen kommune', 'Lager og Logistikk Sandnes AS'],
  placeNames,
}

const zw = '\u200b' // zero-width space
const shy = '\u00ad' // soft hyphen

/** [text, the kinds that must be found (in reading order)] */
const MUST_FIND: Array<[string, PiiKind[]]> = [
  // The issue's own example
  [
    'Geirs styrker … Hagens familie … Ring 977 12549. Id 26 01 85 10544. Diagnose F32.1.',
    ['NAME', 'NAME', 'PHONE', 'FNR', 'HEALTH', 'HEALTH_CODE'],
  ],
  // Fødselsnummer in any grouping (26018510544 is valid)
  ['26018510544', ['FNR']],
  ['260185 10544', ['FNR']],
  ['26 01 85 10544', ['FNR']],
  ['26.01.85.10544', ['FNR']],
  ['26.01.85 10544', ['FNR']],
  ['26-01-85-10544', ['FNR']],
  ['2601 8510 544', ['FNR']],
  ['26/01/85/10544', ['FNR']],
  ['2 6 0 1 8 5 1 0 5 4 4', ['FNR']],
  ['(260185) 10544', ['FNR']],
  ['２６０１８５１０５４４', ['FNR']],
  [`2601${zw}8510544`, ['FNR']],
  [`26${shy}01${shy}85${shy}10544`, ['FNR']],
  ['٢٦٠١٨٥١٠٥٤٤', ['FNR']],
  ['Id: 26 01 85 10544, født i Oslo', ['FNR']],
  ['Fnr 26018510544 og tlf 97712549', ['FNR', 'PHONE']],
  // D-nummer (day + 40)
  [`d-nummer ${buildIdNumber('1990-01-01', 123, { dnr: true })!.replace(/^(\d{6})/, '$1 ')}`, ['FNR']],
  // 11 digits that fail the check digits: «ligner på»
  ['14039112345', ['FNR_LIKE']],
  ['140391 12345', ['FNR_LIKE']],
  ['14.03.91 123 45', ['FNR_LIKE']],
  ['Kontonummer 1234.56.78903', ['FNR_LIKE']],
  ['1 4 0 3 9 1 1 2 3 4 5', ['FNR_LIKE']],
  ['26.01.1985 10544', ['FNR_LIKE']],
  // Phone numbers: 8 digits in any grouping, +47/0047, dots, one digit at a time
  ['Ring 97712549', ['PHONE']],
  ['Ring 977 12 549', ['PHONE']],
  ['Ring 977 12549', ['PHONE']],
  ['Ring 97 71 25 49', ['PHONE']],
  ['Ring 9771 2549', ['PHONE']],
  ['Ring 977.12.549', ['PHONE']],
  ['Ring 97.71.25.49', ['PHONE']],
  ['Ring 977-12-549', ['PHONE']],
  ['Ring 9 7 7 1 2 5 4 9', ['PHONE']],
  ['Ring 9.7.7.1.2.5.4.9', ['PHONE']],
  ['Ring 9-7-7-1-2-5-4-9', ['PHONE']],
  ['Ring 9, 7, 7, 1, 2, 5, 4, 9', ['PHONE']],
  ['Ring 97, 71, 25, 49', ['PHONE']],
  ['Ring\n9\n7\n7\n1\n2\n5\n4\n9', ['PHONE']],
  ['Ring +47 977 12 549', ['PHONE']],
  ['Ring +4797712549', ['PHONE']],
  ['Ring (+47) 977 12 549', ['PHONE']],
  ['Ring 0047 977 12 549', ['PHONE']],
  ['Ring 0047-97712549', ['PHONE']],
  ['Ring ９７７１２５４９', ['PHONE']],
  [`Ring 977${zw}12${zw}549`, ['PHONE']],
  ['Fasttelefon 22 33 44 55', ['PHONE']],
  ['Mobil: 412 34 567', ['PHONE']],
  ['tlf.: 4123 4567', ['PHONE']],
  // E-mail, URLs, social handles
  ['Skriv til geir.hagen@gmail.com', ['EMAIL']],
  ['Skriv til gah＠example.no', ['EMAIL']],
  ['Skriv til gah (at) example (dot) com', ['EMAIL']],
  ['Skriv til gah [at] example.no', ['EMAIL']],
  ['Skriv til gah at example dot com', ['EMAIL']],
  ['Skriv til gah @ example . no', ['EMAIL']],
  ['Se www.gah-portefolje.no', ['URL']],
  ['Se https://example.com/gah', ['URL']],
  ['Se linkedin.com/in/gah85', ['URL']],
  ['Portefølje: gahfoto.no', ['URL']],
  ['Følg @gah_kokk', ['SOCIAL']],
  ['Insta: gah_kokk', ['SOCIAL']],
  ['snap: gahkokk', ['SOCIAL']],
  ['TikTok-brukernavn: gahkokk', ['SOCIAL']],
  // Street addresses and postcodes with place names
  ['Bor i Storgata 5', ['ADDRESS']],
  ['Bor i Kirkeveien 64B', ['ADDRESS']],
  ['Bor i Thorvald Meyers gate 12', ['ADDRESS']],
  ['Adresse: Solbakken 3 A', ['ADDRESS']],
  ['Postboks 123', ['ADDRESS']],
  ['Bor på 0557 Oslo', ['POSTCODE']],
  ['Bor på 5003 Bergen', ['POSTCODE']],
  ['Storgata 5B, 0557 Oslo', ['ADDRESS', 'POSTCODE']],
  ['Kommer fra 9008 Tromsø', ['POSTCODE']],
  // The person's own names in any inflection
  ['Geir er stabil', ['NAME']],
  ['GEIR er stabil', ['NAME']],
  ['geir er stabil', ['NAME']],
  ['Geirs styrker', ['NAME']],
  ["Geir's styrker", ['NAME']],
  ['Geir’s styrker', ['NAME']],
  ['Arne liker matlaging', ['NAME']],
  ['Geir Arne liker matlaging', ['NAME']],
  ['Geir-Arne liker matlaging', ['NAME']],
  ['Hagens familie', ['NAME']],
  ['Hagen-familien', ['NAME']],
  ['Familien Ødegård', ['NAME']],
  ['Familien Odegard', ['NAME']],
  ['Familien Oedegaard', ['NAME']],
  ['Hagen-Ødegård er navnet', ['NAME']],
  ['G e i r er stabil', ['NAME']],
  ['G.e.i.r er stabil', ['NAME']],
  ['G-e-i-r er stabil', ['NAME']],
  [`G${zw}eir er stabil`, ['NAME']],
  [`Ge${shy}ir er stabil`, ['NAME']],
  ['Gеir er stabil' /* Cyrillic е */, ['NAME']],
  ['Ｇｅｉｒ er stabil', ['NAME']],
  ['H a g e n s familie', ['NAME']],
  // Employers from the CV where they identify
  ['Jobbet hos Fjordkokken i tre år', ['EMPLOYER']],
  ['Jobbet på Fjordkokken Restaurant', ['EMPLOYER']],
  ['Butikkmedarbeider på Rema 1000 Grünerløkka', ['EMPLOYER']],
  ['Lager og Logistikk Sandnes sa ja', ['EMPLOYER']],
  // Health: words, conditions, medicines, treatment places, benefits
  ['Har MS', ['HEALTH']],
  ['Har M.S.', ['HEALTH']],
  ['Har ADHD', ['HEALTH']],
  ['Har adhd', ['HEALTH']],
  ['Har A D H D', ['HEALTH']],
  ['Har PTSD', ['HEALTH']],
  ['Har OCD', ['HEALTH']],
  ['Har ME', ['HEALTH']],
  ['Har ME/CFS', ['HEALTH']],
  ['Har KOLS', ['HEALTH']],
  ['Har ADD', ['HEALTH']],
  ['Er utbrent', ['HEALTH']],
  ['Utbrenthet i 2024', ['HEALTH']],
  ['Er ufør', ['HEALTH']],
  ['Mottar uføretrygd', ['HEALTH']],
  ['Er sykmeldt', ['HEALTH']],
  ['Var sykemeldt i fjor', ['HEALTH']],
  ['Sjukmeld i fjor', ['HEALTH']],
  ['Mottar AAP', ['HEALTH']],
  ['Har depresjon', ['HEALTH']],
  ['Lett angst', ['HEALTH']],
  ['Sosial angst', ['HEALTH']],
  ['Diabetiker', ['HEALTH']],
  ['Har epilepsi', ['HEALTH']],
  ['Har autisme', ['HEALTH']],
  ['Har Aspergers syndrom', ['HEALTH']],
  ['Har multippel sklerose', ['HEALTH']],
  ['Har fibromyalgi', ['HEALTH']],
  ['Har hatt kreft', ['HEALTH']],
  ['Bruker Ritalin', ['HEALTH']],
  ['Tar Cipralex', ['HEALTH']],
  ['Går på metadon', ['HEALTH']],
  ['Innlagt på DPS', ['HEALTH', 'HEALTH']],
  ['Behandlet ved BUP', ['HEALTH']],
  ['Var på Modum Bad', ['HEALTH']],
  ['Tidligere rus, nå rusfri', ['HEALTH']],
  ['Er blind på ett øye', ['HEALTH']],
  ['Er døv', ['HEALTH']],
  ['Bruker rullestol', ['HEALTH']],
  ['Er gravid', ['HEALTH']],
  ['Går til psykolog', ['HEALTH']],
  ['Har en psykisk lidelse', ['HEALTH']],
  ['Lite sykefravær', ['HEALTH']],
  ['Har u t b r e n t', ['HEALTH']],
  [`Har ut${zw}brent`, ['HEALTH']],
  ['ＡＤＨＤ', ['HEALTH']],
  // ICD-10 and ICPC-2 codes
  ['F32.1', ['HEALTH_CODE']],
  ['F32', ['HEALTH_CODE']],
  ['F 32.1', ['HEALTH_CODE']],
  ['Z73.0', ['HEALTH_CODE']],
  ['G35.0', ['HEALTH_CODE']],
  ['F90,0', ['HEALTH_CODE']],
  ['P76', ['HEALTH_CODE']],
  ['ICD-10: G35', ['HEALTH_CODE']],
  ['ICPC-2 kode T90', ['HEALTH_CODE']],
  ['Sykmeldt med L84', ['HEALTH', 'HEALTH_CODE']],
]

/** Texts a jobbspesialist writes every day: nothing may be found. */
const INNOCENT: string[] = [
  'Oslo 2026',
  'Kokk i 12 år',
  'kokk i 12 år',
  'Jobbet 2019–2021 som kokk',
  'Jobbet 2019-2021 og 2022 - 2024',
  'Lærling 2018/19',
  'Kan starte 01.03.2026',
  'Tilgjengelig fra 1.3.2026 til 31.12.2026',
  'Tilgjengelig fra 2026-03-01',
  'Fra 01.03.2026 - 31.12.2026',
  'Ønsket lønn 450 000 kr',
  'Ønsket lønn kr 450 000',
  'Lønn 25 000 000 kroner i omsetning',
  'Timelønn 210,50 kr',
  'Månedslønn 38 500,-',
  'Ønsker 50 % stilling',
  'Ønsker 50–100 % stilling',
  'Stillingsprosent 80-100',
  'Kan jobbe 20 timer i uka',
  'STYRK 5120',
  'STYRK-08: 5120, 5131 og 9412',
  'Yrkeskode 5120',
  'Aktuelle yrker: 5120 og 5131',
  'Arbeidstid kl. 08.00–16.00',
  'Arbeidstid 8:30 - 15:30',
  'Kvelder 20.00-23.00',
  '3 år erfaring, 2 sertifikater',
  'postnummer 0150',
  'Førerkort klasse B og BE',
  'Har C1E',
  'Pendler langs E18',
  'Bor nær E6',
  'Kranførerbevis G11 og G4',
  'Truckførerbevis T1–T4',
  'Kurs i HMS',
  'Kan MS Office',
  'Kan MS Word og MS Excel',
  'Kan MS-Office',
  'Snakker russisk og engelsk',
  'Rusk og rask',
  'Studerte på Blindern',
  'Studerte psykologi ett år',
  'Erfaring med rehabilitering av bad',
  'Litiumbatterier på lageret',
  'Jobbet på sykehjem og sykehus som renholder',
  'Utdannet helsefagarbeider og sykepleier',
  'Har jobbet med legemiddelhåndtering',
  'Kjenner til allergener i mat',
  'Jobbet som medisinsk sekretær',
  'Vinner av NM i kokkekunst 2024',
  'Kokk, servitør og oppvask',
  'Stabil og nøyaktig lagermedarbeider med truckførerbevis.',
  'Erfaren butikkmedarbeider som trives med kunder',
  'Ønsker jobb i Oslo eller Bærum',
  'Kan jobbe i Bergen, Stavanger og Trondheim',
  'Har bodd i Norge i 10 år',
  'Snakker norsk på nivå B2',
  'Norskprøve B1 muntlig',
  'Kan starte om 2 uker',
  'Sertifikat for 50 kg løft',
  'Vil jobbe 4 dager i uka, 7,5 timer per dag',
  'Har jobbet 1 år i Tyskland',
  'Se nav.no for mer om ordningen',
  'Les mer på arbeidsplassen.no',
  'Jobbet for Oslo kommune',
  'Bygget 3 hytter på Hamar',
  'Liker fotball og friluftsliv',
  'Ingen spesielle behov',
  'Trenger rolig arbeidsmiljø',
  'Har Node.js og ASP.NET fra kurs',
  'Kan Excel, Word og Teams',
  'Vil jobbe med mennesker',
  'Fikk 5 av 6 på eksamen',
  'Kjører 1 time til jobb',
  'Tok fagbrev 2015',
  'Omsorgsfull, pliktoppfyllende og punktlig',
  'Engasjert i idrettslaget, trener 10 barn',
  'Mellom jobber siden 2023',
  'Har vært hjemmeværende med barn i 5 år',
  'Kan lese tegninger og bruke laser',
  'Erfaring fra restaurant, kafé og kantine',
  'Har jobbet på Rema 1000 og Kiwi',
  'Jobbet i Fjordkjøkken-kjeden',
  'Kan ta oppdrag i hele Viken',
  'Liker å lage mat fra bunnen',
  'Har hjulpet til i kantina 3 dager i uka',
  'Ønsker deltid, 60 %',
  'Tilgjengelig uke 12',
  'Liker struktur og faste rutiner',
  'Godkjent HMS-kort',
  'Har sertifikat for hjullaster M2 og M4',
  'Kunde nr. 1 i service',
  'Bestått truckførerkurs i 2021',
  'Snakker arabisk, somali og tigrinja',
  'Har fullført Vg2 restaurant- og matfag',
  'Jobbet 7 sesonger på hotell',
  'Vaktmester i 8 år',
  'Se på meg som en lagspiller',
  'Leverte 100 % oppmøte hele året',
]

describe('the free-text privacy filter: evasions are found', () => {
  it.each(MUST_FIND)('%s', (text, kinds) => {
    expect(findPersonalData(text, person).map((f) => f.kind)).toEqual(kinds)
  })
})

describe('the free-text privacy filter: innocent texts pass (zero false positives)', () => {
  it.each(INNOCENT)('%s', (text) => {
    expect(findPersonalData(text, person)).toEqual([])
  })

  it('has a large enough table', () => {
    expect(MUST_FIND.length + INNOCENT.length).toBeGreaterThanOrEqual(150)
    expect(INNOCENT.length).toBeGreaterThanOrEqual(75)
  })
})

describe('the finding quotes the text as written and says where', () => {
  it('quotes the original characters, zero-width and full-width included', () => {
    expect(findPersonalData(`Ring 977${zw}12${zw}549 nå`, person)).toEqual([{ kind: 'PHONE', match: `977${zw}12${zw}549` }])
    expect(findPersonalData('Id ２６０１８５１０５４４.', person)).toEqual([{ kind: 'FNR', match: '２６０１８５１０５４４' }])
  })

  it('names the field and what to do in bokmål', () => {
    const [f] = checkFreeText([{ field: 'summary', label: 'Om personen', text: 'Id 26 01 85 10544' }], person)
    expect(f).toMatchObject({ field: 'summary', kind: 'FNR' })
    expect(f.message).toBe('«Om personen» inneholder et fødselsnummer eller d-nummer: «26 01 85 10544». Fjern det før profilen publiseres.')
    const [like] = checkFreeText([{ field: 'summary', label: 'Om personen', text: '14039112345' }], person, {
      advice: 'Fjern det før du lagrer.',
    })
    expect(like.message).toBe('«Om personen» inneholder et tall som ligner på et fødselsnummer: «14039112345». Fjern det før du lagrer.')
  })

  it('accepts just the names, as before', () => {
    expect(
      checkFreeText([{ field: 'headline', label: 'Overskrift', text: 'Ola søker jobb' }], ['Ola', 'Nordmann']).map((f) => f.kind),
    ).toEqual(['NAME'])
  })
})
