import type Database from 'better-sqlite3'
import { getDb } from '@db/client.server'

const statements = new WeakMap<Database.Database, Map<string, Database.Statement>>()

/** A prepared statement on the process-wide connection, cached per connection. */
export function prepared(sqlText: string): Database.Statement {
  const client = getDb().$client
  let cache = statements.get(client)
  if (!cache) statements.set(client, (cache = new Map()))
  let stmt = cache.get(sqlText)
  if (!stmt) cache.set(sqlText, (stmt = client.prepare(sqlText)))
  return stmt
}
