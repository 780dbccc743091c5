import type { ReactNode } from 'react'

/**
 * A wide table that scrolls inside its own box on a phone instead of widening
 * the page. Focusable and labelled so keyboard users can scroll it too (WCAG).
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  )
}
