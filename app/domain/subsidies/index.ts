/** Subsidy calculator – pure domain core (no I/O). */
export * from './types'
export * from './dates'
export * from './money'
export * from './rates'
export * from './labels'
export * from './schema'
export * from './periods'
export * from './summary'
export * from './calculate'
export { validateCommon, DEFAULT_HOLIDAY_PAY_RATE, DEFAULT_PENSION_RATE, MIN_AGE, MAX_AGE } from './strategies/common'
export { calculateMidlertidig, midlertidigTerms } from './strategies/midlertidig'
export {
  calculateVarig,
  applyYearlyCap,
  VARIG_GROUPS,
  VARIG_MAX_PERCENT,
  VARIG_MAX_PERCENT_AFTER_FIRST_YEAR,
} from './strategies/varig'
export { calculateSommerjobb, sommerjobbPercent } from './strategies/sommerjobb'
export { calculateMentor, mentorMaxMonths, MENTOR_WARN_HOURS } from './strategies/mentor'
export { calculateInkluderingstilskudd, INKLUDERINGSTILSKUDD_MAX_MONTHS } from './strategies/inkluderingstilskudd'
export * from './form'
