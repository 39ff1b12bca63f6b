// Watch mode (issue 18): change-to-serving latency of `policy-engine-build dev` on the bundled
// examples, against the raw floor in the same run: `go build` of the same generated workspace
// with the same warm cache, then start the binary, until it answers with the change.
//   node bench/dev.mjs        (BENCH_REPS=N, default 5)
import { build } from 'esbuild'
/* global AbortController, fetch */
import { spawn, spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const repo = dirname(dirname(fileURLToPath(import.meta.url)))
const reps = Number(process.env.BENCH_REPS ?? 5)
const outdir = join(repo, 'node_modules', '.cache', 'policy-engine-build-bench-dev')
await build({
  entryPoints: { dev: join(repo, 'src/cli/dev.ts'), index: join(repo, 'src/index.ts') },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outdir,
  outExtension: { '.js': '.mjs' },
  banner: {
    js: "import { createRequire as __c } from 'node:module'; const require = __c(import.meta.url);"
  },
  logLevel: 'warning'
})
const { devCommand, hostPlatform } = await import(pathToFileURL(join(outdir, 'dev.mjs')).href)
const lib = await import(pathToFileURL(join(outdir, 'index.mjs')).href)

const root = mkdtempSync(join(tmpdir(), 'pe-bench-dev-'))
const ws = join(root, 'ws')
cpSync(join(repo, 'examples'), ws, { recursive: true })
const policyFile = join(ws, 'policies/method-allowlist/allowlist.go')
const original = readFileSync(policyFile, 'utf8')
const quiet = { debug() {}, info() {}, warning() {}, error() {}, group: (_n, fn) => fn() }
const options = {
  workingDirectory: ws,
  policies: ['policies/method-allowlist'],
  platforms: [hostPlatform()],
  images: [],
  tags: [],
  labels: [],
  latest: false,
  push: 'false',
  output: 'none',
  load: false,
  buildArgs: [],
  goBuildFlags: [],
  cache: false,
  cacheKeyPrefix: 'bench',
  sbom: false,
  provenance: false
}
const git = { eventName: 'local', sha: 'b'.repeat(40), commitTime: 1714564800 }
const change = n =>
  writeFileSync(policyFile, original.replace('" is allowed"', `" is allowed (${n})"`))

/** Polls the engine until its answer carries marker n; resolves with the time it took. */
async function answers(addr, n, since) {
  for (;;) {
    try {
      const response = await fetch(`http://${addr}/v1/policies/method-allowlist/execute`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"method":"GET"}'
      })
      if ((await response.text()).includes(`allowed (${n})`)) return Date.now() - since
    } catch {
      // not listening yet
    }
    await new Promise(r => setTimeout(r, 10))
  }
}

const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

// 1. dev: start the loop, then change the policy reps times.
const controller = new AbortController()
let resolveServing
const served = []
const done = devCommand(options, git, quiet, {
  addr: '127.0.0.1:0',
  signal: controller.signal,
  onEvent: e => e.kind === 'serving' && (served.push(e.addr), resolveServing?.())
})
await new Promise(r => (resolveServing = r))
const devMs = []
for (let n = 1; n <= reps; n++) {
  const since = Date.now()
  const next = new Promise(r => (resolveServing = r))
  change(n)
  await next
  devMs.push(await answers(served.at(-1), n, since))
}
controller.abort()
await done

// 2. raw floor: the same workspace generated once, then go build + start + first answer.
const out = join(root, 'raw')
await lib.runPipeline({ ...options, out }, git, quiet, { stopAfter: 'generate' })
const rawMs = []
for (let n = reps + 1; n <= 2 * reps; n++) {
  change(n)
  const since = Date.now()
  const built = spawnSync('go', ['build', '-trimpath', '-o', join(out, 'pe'), '.'], {
    cwd: out,
    env: { ...process.env, CGO_ENABLED: '0', GOFLAGS: '-modcacherw', GOWORK: 'off' },
    encoding: 'utf8'
  })
  if (built.status !== 0) throw new Error(built.stderr)
  const engine = spawn(join(out, 'pe'), ['serve', '--addr', '127.0.0.1:18089'], { stdio: 'ignore' })
  rawMs.push(await answers('127.0.0.1:18089', n, since))
  engine.kill('SIGKILL')
  await new Promise(r => engine.once('exit', r))
}
writeFileSync(policyFile, original)
rmSync(root, { recursive: true, force: true })

const d = median(devMs)
const r = median(rawMs)
console.log(`machine: ${cpus().length} cores, node ${process.version}`)
console.log(`dev, change to the new answer (median of ${reps}): ${d} ms  [${devMs.join(', ')}]`)
console.log(`raw go build + start + answer (median of ${reps}): ${r} ms  [${rawMs.join(', ')}]`)
console.log(`ratio dev / raw: ${(d / r).toFixed(2)}x`)
