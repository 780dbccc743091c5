import { FormSummary } from '@navikt/ds-react'
import type { ReactNode } from 'react'

export type Fact = { label: string; value: ReactNode; testId?: string }

/**
 * Label–value facts of a detail page as Aksel's FormSummary (a <dl> with
 * Aksel's spacing and dividers) — the one way detail pages show their facts.
 */
export function FactSummary({
  heading,
  level = '2',
  facts,
  footer,
}: {
  heading: string
  level?: '2' | '3'
  facts: ReadonlyArray<Fact | null | false | undefined>
  footer?: ReactNode
}) {
  return (
    <FormSummary>
      <FormSummary.Header>
        <FormSummary.Heading level={level}>{heading}</FormSummary.Heading>
      </FormSummary.Header>
      <FormSummary.Answers>
        {facts
          .filter((f): f is Fact => Boolean(f))
          .map((f) => (
            <FormSummary.Answer key={f.label}>
              <FormSummary.Label>{f.label}</FormSummary.Label>
              <FormSummary.Value data-testid={f.testId}>{f.value}</FormSummary.Value>
            </FormSummary.Answer>
          ))}
      </FormSummary.Answers>
      {footer ? <FormSummary.Footer>{footer}</FormSummary.Footer> : null}
    </FormSummary>
  )
}
