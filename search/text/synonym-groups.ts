export type SynonymGroup = { styrk: string[]; terms: string[] }

/**
 * Occupation synonyms (bokmål), curated by hand. Each group lists words that
 * mean the same occupation in a search, and the STYRK-08 codes the group
 * belongs to. Only well-known, everyday terms. Words are written in normal
 * spelling; the search folds and stems them.
 *
 * A module rather than a data file read from disk, so the matching rules
 * (skill synonyms) can use it wherever they run: server, tests, and the
 * browser's score explanation.
 */

export const SYNONYM_GROUPS: SynonymGroup[] = [
  { styrk: ['5120'], terms: ['kokk', 'kokker', 'kjøkkensjef', 'souschef', 'kantinekokk', 'institusjonskokk'] },
  { styrk: ['9412'], terms: ['kjøkkenassistent', 'kjøkkenhjelp', 'oppvasker', 'kjøkkenmedarbeider'] },
  { styrk: ['7512'], terms: ['baker', 'konditor', 'bakerlærling'] },
  { styrk: ['5131'], terms: ['servitør', 'kelner', 'serveringsmedarbeider'] },
  { styrk: ['9112', '9111'], terms: ['renholder', 'renholdsarbeider', 'vaskehjelp', 'rengjører', 'renholdsoperatør'] },
  { styrk: ['8322', '8332'], terms: ['sjåfør', 'yrkessjåfør', 'varebilsjåfør', 'lastebilsjåfør', 'budbilsjåfør', 'trailersjåfør'] },
  { styrk: ['8331'], terms: ['bussjåfør', 'busssjåfør', 'bussfører', 'trikkefører'] },
  { styrk: ['8344'], terms: ['truckfører', 'gaffeltruckfører'] },
  { styrk: ['9333', '4321'], terms: ['lagerarbeider', 'lagermedarbeider', 'lagerassistent', 'plukker'] },
  { styrk: ['5223'], terms: ['butikkmedarbeider', 'butikkansatt', 'selger', 'ekspeditør', 'kassemedarbeider', 'kasserer'] },
  { styrk: ['9334'], terms: ['varepåfyller', 'varefyller'] },
  {
    styrk: ['5322', '5321'],
    terms: ['helsefagarbeider', 'hjelpepleier', 'omsorgsarbeider', 'pleieassistent', 'assistent i hjemmetjenesten'],
  },
  { styrk: ['2223'], terms: ['sykepleier', 'offentlig godkjent sykepleier'] },
  { styrk: ['5311'], terms: ['barnehageassistent', 'fagarbeider i barnehage', 'assistent i barnehage'] },
  { styrk: ['5153'], terms: ['vaktmester', 'driftsoperatør', 'bygningsdriftere'] },
  { styrk: ['6113', '9214'], terms: ['gartner', 'anleggsgartner', 'gartnerassistent'] },
  { styrk: ['7115'], terms: ['tømrer', 'snekker', 'byggtømrer'] },
  { styrk: ['7411'], terms: ['elektriker', 'elektromontør', 'installatør'] },
  { styrk: ['7231'], terms: ['bilmekaniker', 'mekaniker', 'kjøretøyreparatør'] },
  { styrk: ['9313', '9312'], terms: ['hjelpearbeider', 'bygningsarbeider', 'anleggsarbeider'] },
  { styrk: ['4110'], terms: ['kontormedarbeider', 'kontorassistent', 'sekretær'] },
  { styrk: ['4222', '4225'], terms: ['kundebehandler', 'kundeservicemedarbeider', 'kundesenteragent', 'kundeveileder'] },
  { styrk: ['2512', '2511'], terms: ['utvikler', 'programmerer', 'systemutvikler', 'applikasjonsutvikler'] },
  { styrk: ['5414'], terms: ['vekter', 'sikkerhetsvakt', 'security'] },
  { styrk: ['9621'], terms: ['bud', 'budbringer', 'avisbud'] },
  { styrk: ['5141'], terms: ['frisør', 'hårfrisør'] },
]
