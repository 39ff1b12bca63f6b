// Appends "<project>: N passed, N failed, N skipped" to $PE_TEST_COUNTS (when set), so .ci/run
// can print one closing total for the unit, Go and end-to-end suites together.
const fs = require('node:fs')

class CountReporter {
  onRunComplete(_contexts, results) {
    const file = process.env.PE_TEST_COUNTS
    if (!file) return
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites
    const line = `jest: ${results.numPassedTests} passed, ${failed} failed, ${results.numPendingTests} skipped\n`
    fs.appendFileSync(file, line)
  }
}

module.exports = CountReporter
