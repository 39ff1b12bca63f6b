import * as core from '@actions/core'

// Filled in by the action issue; the entry points only call these.
export async function run(): Promise<void> {
  core.setFailed('policy-engine-build: the action is not wired yet')
}

export async function runPost(): Promise<void> {}
