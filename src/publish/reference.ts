/**
 * Image references, checked against the grammar of the OCI distribution reference
 * (github.com/distribution/reference):
 *
 *   reference  := name [ ":" tag ] [ "@" digest ]
 *   name       := [ domain "/" ] path-component ( "/" path-component )*
 *   domain     := host [ ":" port ]
 *   tag        := [\w][\w.-]{0,127}
 *
 * Path components are lowercase; the domain may hold uppercase, dots and a port. A first
 * component counts as a domain only when it contains `.` or `:` or is `localhost`, which is
 * how docker tells `ghcr.io/acme/x` from `acme/x`.
 */

const TAG = /^[\w][\w.-]{0,127}$/
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])'
const DOMAIN = new RegExp(
  `^(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?$`
)
const DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-fA-F0-9]{32,}$/
const NAME_MAX = 255

export interface ImageReference {
  /** Registry host[:port], when the name has one. */
  domain?: string
  /** The repository path without the domain, e.g. acme/policy-engine. */
  path: string
  /** domain/path as written. */
  name: string
  tag?: string
  digest?: string
}

export function isValidTag(tag: string): boolean {
  return TAG.test(tag)
}

export function isValidDigest(digest: string): boolean {
  if (!DIGEST.test(digest)) return false
  const [algorithm, hex] = digest.split(':')
  return algorithm !== 'sha256' || hex.length === 64
}

/** Why `name` (no tag, no digest) is not a valid repository name, or undefined when it is. */
export function nameProblem(name: string): string | undefined {
  if (name === '') return 'the image name is empty'
  if (name.length > NAME_MAX) return `the image name is longer than ${NAME_MAX} characters`
  const parts = name.split('/')
  if (parts.length > 1 && looksLikeDomain(parts[0])) {
    if (!DOMAIN.test(parts[0])) return `"${parts[0]}" is not a valid registry host[:port]`
    parts.shift()
  }
  for (const part of parts) {
    if (part === '')
      return 'the image name has an empty path component (check for "//" or a trailing "/")'
    if (!PATH_COMPONENT.test(part)) {
      return part !== part.toLowerCase()
        ? `"${part}" has uppercase letters; repository names must be lowercase`
        : `"${part}" is not a valid path component (use lowercase letters, digits and single '.', '_', '__' or '-' between them)`
    }
  }
  return undefined
}

/** Why `tag` is not a valid tag, or undefined when it is. */
export function tagProblem(tag: string): string | undefined {
  if (tag === '') return 'the tag is empty'
  if (tag.length > 128) return `the tag is ${tag.length} characters long; at most 128 are allowed`
  if (!TAG.test(tag)) {
    return "a tag must start with a letter, digit or '_' and contain only letters, digits, '_', '.' and '-'"
  }
  return undefined
}

/** Parses a full reference; returns a problem string instead when it does not follow the grammar. */
export function parseReference(text: string): ImageReference | { problem: string } {
  let rest = text
  let digest: string | undefined
  const at = rest.indexOf('@')
  if (at >= 0) {
    digest = rest.slice(at + 1)
    rest = rest.slice(0, at)
    if (!isValidDigest(digest))
      return { problem: `"${digest}" is not a valid digest (algorithm:hex)` }
  }
  let tag: string | undefined
  // A ':' after the last '/' separates the tag; one before it belongs to host:port.
  const colon = rest.lastIndexOf(':')
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1)
    rest = rest.slice(0, colon)
    const problem = tagProblem(tag)
    if (problem) return { problem: `tag "${tag}": ${problem}` }
  }
  const problem = nameProblem(rest)
  if (problem) return { problem }
  const parts = rest.split('/')
  const domain = parts.length > 1 && looksLikeDomain(parts[0]) ? parts[0] : undefined
  return {
    domain,
    path: domain ? parts.slice(1).join('/') : rest,
    name: rest,
    tag,
    digest
  }
}

export function isReferenceProblem(
  value: ImageReference | { problem: string }
): value is { problem: string } {
  return 'problem' in value
}

function looksLikeDomain(component: string): boolean {
  return component.includes('.') || component.includes(':') || component === 'localhost'
}
