import { useEffect, useRef, type ReactNode } from 'react'

/** Narrower than this (phones), the filters close so the results come first. */
const NARROW = '(max-width: 47.99em)'

/**
 * Search filters in a native <details> (works without JavaScript): open beside
 * the results on wide screens, closed on a phone once the page runs so the
 * results come first.
 * The summary says how many filters are in use, so a closed panel hides nothing.
 */
export function FilterPanel({ activeCount, children }: { activeCount: number; children: ReactNode }) {
  const ref = useRef<HTMLDetailsElement>(null)
  useEffect(() => {
    if (ref.current && window.matchMedia(NARROW).matches) ref.current.open = false
  }, [])
  return (
    <details ref={ref} className="filter-panel" open>
      <summary>
        <span className="filter-panel__heading">Filtre</span>
        {activeCount > 0 ? <span className="filter-panel__count"> ({activeCount} i bruk)</span> : null}
      </summary>
      <div className="filter-panel__body">{children}</div>
    </details>
  )
}
