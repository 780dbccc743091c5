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
export {
  validateCommon,
  notYetAtStart,
  notTurnedByEnd,
  birthdayOf,
  DEFAULT_HOLIDAY_PAY_RATE,
  DEFAULT_PENSION_RATE,
  MIN_AGE,
  MAX_AGE,
} from './strategies/common'
export { capAtFiveG, CAP_IN_G } from './strategies/five-g'
export { calculateMidlertidig, midlertidigTerms } from './strategies/midlertidig'
export { calculateVarig, applyYearlyCap, VARIG_GROUPS, VARIG_MAX_PERCENT, VARIG_MAX_PERCENT_AFTER_FIRST_YEAR } from './strategies/varig'
export { calculateSommerjobb, sommerjobbPercent } from './strategies/sommerjobb'
export { calculateMentor, mentorMaxMonths, mentorPay } from './strategies/mentor'
export {
  calculateInkluderingstilskudd,
  inkluderingstilskuddLatestEnd,
  spreadOverYears,
  INKLUDERINGSTILSKUDD_MAX_MONTHS,
} from './strategies/inkluderingstilskudd'
export {
  calculateFirearig,
  firearigMaxMonths,
  firearigSteps,
  FIREARIG_AGE_LIMIT,
  FIREARIG_EARLIEST_START,
  FIREARIG_LATEST_END,
  FIREARIG_PERCENTS,
} from './strategies/firearig'
export { calculateVtao, VTAO_AGE_LIMIT } from './strategies/vtao'
export { SOMMERJOBB_AGE_LIMIT } from './strategies/sommerjobb'
export * from './form'
export * from './compare'
