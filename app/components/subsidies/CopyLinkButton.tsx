import { BodyShort, Button, VStack } from '@navikt/ds-react'
import { useEffect, useState } from 'react'

/**
 * «Kopier lenke»: copies the page's address (which holds every input). Without
 * JavaScript it cannot copy, so it says how to share instead.
 */
export function CopyLinkButton() {
  const [url, setUrl] = useState<string | null>(null)
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle')
  useEffect(() => setUrl(window.location.href), [])
  if (!url) {
    return (
      <BodyShort>
        Kopier adressen i nettleserens adressefelt for å dele resultatet. Adressen inneholder opplysningene du har fylt ut.
      </BodyShort>
    )
  }
  return (
    <VStack gap="space-8">
      <div>
        <Button
          type="button"
          variant="secondary"
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(window.location.href)
              setState('copied')
            } catch {
              setState('failed')
            }
          }}
        >
          Kopier lenke
        </Button>
      </div>
      <BodyShort role="status" aria-live="polite">
        {state === 'copied'
          ? 'Lenken er kopiert. Lim den inn der du vil dele resultatet.'
          : state === 'failed'
            ? `Nettleseren lot oss ikke kopiere. Kopier denne adressen: ${url}`
            : ''}
      </BodyShort>
    </VStack>
  )
}
