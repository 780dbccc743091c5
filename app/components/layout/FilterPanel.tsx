import { useEffect, useRef, type ReactNode } from 'react'

/** Wider than this, the filters are open beside the results; narrower (phones), they start closed so results come first. */
const WIDE = '(min-width: 48em)'

/**
 * Search filters in a native <details> (works without JavaScript): closed on a
 * phone so the results come first, opened on wider screens once the page runs.
 * The summary says how many filters are in use, so a closed panel hides nothing.
 */
export function FilterPanel({ activeCount, children }: { activeCount: number; children: ReactNode }) {
  const ref = useRef<HTMLDetailsElement>(null)
  useEffect(() => {
    if (ref.current && window.matchMedia(WIDE).matches) ref.current.open = true
  }, [])
  return (
    <details ref={ref} className="filter-panel">
      <summary>
        <span className="filter-panel__heading">Filtre</span>
        {activeCount > 0 ? <span className="filter-panel__count"> ({activeCount} i bruk)</span> : null}
      </summary>
      <div className="filter-panel__body">{children}</div>
    </details>
  )
}
