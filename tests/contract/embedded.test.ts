import { getDb } from '@db/client.server'
import { EmbeddedSearch } from '@search/embedded/adapter'
import { searchContract } from './search.contract'

searchContract('embedded (SQLite FTS5)', async () => new EmbeddedSearch(getDb().$client))
