/**
 * A light Norwegian stemmer: the Snowball Norwegian algorithm (suffix
 * stripping in region R1) with one addition — the agent-noun endings
 * -ere/-eren/-erne/-erer/-ers are stripped whole, so «sykepleiere»,
 * «sykepleieren» and «sykepleier» all reduce to «sykeplei» and find each other.
 * Input must already be folded (see fold.ts).
 */
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y', 'æ', 'å', 'ø'])

const STEP1 = [
  'hetenes',
  'hetene',
  'hetens',
  'heten',
  'heter',
  'endes',
  'edes',
  'enes',
  'ende',
  'ande',
  'ene',
  'ane',
  'ede',
  'ens',
  'ers',
  'ets',
  'het',
  'ast',
  'erne',
  'eren',
  'erer',
  'ere',
  'es',
  'as',
  'ar',
  'er',
  'en',
  'et',
  'a',
  'e',
].sort((a, b) => b.length - a.length)
const STEP3 = ['hetslov', 'eleg', 'elig', 'elov', 'slov', 'leg', 'eig', 'lig', 'els', 'lov', 'ig'].sort((a, b) => b.length - a.length)
const S_ENDING = new Set([...'bcdfghjlmnoprtvyz'])

function r1Start(word: string): number {
  for (let i = 1; i < word.length; i++) {
    if (!VOWELS.has(word[i]) && VOWELS.has(word[i - 1])) return Math.max(3, i + 1)
  }
  return word.length
}

export function stem(word: string): string {
  if (word.length < 4 || /\d/.test(word)) return word
  const r1 = r1Start(word)
  let w = word
  // Step 1
  let done = false
  for (const suffix of STEP1) {
    if (w.endsWith(suffix) && w.length - suffix.length >= r1) {
      w = w.slice(0, -suffix.length)
      done = true
      break
    }
  }
  if (!done) {
    if ((w.endsWith('erte') || w.endsWith('ert')) && w.length - (w.endsWith('erte') ? 4 : 3) >= r1) {
      w = w.replace(/erte?$/, 'er')
    } else if (w.endsWith('s') && w.length - 1 >= r1) {
      const before = w[w.length - 2]
      if (S_ENDING.has(before) || (before === 'k' && !VOWELS.has(w[w.length - 3] ?? ''))) w = w.slice(0, -1)
    }
  }
  // Step 2
  if ((w.endsWith('dt') || w.endsWith('vt')) && w.length - 2 >= r1) w = w.slice(0, -1)
  // Step 3
  for (const suffix of STEP3) {
    if (w.endsWith(suffix) && w.length - suffix.length >= r1) {
      w = w.slice(0, -suffix.length)
      break
    }
  }
  return w
}

/** Norwegian stop words (folded) — ignored in queries and by Meilisearch. */
export const STOP_WORDS_NB = [
  'og',
  'i',
  'jeg',
  'det',
  'at',
  'en',
  'et',
  'den',
  'til',
  'er',
  'som',
  'på',
  'de',
  'med',
  'han',
  'av',
  'ikke',
  'der',
  'så',
  'var',
  'meg',
  'seg',
  'men',
  'ett',
  'har',
  'om',
  'vi',
  'min',
  'mitt',
  'ha',
  'hadde',
  'hun',
  'nå',
  'over',
  'da',
  'ved',
  'fra',
  'du',
  'ut',
  'sin',
  'dem',
  'oss',
  'opp',
  'man',
  'kan',
  'hans',
  'hvor',
  'eller',
  'hva',
  'skal',
  'selv',
  'sjøl',
  'her',
  'alle',
  'vil',
  'bli',
  'ble',
  'blitt',
  'kunne',
  'inn',
  'når',
  'være',
  'kom',
  'noen',
  'noe',
  'ville',
  'dere',
  'deres',
  'kun',
  'ja',
  'etter',
  'ned',
  'skulle',
  'denne',
  'for',
  'deg',
  'si',
  'sine',
  'sitt',
  'mot',
  'å',
  'meget',
  'hvorfor',
  'dette',
  'disse',
  'uten',
  'hvordan',
  'ingen',
  'din',
  'ditt',
  'blir',
  'samme',
  'hvilken',
  'hvilke',
  'sånn',
  'inni',
  'mellom',
  'vår',
  'hver',
  'hvem',
  'vors',
  'hvis',
  'både',
  'bare',
  'enn',
  'fordi',
  'før',
  'mange',
  'også',
  'slik',
  'vært',
  'båe',
  'begge',
  'siden',
]
