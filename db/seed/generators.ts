import { organisations, partnerMemberships, kommuner, SECTORS, NACE_SECTIONS, type PARTNER_CODES } from '../schema'
import { orgnrCheckDigit } from '~/domain/validation/orgnr'
import type { Random } from './random'
import type { SeedContext } from './demo.server'

export const PARTNER_NAMES: Record<(typeof PARTNER_CODES)[number], string> = {
  NHO: 'NHO – Næringslivets Hovedorganisasjon',
  VIRKE: 'Virke',
  KS: 'KS – Kommunesektorens organisasjon',
  SPEKTER: 'Spekter',
  LO: 'LO – Landsorganisasjonen i Norge',
  YS: 'YS – Yrkesorganisasjonenes Sentralforbund',
  UNIO: 'Unio',
  AKADEMIKERNE: 'Akademikerne',
}

/** Demo NAV units, each placed in a real kommune. */
export const NAV_UNITS = [
  { name: 'NAV Grünerløkka', kommunenummer: '0301' },
  { name: 'NAV Trondheim', kommunenummer: '5001' },
  { name: 'NAV Bergen', kommunenummer: '4601' },
  { name: 'NAV Tromsø', kommunenummer: '5501' },
]

const NAME_PREFIXES = [
  'Fjord',
  'Nordlys',
  'Vestkyst',
  'Solberg',
  'Bakke',
  'Lien',
  'Haugen',
  'Strand',
  'Berg',
  'Dal',
  'Viken',
  'Furu',
  'Bjørk',
  'Elve',
  'Sjø',
  'Fjell',
  'Skog',
  'Eng',
  'Nes',
  'Havbris',
  'Midtby',
  'Torget',
  'Brygge',
  'Kvern',
]
const NAME_KINDS: Array<{ suffix: string; nace: (typeof NACE_SECTIONS)[number] }> = [
  { suffix: 'Bygg AS', nace: 'F' },
  { suffix: 'Restaurant AS', nace: 'I' },
  { suffix: 'Hotell AS', nace: 'I' },
  { suffix: 'Renhold AS', nace: 'N' },
  { suffix: 'Transport AS', nace: 'H' },
  { suffix: 'Dagligvare AS', nace: 'G' },
  { suffix: 'Elektro AS', nace: 'F' },
  { suffix: 'Mekaniske Verksted AS', nace: 'C' },
  { suffix: 'Bakeri AS', nace: 'C' },
  { suffix: 'IT AS', nace: 'J' },
  { suffix: 'Regnskap AS', nace: 'M' },
  { suffix: 'Omsorg AS', nace: 'Q' },
  { suffix: 'Lager og Logistikk AS', nace: 'H' },
  { suffix: 'Gartneri AS', nace: 'A' },
  { suffix: 'Eiendom AS', nace: 'L' },
]

export function generateOrgnr(random: Random, used: Set<string>): string {
  while (true) {
    const first8 = `${random.pick(['8', '9'])}${String(random.int(0, 9_999_999)).padStart(7, '0')}`
    const check = orgnrCheckDigit(first8)
    if (check === null) continue
    const orgnr = `${first8}${check}`
    if (!used.has(orgnr)) {
      used.add(orgnr)
      return orgnr
    }
  }
}

/** Employers in real kommuner with valid orgnr; mostly private, some public. Inserted in one transaction. */
export function generateEmployers(ctx: SeedContext, count: number): void {
  const { db, random } = ctx
  const kommuneRows = db.select({ nr: kommuner.kommunenummer, name: kommuner.name }).from(kommuner).all()
  // Weight towards the big cities so demo data looks like real recruitment volume.
  const big = kommuneRows.filter((k) => ['0301', '4601', '5001', '1103', '5501', '3203', '4204'].includes(k.nr))
  const usedOrgnr = new Set<string>()
  const partnerCodesPrivate = ['NHO', 'VIRKE'] as const
  db.transaction((tx) => {
    for (let i = 0; i < count; i++) {
      const kommune = random.chance(0.5) && big.length ? random.pick(big) : random.pick(kommuneRows)
      const roll = random.next()
      const sector: (typeof SECTORS)[number] = roll < 0.78 ? 'PRIVAT' : roll < 0.9 ? 'KOMMUNAL' : roll < 0.94 ? 'FYLKESKOMMUNAL' : 'STATLIG'
      let name: string
      let nace: (typeof NACE_SECTIONS)[number]
      if (sector === 'PRIVAT') {
        const kind = random.pick(NAME_KINDS)
        name = `${random.pick(NAME_PREFIXES)} ${kind.suffix}`
        nace = kind.nace
      } else if (sector === 'KOMMUNAL') {
        name = `${kommune.name} kommune, ${random.pick(['helse og omsorg', 'teknisk drift', 'oppvekst', 'renovasjon'])}`
        nace = random.pick(['Q', 'O', 'P', 'E'] as const)
      } else if (sector === 'FYLKESKOMMUNAL') {
        name = `Fylkeskommunal tannhelsetjeneste ${kommune.name}`
        nace = 'Q'
      } else {
        name = `Statlig etat ${random.pick(['Nord', 'Sør', 'Øst', 'Vest', 'Midt'])} ${i}`
        nace = 'O'
      }
      if (i === 0) {
        name = 'Fjordkokken Restaurant AS'
        nace = 'I'
      }
      const row = tx
        .insert(organisations)
        .values({
          kind: 'EMPLOYER',
          name: `${name}${i > 0 && sector === 'PRIVAT' ? ` ${kommune.name.split(' - ')[0]}` : ''}`,
          orgnr: generateOrgnr(random, usedOrgnr),
          kommunenummer: i === 0 ? '0301' : kommune.nr,
          sector: i === 0 ? 'PRIVAT' : sector,
          naceSection: nace,
        })
        .returning({ id: organisations.id })
        .get()
      ctx.employerIds.push(row.id)
      if (sector === 'PRIVAT' && random.chance(0.6)) {
        tx.insert(partnerMemberships)
          .values({ employerId: row.id, partnerId: ctx.partnerIds.get(random.pick(partnerCodesPrivate))! })
          .onConflictDoNothing()
          .run()
      } else if (sector === 'KOMMUNAL' || sector === 'FYLKESKOMMUNAL') {
        tx.insert(partnerMemberships)
          .values({ employerId: row.id, partnerId: ctx.partnerIds.get('KS')! })
          .onConflictDoNothing()
          .run()
      }
    }
  })
}
