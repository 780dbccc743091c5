import { ADAPTATION_GROUP_CODES, ADAPTATION_GROUPS, adaptationLabel, isCode } from '~/domain/codes'

/**
 * The person's disclosure plan (IPS: «hva skal arbeidsgiveren vite?»): which
 * of the adaptation needs the jobbspesialist registered may be shown to
 * employers. `profiles.adaptation_needs` holds what employers see;
 * `profiles.withheld_adaptation_needs` holds what the person keeps back. Pure.
 */
const sortedUnique = (values: readonly string[]) => [...new Set(values)].sort()

/** Every need registered for the person (shown and withheld). */
export function allAdaptationNeeds(shown: readonly string[], withheld: readonly string[]): string[] {
  return sortedUnique([...shown, ...withheld])
}

/** Splits all needs into shown and withheld; withheld codes no longer registered are dropped. */
export function splitDisclosure(all: readonly string[], withheldChoice: readonly string[]): { shown: string[]; withheld: string[] } {
  const registered = new Set(all)
  const withheld = sortedUnique(withheldChoice.filter((code) => registered.has(code)))
  return { shown: sortedUnique(all.filter((code) => !withheld.includes(code))), withheld }
}

/** A need as the person reads it: «Arbeidstid: fleksibel arbeidstid», or the group alone. */
export function adaptationNeedLabel(code: string): string {
  const [group, detail] = code.split('__')
  const groupLabel = isCode(ADAPTATION_GROUP_CODES, group) ? ADAPTATION_GROUPS[group].label : group
  return detail ? `${groupLabel}: ${adaptationLabel(code)}` : `${groupLabel} (uten nærmere beskrivelse)`
}
