import { Tag } from '@navikt/ds-react'
import { formatDate } from '~/utils/format'

/**
 * The next planned follow-up; once its day has passed (by the app clock's
 * `today`) it is marked «Forfalt» in words and colour, so it cannot be missed.
 */
export function FollowUpDate({ date, today, empty = '–' }: { date: string | null; today: string; empty?: string }) {
  if (!date) return <>{empty}</>
  const overdue = date < today
  return (
    <span className={overdue ? 'follow-up follow-up--overdue' : 'follow-up'} data-overdue={overdue || undefined}>
      {formatDate(date)}
      {overdue ? (
        <>
          {' '}
          <Tag size="xsmall" variant="error" data-testid="follow-up-overdue">
            Forfalt
          </Tag>
        </>
      ) : null}
    </span>
  )
}
