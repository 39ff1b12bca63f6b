// Benchmarks of the compile step and the Go cache. Prints ratios measured in this one run
// (never compared with a stored threshold), with the machine they ran on.
//   node bench/run.mjs            (npm run bench)
//   BENCH_QUICK=1 node bench/run.mjs   fewer policies, for a smoke run
// The TypeScript sources are bundled on the fly with esbuild, so the bench measures the
// code in src/ and needs neither dist/ nor a TypeScript loader.
import { build } from 'esbuild'
import { cpus, totalmem, tmpdir } from 'node:os'
import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises'
import { join, dirname } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { STD_EXTRAS, writeLibrary, writePolicy, writeWorkspace } from './synthetic.mjs'

const repo = dirname(dirname(fileURLToPath(import.meta.url)))
const quick = process.env.BENCH_QUICK === '1'

async function loadSources() {
  const outdir = join(repo, 'node_modules', '.cache', 'policy-engine-build-bench')
  await build({
    entryPoints: {
      build: join(repo, 'bench/entry.ts'),
      'cache-server': join(repo, '__tests__/e2e/support/cache-server.ts')
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outdir,
    outExtension: { '.js': '.mjs' },
    logLevel: 'warning'
  })
  const load = name => import(pathToFileURL(join(outdir, `${name}.mjs`)).href)
  return { lib: await load('build'), server: await load('cache-server') }
}

const { lib, server: serverModule } = await loadSources()
const logger = {
  debug() {},
  info() {},
  warning: m => console.error(`warning: ${m}`),
  error: m => console.error(m),
  group: (_n, fn) => fn()
}
const toolchain = await lib.readGoToolchain()
const root = await mkdtemp(join(tmpdir(), 'pe-bench-'))
const rows = []
const mib = bytes => `${(bytes / 1048576).toFixed(1)} MiB`
const secs = ms => `${(ms / 1000).toFixed(1)} s`

function record(name, value, note = '') {
  rows.push({ name, value, note })
  console.error(`  ${name}: ${value}${note ? `  (${note})` : ''}`)
}

/** One `go build` per platform into a fresh out dir; returns wall time in ms and packages compiled. */
async function compileOnce(engine, platforms, cacheDir, { parallelism = 1 } = {}) {
  // parallelism 1 unless asked: the platform comparison below measures what 2 buys
  const started = Date.now()
  const results = await lib.compile({
    workspaceDir: engine,
    outDir: join(root, 'out'),
    platforms: lib.parsePlatforms(platforms),
    version: 'bench',
    commit: 'bench',
    sourceDateEpoch: 0,
    goBuildFlags: ['-x'],
    parallelism,
    env: { ...process.env, GOCACHE: join(cacheDir, 'build'), GOMODCACHE: join(cacheDir, 'mod') },
    logger
  })
  const compiled = results.reduce((n, r) => n + (r.log.match(/\/compile -o /g) ?? []).length, 0)
  return { ms: Date.now() - started, compiled }
}

const fresh = async name => {
  const dir = join(root, 'caches', name)
  await rm(dir, { recursive: true, force: true })
  await mkdir(dir, { recursive: true })
  return dir
}

const counts = quick ? [1, 5, 20] : [1, 20, 200]
const mainCount = quick ? 5 : 20
console.error(
  `policy-engine-build bench: ${cpus().length} cores (${cpus()[0]?.model}), ${mib(totalmem())} RAM, Go ${toolchain.version}, node ${process.version}`
)

// 0. one throwaway build first, so that no measurement pays for reading GOROOT from disk
const ws = await writeWorkspace(join(root, `ws${mainCount}`), mainCount)
await compileOnce(ws, ['linux/amd64'], await fresh('warmup'))

// 1. warm vs cold, one platform
const coldCache = await fresh('cold')
const cold = await compileOnce(ws, ['linux/amd64'], coldCache)
const warm = await compileOnce(ws, ['linux/amd64'], coldCache)
record(
  `cold compile, ${mainCount} policies, linux/amd64`,
  secs(cold.ms),
  `${cold.compiled} packages compiled`
)
record('warm compile, no change', secs(warm.ms), `${warm.compiled} packages compiled`)
record('ratio warm / cold', (warm.ms / cold.ms).toFixed(3))

// 2. two platforms vs one (cold), and one after the other vs side by side
const two = await compileOnce(ws, ['linux/amd64', 'linux/arm64'], await fresh('two'))
const twoParallel = await compileOnce(
  ws,
  ['linux/amd64', 'linux/arm64'],
  await fresh('two-parallel'),
  { parallelism: 2 }
)
record('cold compile, 2 platforms (amd64+arm64), one after the other', secs(two.ms))
record('ratio 2 platforms / 1 platform (cold)', (two.ms / cold.ms).toFixed(2))
record('cold compile, 2 platforms side by side (parallelism 2)', secs(twoParallel.ms))
record('ratio side by side / one after the other', (twoParallel.ms / two.ms).toFixed(2))

// 3. policy count, with the standard library already in the cache (what a policy costs)
const stdCache = await fresh('std')
const base = await writeWorkspace(join(root, 'ws-std'), 0)
await compileOnce(base, ['linux/amd64'], stdCache)
const byCount = {}
for (const n of counts) {
  const wsN = await writeWorkspace(join(root, `count-${n}`), n)
  const cacheDir = await fresh(`count-${n}`)
  await cp(stdCache, cacheDir, { recursive: true })
  byCount[n] = await compileOnce(wsN, ['linux/amd64'], cacheDir)
  record(
    `compile ${n} policies, standard library cached`,
    secs(byCount[n].ms),
    `${byCount[n].compiled} packages compiled`
  )
}
const [c0, , c2] = counts
record(`ratio ${c2} / ${c0} policies`, (byCount[c2].ms / byCount[c0].ms).toFixed(2))

// 4. trimmed vs untrimmed cache after rounds of changes: each round upgrades a shared
// library (a dependency bump), changes a few policies and pulls in another std package.
const rounds = Object.keys(STD_EXTRAS).slice(0, quick ? 3 : 6)
const wsTrimRoot = join(root, 'ws-trim')
const wsTrim = await writeWorkspace(wsTrimRoot, mainCount)
const untrimmed = await fresh('untrimmed')
const trimmed = await fresh('trimmed')
for (const [i, extra] of rounds.entries()) {
  await writeLibrary(wsTrimRoot, i + 1)
  for (let p = 0; p < Math.min(3, mainCount); p++) {
    await writePolicy(wsTrimRoot, p, {
      revision: i + 1,
      extras: p === 0 ? [extra] : [],
      library: p === 0
    })
  }
  await compileOnce(wsTrim, ['linux/amd64'], untrimmed)
  const { cutoffMs } = await lib.markGoCacheEntriesUnused(join(trimmed, 'build'))
  await compileOnce(wsTrim, ['linux/amd64'], trimmed)
  await lib.trimGoCache(join(trimmed, 'build'), cutoffMs)
}
const freshOfLast = await fresh('fresh-of-last')
await compileOnce(wsTrim, ['linux/amd64'], freshOfLast)
const sizes = {
  untrimmed: await lib.directorySize(join(untrimmed, 'build')),
  trimmed: await lib.directorySize(join(trimmed, 'build')),
  fresh: await lib.directorySize(join(freshOfLast, 'build'))
}
record(`GOCACHE after ${rounds.length} changing rounds, untrimmed`, mib(sizes.untrimmed))
record(`GOCACHE after ${rounds.length} changing rounds, trimmed`, mib(sizes.trimmed))
record('GOCACHE of one fresh build of the last round', mib(sizes.fresh))
record('ratio untrimmed / fresh', (sizes.untrimmed / sizes.fresh).toFixed(2))
record('ratio trimmed / fresh', (sizes.trimmed / sizes.fresh).toFixed(2))

// 5. restore time vs the compile time it saves, through @actions/cache and the local service
const server = await serverModule.startCacheServer()
const saved = { ...process.env }
try {
  Object.assign(process.env, server.env(root, join(root, 'runner-temp')), {
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64'
  })
  delete process.env.ACTIONS_CACHE_SERVICE_V2
  await mkdir(join(root, 'runner-temp'), { recursive: true })
  const dirs = lib.goCacheDirs('action', process.env)
  const key = await lib.goCacheKey({
    prefix: 'bench',
    platforms: lib.parsePlatforms(['linux/amd64']),
    goVersion: toolchain.version,
    modFiles: [join(ws, 'go.mod')],
    sourceRoots: [ws],
    env: process.env
  })
  // compileOnce takes a folder holding build/ and mod/: goCacheDirs uses exactly that layout
  const first = await lib.restoreGoCache({ dirs, ...key, logger })
  await compileOnce(ws, ['linux/amd64'], dirname(dirs.gocache))
  const saveStarted = Date.now()
  const save = await lib.saveGoCache({ state: first, logger })
  const saveMs = Date.now() - saveStarted
  await rm(dirname(dirs.gocache), { recursive: true, force: true })
  const restoreStarted = Date.now()
  const second = await lib.restoreGoCache({ dirs, ...key, logger })
  const restoreMs = Date.now() - restoreStarted
  const warmAfterRestore = await compileOnce(ws, ['linux/amd64'], dirname(dirs.gocache))
  record(
    'archive size',
    mib(server.archiveSize(key.key) ?? 0),
    `saved: ${save.saved}, exact hit on restore: ${second.cacheHit}`
  )
  record('save (trim + tar + upload)', secs(saveMs))
  record('restore (download + extract + mark)', secs(restoreMs))
  record(
    'compile after restore',
    secs(warmAfterRestore.ms),
    `${warmAfterRestore.compiled} packages compiled`
  )
  record(
    'ratio restore / compile time saved',
    (restoreMs / (cold.ms - warmAfterRestore.ms)).toFixed(3)
  )
} finally {
  process.env = saved
  await server.close()
}

await rm(root, { recursive: true, force: true })
console.log(
  JSON.stringify(
    { machine: { cores: cpus().length, memory: mib(totalmem()), go: toolchain.version }, rows },
    null,
    2
  )
)
