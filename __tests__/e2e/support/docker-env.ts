/**
 * The services scripts/e2e-env.sh starts, as its env file describes them. The e2e suite runs
 * only through `npm run test:e2e`; run any other way, it fails here instead of skipping.
 */
export interface E2eEnv {
  /** Plain registry, host:port on loopback. */
  registry: string
  /** htpasswd registry, host:port on loopback. */
  authRegistry: string
  user: string
  password: string
  /** The buildx remote builder on the e2e BuildKit daemon. */
  builder: string
  stateDir: string
  dockerConfig: string
}

const REQUIRED = [
  'PE_E2E_STATE',
  'PE_REGISTRY',
  'PE_AUTH_REGISTRY',
  'PE_REGISTRY_USER',
  'PE_REGISTRY_PASSWORD',
  'PE_BUILDER',
  'DOCKER_HOST',
  'DOCKER_CONFIG'
] as const

export function e2eEnv(env: NodeJS.ProcessEnv = process.env): E2eEnv {
  const missing = REQUIRED.filter(name => !env[name])
  if (missing.length > 0) {
    throw new Error(
      `The end-to-end environment is not set (${missing.join(', ')} missing). Run the suite with ` +
        '`npm run test:e2e`: it starts Docker, the registries and BuildKit (scripts/e2e-env.sh) and stops them after.'
    )
  }
  return {
    registry: env.PE_REGISTRY!,
    authRegistry: env.PE_AUTH_REGISTRY!,
    user: env.PE_REGISTRY_USER!,
    password: env.PE_REGISTRY_PASSWORD!,
    builder: env.PE_BUILDER!,
    stateDir: env.PE_E2E_STATE!,
    dockerConfig: env.DOCKER_CONFIG!
  }
}
