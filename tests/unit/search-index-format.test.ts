import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { EmbeddedSearch, INDEX_FORMAT } from '@search/embedded/adapter'
import { profileDoc } from '../contract/fixtures'

const tables = (db: Database.Database) =>
  db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'search_%'`).pluck().all() as string[]
const columns = (db: Database.Database, table: string) =>
  (db.prepare(`PRAGMA table_info(${table})`).all() as Array<{ name: string }>).map((c) => c.name)

/** An index left by the previous layout (format 6): a facet-term table and the JSON next to the filter columns. */
function formatSixIndex(): Database.Database {
  const db = new Database(':memory:')
  db.exec(`CREATE TABLE search_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    INSERT INTO search_meta VALUES ('format', '6');
    CREATE TABLE search_profile_docs (profile_id INTEGER PRIMARY KEY, fylke TEXT NOT NULL, cap_min INTEGER NOT NULL,
      cap_max INTEGER NOT NULL, published_at TEXT, doc TEXT NOT NULL);
    INSERT INTO search_profile_docs VALUES (1, '03', 50, 100, NULL, '{}');
    CREATE TABLE search_profile_terms (field TEXT NOT NULL, value TEXT NOT NULL, profile_id INTEGER NOT NULL,
      PRIMARY KEY (field, value, profile_id)) WITHOUT ROWID;
    INSERT INTO search_profile_terms VALUES ('fylke', '03', 1);`)
  return db
}

describe('the embedded index on a database made by an older version', () => {
  it('drops an index of an older format and starts empty in the current one (the start-up then rebuilds it)', async () => {
    const db = formatSixIndex()
    const engine = new EmbeddedSearch(db)
    expect(tables(db)).not.toContain('search_profile_terms')
    expect(columns(db, 'search_profile_docs')).toEqual(['profile_id', 'doc'])
    expect(db.prepare(`SELECT value FROM search_meta WHERE key = 'format'`).pluck().get()).toBe(INDEX_FORMAT)
    expect(engine.indexedCounts().profiles).toBe(0)
    await engine.indexProfiles([profileDoc(2, { headline: 'Blid servitør', desiredStyrkCodes: ['5131'] })])
    expect((await engine.searchProfiles({ text: 'servitør' })).ids).toEqual([2])
  })

  it('keeps an index of the current format', async () => {
    const db = new Database(':memory:')
    await new EmbeddedSearch(db).indexProfiles([profileDoc(3, { headline: 'Kokk', desiredStyrkCodes: ['5120'] })])
    const reopened = new EmbeddedSearch(db)
    expect(reopened.indexedCounts().profiles).toBe(1)
    expect((await reopened.searchProfiles({ text: 'kokk' })).ids).toEqual([3])
  })
})
