import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { run } from '../../../src/util/exec.js'

/** A tiny static program standing in for the engine: it prints who and what it runs as. */
const MAIN_GO = `package main

import (
	"fmt"
	"os"
	"runtime"
)

func main() {
	fmt.Printf("stand-in engine uid=%d gid=%d arch=%s\\n", os.Getuid(), os.Getgid(), runtime.GOARCH)
}
`

/** Same shape as the rendered Dockerfile: COPY of the prebuilt binary, no RUN, non-root. */
export function standInDockerfile(labels: Record<string, string>): string {
  const labelLines = Object.entries(labels).map(
    ([key, value]) => `LABEL ${key}=${JSON.stringify(value)}`
  )
  return [
    'FROM scratch',
    'ARG TARGETPLATFORM',
    'COPY bin/${TARGETPLATFORM}/policy-engine /policy-engine',
    'USER 65532:65532',
    ...labelLines,
    'ENTRYPOINT ["/policy-engine"]',
    ''
  ].join('\n')
}

export const ARCHES = ['amd64', 'arm64'] as const

/**
 * Writes a buildx context laid out like the pipeline's output dir:
 * bin/linux/<arch>/policy-engine for amd64 and arm64, and a Dockerfile.
 */
export async function writeStandInContext(
  dir: string,
  labels: Record<string, string>
): Promise<void> {
  const src = join(dir, 'src')
  await mkdir(src, { recursive: true })
  await writeFile(join(src, 'go.mod'), 'module example.com/standin\n\ngo 1.22\n')
  await writeFile(join(src, 'main.go'), MAIN_GO)
  for (const arch of ARCHES) {
    const out = join(dir, 'bin', 'linux', arch, 'policy-engine')
    const result = await run(
      'go',
      ['build', '-trimpath', '-ldflags=-s -w -buildid=', '-o', out, '.'],
      {
        cwd: src,
        timeoutMs: 300_000,
        env: { ...process.env, CGO_ENABLED: '0', GOOS: 'linux', GOARCH: arch, GOTOOLCHAIN: 'local' }
      }
    )
    if (result.exitCode !== 0) throw new Error(`go build for ${arch} failed:\n${result.stderr}`)
  }
  await writeFile(join(dir, 'Dockerfile'), standInDockerfile(labels))
  await writeFile(join(dir, '.dockerignore'), '*\n!bin/\n')
}
