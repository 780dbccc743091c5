import crypto from 'node:crypto'
import { describe } from 'vitest'
import { MeilisearchSearch } from '@search/meilisearch/adapter'
import { searchContract } from './search.contract'

/** Runs the same contract against a real Meilisearch server when MEILI_URL is set (fresh indexes per test). */
describe.skipIf(!process.env.MEILI_URL)('meilisearch', () => {
  searchContract('meilisearch', async () => {
    const port = new MeilisearchSearch({
      host: process.env.MEILI_URL!,
      adminKey: process.env.MEILI_MASTER_KEY,
      searchKey: process.env.MEILI_SEARCH_KEY,
      prefix: `test_${crypto.randomBytes(4).toString('hex')}`,
    })
    await port.init()
    return port
  })
})
