import { Tag, type TagProps } from '@navikt/ds-react'
import type { ContactRequestStatus } from '~/domain/codes'
import { employerStatusLabel, jobbspesialistStatusLabel } from '~/domain/contact-requests'

const VARIANT: Record<ContactRequestStatus, TagProps['variant']> = {
  SENDT: 'info',
  SPURT_KANDIDAT: 'warning',
  GODKJENT: 'success',
  AVSLATT: 'neutral',
  UTLOPT: 'neutral',
  TRUKKET: 'neutral',
}

/** A contact request's status as an Aksel Tag; the words carry the meaning, the colour only repeats it. */
export function ContactStatusTag({
  status,
  sharingActive = true,
  audience = 'employer',
  testId,
}: {
  status: ContactRequestStatus
  sharingActive?: boolean
  audience?: 'employer' | 'jobbspesialist'
  testId?: string
}) {
  const expired = status === 'GODKJENT' && !sharingActive
  const label = expired ? 'Delingen er utløpt' : audience === 'employer' ? employerStatusLabel(status) : jobbspesialistStatusLabel(status)
  return (
    <Tag size="small" variant={expired ? 'neutral' : VARIANT[status]} data-testid={testId}>
      {label}
    </Tag>
  )
}
