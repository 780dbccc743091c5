/**
 * Entry point of the subsidy calculator: validate the request's shape, apply
 * the rules every scheme shares, then hand over to the scheme's strategy.
 * Pure: rates and the kommune → zone lookup come in through the context.
 */
import { parseSubsidyRequest } from './schema'
import { validateCommon } from './strategies/common'
import { calculateFirearig } from './strategies/firearig'
import { calculateInkluderingstilskudd } from './strategies/inkluderingstilskudd'
import { calculateMentor } from './strategies/mentor'
import { calculateMidlertidig } from './strategies/midlertidig'
import { calculateSommerjobb } from './strategies/sommerjobb'
import { calculateVarig } from './strategies/varig'
import { calculateVtao } from './strategies/vtao'
import type { CalculationContext, CalculationOutcome, Scheme, SubsidyRequest } from './types'

export type SchemeStrategy = (req: SubsidyRequest, ctx: CalculationContext) => CalculationOutcome

function assertNever(value: never): never {
  throw new Error(`Unknown scheme: ${String(value)}`)
}

/** The strategy for a scheme. Adding a scheme without a case here fails to compile. */
export function strategyFor(scheme: Scheme): SchemeStrategy {
  switch (scheme) {
    case 'MIDLERTIDIG_LONNSTILSKUDD':
      return calculateMidlertidig
    case 'VARIG_LONNSTILSKUDD':
      return calculateVarig
    case 'SOMMERJOBB':
      return calculateSommerjobb
    case 'MENTOR':
      return calculateMentor
    case 'INKLUDERINGSTILSKUDD':
      return calculateInkluderingstilskudd
    case 'FIREARIG_LONNSTILSKUDD':
      return calculateFirearig
    case 'VTAO':
      return calculateVtao
    default:
      return assertNever(scheme)
  }
}

/** Calculates a request that has already passed the shape validation. */
export function calculateValidated(req: SubsidyRequest, ctx: CalculationContext): CalculationOutcome {
  const common = validateCommon(req)
  const outcome = strategyFor(req.scheme)(req, ctx)
  if (common.length === 0) return outcome
  const errors = [...common]
  if (!outcome.ok) {
    for (const e of outcome.errors) {
      if (!errors.some((x) => x.field === e.field && x.message === e.message)) errors.push(e)
    }
  }
  return { ok: false, errors }
}

/**
 * Validates and calculates any input (e.g. a parsed JSON body or form
 * values). Never throws for bad input: every problem comes back as a field
 * error with a bokmål message.
 */
export function calculateSubsidy(raw: unknown, ctx: CalculationContext): CalculationOutcome {
  const parsed = parseSubsidyRequest(raw, ctx.dateFormat)
  if (!parsed.ok) return parsed
  return calculateValidated(parsed.data, ctx)
}
