import type { SerializeFrom } from '@remix-run/node'
import type { loader } from '~/routes/jobbspesialist.avtaler.$id'

/** The agreement as the jobbspesialist's page has it (loader data). */
export type AgreementView = SerializeFrom<typeof loader>['agreement']
