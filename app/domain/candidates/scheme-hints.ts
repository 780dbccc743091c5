import type { Innsatsgruppe, SchemeHint } from '~/domain/codes'

/**
 * Which schemes may apply, as employers see them — derived from the (private)
 * innsatsgruppe and age, without revealing either. See domain/subsidy-rules.md.
 */
export function schemeHintsFor(innsatsgruppe: Innsatsgruppe, age: number): SchemeHint[] {
  if (innsatsgruppe === 'GODE_MULIGHETER') return []
  const hints: SchemeHint[] = []
  if (innsatsgruppe === 'TRENGER_VEILEDNING') hints.push('MIDLERTIDIG_LONNSTILSKUDD_40')
  else hints.push('MIDLERTIDIG_LONNSTILSKUDD_60')
  if (innsatsgruppe === 'JOBBE_DELVIS' || innsatsgruppe === 'LITEN_MULIGHET_TIL_A_JOBBE') hints.push('VARIG_LONNSTILSKUDD')
  hints.push('MENTOR', 'INKLUDERINGSTILSKUDD')
  if (age < 30) hints.push('SOMMERJOBB')
  return hints
}
