/**
 * The supply-chain parts of a build, run by the pipeline around its package and publish steps:
 * - before the image is built: pin the base image by digest (FROM name@sha256:..., recorded
 *   in the labels) and write one SPDX SBOM per platform from the binaries' Go build info;
 * - once the image is pushed: attach the SBOMs as OCI referrers of the pushed digest, and sign
 *   that digest with cosign.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Logger } from '../logger.js'
import { writeSboms } from '../package/sbom.js'
import type { PipelineResult } from '../pipeline-types.js'
import type { BuildPlan } from '../plan/plan.js'
import { attachSboms } from './attach-sbom.js'
import { pinBaseImage } from './base-image.js'
import { loginCredentials } from './login.js'
import { remoteReference } from './oci-client.js'
import { requireCosign, signImage } from './sign.js'

/** Pins the base (when an image will be built) and writes the SBOMs (sbom: true). */
export async function supplyChainFiles(
  plan: BuildPlan,
  result: PipelineResult,
  outDir: string,
  willBuildImage: boolean,
  logger: Logger
): Promise<void> {
  if (willBuildImage) {
    const base = plan.image.baseImage
    const registry = base === 'scratch' ? '' : remoteReference(base).registry
    result.baseImage = await pinBaseImage(base, {
      credentials: loginCredentials(plan.login, registry),
      env: plan.env
    })
    if (result.baseImage.digest)
      logger.info(`base image ${base} pinned to ${result.baseImage.image}`)
  }
  if (plan.image.sbom) {
    result.sbom = await writeSboms({
      binaries: result.binaries,
      modules: result.discovery.modules,
      workspace: plan.workspace,
      version: plan.version,
      created: plan.sourceDateEpoch,
      baseImage: result.baseImage?.digest
        ? { name: result.baseImage.name, digest: result.baseImage.digest }
        : undefined,
      imageName: plan.image.names[0],
      outDir,
      env: plan.env
    })
    logger.info(`SBOM (SPDX 2.3): ${result.sbom.files.map(f => f.path).join(', ')}`)
  }
}

/**
 * A DOCKER_CONFIG holding only the login input's credential, for cosign (it reads docker's
 * config); written 0600 into a private temp folder and removed after. None without login.
 */
async function cosignDockerConfig(
  plan: BuildPlan,
  registry: string
): Promise<{ dir: string } | undefined> {
  const creds = loginCredentials(plan.login, registry)
  if (!creds) return undefined
  const dir = await mkdtemp(join(plan.env.RUNNER_TEMP || tmpdir(), 'pe-cosign-'))
  const auth = Buffer.from(`${creds.username}:${creds.password}`).toString('base64')
  await writeFile(join(dir, 'config.json'), JSON.stringify({ auths: { [registry]: { auth } } }), {
    mode: 0o600
  })
  return { dir }
}

/** After the push: the SBOMs as referrers of the pushed digest, then the cosign signature. */
export async function supplyChainPublish(
  plan: BuildPlan,
  result: PipelineResult,
  logger: Logger
): Promise<void> {
  const name = plan.image.names[0]
  const digest = result.digest
  if (!result.pushed || !digest || !name) return
  const registry = remoteReference(name).registry
  if (result.sbom?.files.length) {
    const attached = await attachSboms({
      imageName: name,
      digest,
      files: result.sbom.files,
      created: plan.sourceDateEpoch,
      credentials: loginCredentials(plan.login, registry),
      env: plan.env
    })
    const via = attached.some(a => a.via === 'tag') ? ' (referrers tag schema)' : ''
    logger.info(`SBOM attached to ${name}@${digest}${via}: ${attached.length} referrers`)
  }
  if (plan.image.sign) {
    if (plan.distribute === 'platform') {
      logger.info(
        'sign: a platform job pushes one platform by digest; the merge job signs the index'
      )
      return
    }
    const cosign = await requireCosign(plan.env)
    const config = await cosignDockerConfig(plan, registry)
    try {
      await signImage(
        {
          image: `${name}@${digest}`,
          key: plan.image.sign.key,
          password: plan.image.sign.password,
          env: config ? { ...plan.env, DOCKER_CONFIG: config.dir } : plan.env,
          cosign
        },
        logger
      )
      result.signed = `${name}@${digest}`
    } finally {
      if (config) await rm(config.dir, { recursive: true, force: true })
    }
  }
}
