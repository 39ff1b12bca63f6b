/**
 * Dockerfile syntax for the rendered Dockerfile. Each function returns text that is safe in
 * its place, or throws: a value that cannot be written safely is refused, never rewritten.
 */

/** C0 controls and DEL: a newline would end the instruction and start another. */
function hasControl(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x20 || code === 0x7f) return true
  }
  return false
}
const LONE_SURROGATE = /\p{Cs}/u

function checkText(value: unknown, what: string): string {
  if (typeof value !== 'string') throw new Error(`${what} must be a string, got ${typeof value}`)
  if (hasControl(value)) {
    throw new Error(
      `${what} must not hold newlines or control characters: ${JSON.stringify(value)}`
    )
  }
  if (LONE_SURROGATE.test(value)) {
    throw new Error(`${what} holds a lone surrogate (not valid UTF-8): ${JSON.stringify(value)}`)
  }
  return value
}

/**
 * A double-quoted word for LABEL and ARG values. Inside double quotes the Dockerfile lexer
 * honours `\"`, `\\` and `\$`; `$` must be escaped or it would expand a build argument.
 */
export function dockerString(value: unknown): string {
  const text = checkText(value, 'Dockerfile string')
  return `"${text.replace(/[\\"$]/g, char => `\\${char}`)}"`
}

/** A JSON string for the exec form (ENTRYPOINT/CMD), where no variables are expanded. */
export function dockerJson(value: unknown): string {
  return JSON.stringify(checkText(value, 'Dockerfile exec-form argument'))
}

// The reference grammar of distribution/reference (the one docker and buildx use).
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])'
const DOMAIN = `${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*(?::[0-9]+)?`
const PATH_COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*'
const NAME = `(?:${DOMAIN}/)?${PATH_COMPONENT}(?:/${PATH_COMPONENT})*`
const TAG = '[\\w][\\w.-]{0,127}'
const DIGEST = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}'
const REFERENCE = new RegExp(`^(${NAME})(?::${TAG})?(?:@${DIGEST})?$`)

export function isImageReference(value: unknown): value is string {
  if (typeof value !== 'string') return false
  const match = REFERENCE.exec(value)
  return match !== null && match[1].length <= 255
}

/** An image reference for FROM: `scratch` or name[:tag][@digest]. */
export function dockerImage(value: unknown): string {
  if (!isImageReference(value)) {
    throw new Error(
      `not a valid image reference: ${JSON.stringify(value)} (expected name[:tag][@sha256:...], e.g. gcr.io/distroless/static-debian12:nonroot or scratch)`
    )
  }
  return value
}

const LABEL_KEY = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/

export function isLabelKey(value: unknown): value is string {
  return typeof value === 'string' && LABEL_KEY.test(value)
}

/** A label key, written unquoted: letters, digits, `.`, `-`, `_` (reverse-DNS style). */
export function dockerLabelKey(value: unknown): string {
  if (!isLabelKey(value)) {
    throw new Error(
      `not a valid label key: ${JSON.stringify(value)} (use letters, digits, '.', '-' and '_', e.g. org.opencontainers.image.source)`
    )
  }
  return value
}

const USER_PART = '(?:[0-9]+|[a-z_][a-z0-9_-]*)'
const USER = new RegExp(`^${USER_PART}(?::${USER_PART})?$`)

/** USER: a uid or user name, optionally :gid or :group. */
export function dockerUser(value: unknown): string {
  const text = typeof value === 'number' ? String(value) : value
  if (typeof text !== 'string' || !USER.test(text)) {
    throw new Error(
      `not a valid user: ${JSON.stringify(value)} (expected uid[:gid], e.g. 65532:65532)`
    )
  }
  return text
}

/** A TCP port number, 1-65535. */
export function dockerPort(value: unknown): string {
  const text = typeof value === 'number' ? String(value) : value
  if (typeof text !== 'string' || !/^[0-9]{1,5}$/.test(text) || +text < 1 || +text > 65535) {
    throw new Error(`not a valid port: ${JSON.stringify(value)} (expected 1-65535)`)
  }
  return String(+text)
}

/** An absolute path in the image, of plain characters (used unquoted in COPY). */
export function dockerPath(value: unknown): string {
  if (
    typeof value !== 'string' ||
    !/^\/[A-Za-z0-9._/-]*$/.test(value) ||
    value.split('/').some(part => part === '..')
  ) {
    throw new Error(
      `not a valid path in the image: ${JSON.stringify(value)} (expected an absolute path such as /policy-engine)`
    )
  }
  return value
}
