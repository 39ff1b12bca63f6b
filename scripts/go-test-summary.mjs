// Reads `go test -json` on stdin, prints what plain `go test` prints (ok/FAIL per package,
// and the output of failed tests), and appends "go: N passed, N failed, N skipped" to
// $PE_TEST_COUNTS so .ci/run can total every suite. Exits 1 when anything failed.
import { appendFileSync } from 'node:fs'
import { createInterface } from 'node:readline'

const outputs = new Map()
const counts = { pass: 0, fail: 0, skip: 0 }
let failedPackage = false

for await (const line of createInterface({ input: process.stdin })) {
  let event
  try {
    event = JSON.parse(line)
  } catch {
    process.stdout.write(`${line}\n`) // build errors are plain text
    continue
  }
  const id = `${event.Package} ${event.Test ?? ''}`
  if (event.Action === 'output') {
    outputs.set(id, (outputs.get(id) ?? '') + event.Output)
  } else if (event.Test && event.Action in counts) {
    counts[event.Action]++
    if (event.Action === 'fail') process.stdout.write(outputs.get(id) ?? '')
    outputs.delete(id)
  } else if (
    !event.Test &&
    (event.Action === 'pass' || event.Action === 'fail' || event.Action === 'skip')
  ) {
    const output = outputs.get(id) ?? ''
    if (event.Action === 'fail') {
      failedPackage = true
      process.stdout.write(output)
    } else {
      process.stdout.write(
        output
          .split('\n')
          .filter(l => /^(ok|\?)\s/.test(l))
          .map(l => `${l}\n`)
          .join('')
      )
    }
    outputs.delete(id)
  }
}
const summary = `go: ${counts.pass} passed, ${counts.fail} failed, ${counts.skip} skipped`
console.log(summary)
if (process.env.PE_TEST_COUNTS) appendFileSync(process.env.PE_TEST_COUNTS, `${summary}\n`)
process.exit(counts.fail > 0 || failedPackage ? 1 : 0)
