// Distributed build vs one runner, measured in one run on this machine:
//   A: two "runners" side by side, two separate CLI processes, each `build --distribute
//      platform` for its one platform (cold Go caches, own out folder), then the merge
//      (`build --distribute merge`, no Go);
//   B: one runner (one process) building both platforms, pushing the index with its tags.
// Both push to the e2e registry through the e2e BuildKit builder (scripts/e2e-env.sh must be
// up: `set -a; source /tmp/pe-e2e/env; set +a; node bench/distributed.mjs`).
// BENCH_ROUNDS (default 2) alternates A and B; medians and per-round figures are printed on
// stderr and a JSON summary on stdout. Uses dist/cli.js: run `npm run bundle` first.
import { spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { cpus, tmpdir, totalmem } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const repo = dirname(dirname(fileURLToPath(import.meta.url)))
const registry = process.env.PE_REGISTRY
const builder = process.env.PE_BUILDER
if (!registry || !builder) {
  console.error('PE_REGISTRY/PE_BUILDER not set: source /tmp/pe-e2e/env (scripts/e2e-env.sh up)')
  process.exit(2)
}
const rounds = Number(process.env.BENCH_ROUNDS ?? 2)
const policies = ['ratelimit', 'header-claims', 'input-validator'].map(
  p => `examples/policies/${p}`
)
const root = await mkdtemp(join(tmpdir(), 'pe-bench-distributed-'))
const stamp = Date.now()

/** A CLI run as its own process with its own (cold) caches, as a fresh runner would be. */
function cli(args, name) {
  return new Promise((resolve, reject) => {
    const started = Date.now()
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([k]) => !/^(GITHUB_|RUNNER_|ACTIONS_)/.test(k))
    )
    env.XDG_CACHE_HOME = join(root, `${name}-cache`)
    const child = spawn(
      process.execPath,
      [
        join(repo, 'dist/cli.js'),
        'build',
        '--json',
        '--builder',
        builder,
        '--base-image',
        'scratch',
        '--push',
        'true',
        ...policies.flatMap(p => ['--policies', p]),
        ...args
      ],
      { cwd: repo, env, stdio: ['ignore', 'pipe', 'pipe'] }
    )
    let out = ''
    let err = ''
    child.stdout.on('data', d => (out += d))
    child.stderr.on('data', d => (err += d))
    child.on('close', code => {
      if (code !== 0) return reject(new Error(`${name} exited ${code}:\n${err.slice(-2000)}`))
      resolve({ ms: Date.now() - started, result: JSON.parse(out) })
    })
  })
}

async function distributed(round) {
  const image = `${registry}/bench/distributed-${stamp}`
  const started = Date.now()
  const legs = await Promise.all(
    ['linux/amd64', 'linux/arm64'].map(platform =>
      cli(
        [
          '--image',
          image,
          '--platforms',
          platform,
          '--distribute',
          'platform',
          '--out',
          join(root, `r${round}-leg-${platform.replace('/', '-')}`)
        ],
        `r${round}-leg-${platform.replace('/', '-')}`
      )
    )
  )
  const legsMs = Date.now() - started
  const merge = await cli(
    [
      '--image',
      image,
      '--tags',
      `round-${round}`,
      '--distribute',
      'merge',
      ...legs.flatMap(leg => ['--digests', `${leg.result.platform}=${leg.result.digest}`])
    ],
    `r${round}-merge`
  )
  return {
    legsMs,
    legMs: legs.map(leg => leg.ms),
    mergeMs: merge.ms,
    totalMs: Date.now() - started,
    perPlatform: legs.map(leg => `${leg.result.platform}=${leg.result.digest}`)
  }
}

async function oneRunner(round) {
  const { ms, result } = await cli(
    [
      '--image',
      `${registry}/bench/single-${stamp}`,
      '--tags',
      `round-${round}`,
      '--platforms',
      'linux/amd64,linux/arm64',
      '--out',
      join(root, `r${round}-single`)
    ],
    `r${round}-single`
  )
  return { ms, digest: result.digest }
}

const secs = ms => `${(ms / 1000).toFixed(1)} s`
const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
console.error(
  `machine: ${cpus().length} x ${cpus()[0]?.model}, ${Math.round(totalmem() / 2 ** 30)} GiB, node ${process.version}`
)
const runs = []
try {
  for (let round = 1; round <= rounds; round++) {
    // Alternate the order so a warming machine favours neither.
    const a = round % 2 === 1
    const first = a ? await distributed(round) : await oneRunner(round)
    const second = a ? await oneRunner(round) : await distributed(round)
    const d = a ? first : second
    const s = a ? second : first
    runs.push({ round, distributed: d, single: s })
    console.error(
      `round ${round}: two legs side by side ${secs(d.legsMs)} (legs ${d.legMs.map(secs).join(', ')}), merge ${secs(d.mergeMs)}, total ${secs(d.totalMs)}; one runner ${secs(s.ms)}; ratio total/one ${(d.totalMs / s.ms).toFixed(2)}`
    )
  }
} finally {
  await rm(root, { recursive: true, force: true })
}
const summary = {
  rounds,
  legsSideBySideMs: median(runs.map(r => r.distributed.legsMs)),
  mergeMs: median(runs.map(r => r.distributed.mergeMs)),
  distributedTotalMs: median(runs.map(r => r.distributed.totalMs)),
  oneRunnerMs: median(runs.map(r => r.single.ms)),
  runs
}
summary.ratioTotalOverOneRunner = +(summary.distributedTotalMs / summary.oneRunnerMs).toFixed(2)
summary.ratioLegsOverOneRunner = +(summary.legsSideBySideMs / summary.oneRunnerMs).toFixed(2)
console.error(
  `median: legs side by side ${secs(summary.legsSideBySideMs)} + merge ${secs(summary.mergeMs)} = ${secs(summary.distributedTotalMs)} vs one runner ${secs(summary.oneRunnerMs)} (x${summary.ratioTotalOverOneRunner})`
)
console.log(JSON.stringify(summary, null, 2))
