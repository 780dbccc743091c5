import { INACTIVE_IPS_STEPS, type IpsStep } from '~/domain/codes'

/** The IPS norm: about 20 active people per jobbspesialist. */
export const CASELOAD_NORM = 20

export function isActiveStep(step: IpsStep): boolean {
  return !INACTIVE_IPS_STEPS.includes(step)
}

/** True when registering one more active person takes the caseload over the norm. */
export function exceedsNormAfterAdding(activeCount: number): boolean {
  return activeCount + 1 > CASELOAD_NORM
}
