import { compareBytes } from '../generate/aliases.js'
import { renderTemplate } from '../generate/templates.js'

export const DEFAULT_BASE_IMAGE = 'gcr.io/distroless/static-debian12:nonroot'
/** The distroless `nonroot` uid/gid; numeric, so it works on scratch (no /etc/passwd). */
export const DEFAULT_USER = '65532:65532'
export const DEFAULT_PORT = 8080
export const DEFAULT_BINARY = '/policy-engine'

export interface DockerfileModel {
  baseImage: string
  labels: Record<string, string>
  port: number
  user: string
  binary: string
  /**
   * A `HEALTHCHECK` that runs `<binary> healthcheck` in exec form (no shell needed, so it
   * works on scratch and distroless). Default true; false for a custom engine core without
   * that command.
   */
  healthcheck: boolean
}

/** What Dockerfile.hbs is rendered from: labels become a sorted list of {key, value}. */
export interface DockerfileTemplateModel {
  baseImage: string
  labels: { key: string; value: string }[]
  port: number
  user: string
  binary: string
  /** Write the HEALTHCHECK instruction (`<binary> healthcheck --addr 127.0.0.1:<port>`). */
  healthcheck: boolean
}

export function dockerfileModel(model: Partial<DockerfileModel>): DockerfileTemplateModel {
  const labels = Object.entries(model.labels ?? {})
    .map(([key, value]) => ({ key, value }))
    .sort((a, b) => compareBytes(a.key, b.key))
  return {
    baseImage: model.baseImage || DEFAULT_BASE_IMAGE,
    labels,
    port: model.port ?? DEFAULT_PORT,
    user: model.user || DEFAULT_USER,
    binary: model.binary || DEFAULT_BINARY,
    healthcheck: model.healthcheck ?? true
  }
}

/** Renders the final-stage Dockerfile (COPY of the prebuilt binary, no RUN). */
export function renderDockerfile(
  model: Partial<DockerfileModel>,
  options: { templatesDir?: string } = {}
): string {
  return renderTemplate('Dockerfile.hbs', dockerfileModel(model), options.templatesDir)
}
