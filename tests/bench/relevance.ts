/**
 * NDCG@10 of the judged relevance set (tests/relevance/set.ts) through the
 * embedded engine: its section of docs/performance.md (between markers) and
 * bench/relevance-results.json. Part of `npm run bench`; alone:
 * `npx tsx tests/bench/relevance.ts` (a few seconds, its own small database).
 */
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { createDb } from '@db/client.server'
import { kommuneGeo, kommunePlaceNames } from '@db/geo.server'
import { relatedOccupations } from '@db/reference.server'
import { migrateDatabase } from '@db/migrate.server'
import type { MatchContext } from '~/domain/matching'
import { EmbeddedSearch } from '@search/embedded/adapter'
import { nowIso } from '~/utils/clock.server'
import { loadRelevanceSet, ndcgAt, QUERIES, runQuery, TITLES } from '../relevance/set'

const START = '<!-- relevance-bench:start -->'
const END = '<!-- relevance-bench:end -->'
const KIND_LABEL = { candidates: 'Stilling → kandidater', vacancies: 'Person → stillinger', text: 'Fritekstsøk (arbeidsgiver)' } as const

export async function runRelevanceBench(file = path.resolve('tests/.tmp/relevance.db')): Promise<RelevanceResult> {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  for (const s of ['', '-wal', '-shm']) fs.rmSync(file + s, { force: true })
  const db = createDb(file)
  migrateDatabase(db)
  const engine = new EmbeddedSearch(db.$client)
  await loadRelevanceSet(engine)
  const ctx: MatchContext = { today: '2026-11-22', styrkTitle: (c) => TITLES[c], relatedOccupations: relatedOccupations(), geo: kommuneGeo(), places: kommunePlaceNames() }
  const rows: Array<{ kind: keyof typeof KIND_LABEL; label: string; ndcg10: number }> = []
  for (const q of QUERIES) rows.push({ kind: q.kind, label: q.label, ndcg10: Math.round(ndcgAt(10, await runQuery(engine, q, ctx), q.judged) * 1000) / 1000 })
  db.$client.close()
  const mean = (xs: number[]) => Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 1000) / 1000
  const byKind = (Object.keys(KIND_LABEL) as Array<keyof typeof KIND_LABEL>).map((kind) => {
    const of = rows.filter((r) => r.kind === kind)
    return { kind, queries: of.length, mean: mean(of.map((r) => r.ndcg10)), min: Math.min(...of.map((r) => r.ndcg10)) }
  })
  const result: RelevanceResult = { at: nowIso(), queries: rows.length, mean: mean(rows.map((r) => r.ndcg10)), byKind, rows }
  fs.mkdirSync('bench', { recursive: true })
  fs.writeFileSync('bench/relevance-results.json', JSON.stringify(result, null, 2) + '\n')
  writeSection(result)
  return result
}

type RelevanceResult = {
  at: string
  queries: number
  mean: number
  byKind: Array<{ kind: keyof typeof KIND_LABEL; queries: number; mean: number; min: number }>
  rows: Array<{ kind: keyof typeof KIND_LABEL; label: string; ndcg10: number }>
}

function writeSection(r: RelevanceResult) {
  const docFile = path.resolve('docs/performance.md')
  const section = `${START}
## Relevance (issue 11)

NDCG@10 of the judged relevance set (\`tests/relevance/set.ts\`: ${r.queries} queries with graded judgments written from the domain
rules; gains 2^grade − 1) through the embedded engine, generated on ${r.at.slice(0, 10)} by \`npx tsx tests/bench/relevance.ts\`
(also part of \`npm run bench\`). \`tests/contract/relevance.test.ts\` asserts what must hold (nothing judged 0 is listed, the best
first, NDCG@10 ≥ 0.8 per query and ≥ 0.95 on average).

| Kind | Queries | Mean NDCG@10 | Lowest |
|---|---:|---:|---:|
${r.byKind.map((k) => `| ${KIND_LABEL[k.kind]} | ${k.queries} | ${k.mean.toFixed(3)} | ${k.min.toFixed(3)} |`).join('\n')}
| **All** | ${r.queries} | **${r.mean.toFixed(3)}** | |

Below 1: ${r.rows.filter((x) => x.ndcg10 < 1).map((x) => `«${x.label}» (${KIND_LABEL[x.kind].toLowerCase()}) ${x.ndcg10.toFixed(3)}`).join(', ') || 'none'}.
${END}`
  const md = fs.existsSync(docFile) ? fs.readFileSync(docFile, 'utf8') : ''
  const next = md.includes(START) ? md.replace(new RegExp(`${START}[\\s\\S]*?${END}`), section) : `${md.trimEnd()}\n\n${section}\n`
  fs.writeFileSync(docFile, next)
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  runRelevanceBench().then((r) => console.log(`relevance: ${r.queries} queries, mean NDCG@10 ${r.mean}`))
}
