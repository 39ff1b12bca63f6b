/**
 * Module path validation with the rules Go applies to a module that can be required
 * (golang.org/x/mod/module.CheckPath): the path ends up in generated Go source and in
 * `go mod edit -require/-replace` arguments, so anything Go would refuse, and anything that
 * could break out of a string literal, is refused here first with a readable message.
 */

/** Why `path` is not a valid module path, or undefined when it is valid. */
export function checkModulePath(path: string): string | undefined {
  const bad = unsafeCharacter(path)
  if (bad) return `contains ${bad}, which is never allowed in a module path`
  if (path === '') return 'is empty'
  if (path.startsWith('/')) return 'has a leading slash'
  if (path.endsWith('/')) return 'has a trailing slash'
  if (path.includes('//')) return 'has a double slash'
  const elements = path.split('/')
  const first = elements[0]
  if (!first.includes('.')) {
    return `has no dot in its first path element "${first}" (it must look like a domain name)`
  }
  if (first.startsWith('-')) return 'has a leading dash in its first path element'
  for (const ch of first) {
    if (!/[a-z0-9.-]/.test(ch)) {
      return `has an invalid character ${describe(ch)} in its first path element "${first}" (only lowercase letters, digits, dots and dashes)`
    }
  }
  for (const element of elements) {
    const problem = checkElement(element)
    if (problem) return problem
  }
  if (!majorVersionSuffixOk(path)) {
    return 'has an invalid major version suffix (it must be /v2 or later, without a leading zero or dots)'
  }
  return undefined
}

function checkElement(element: string): string | undefined {
  if (element === '') return 'has an empty path element'
  if (/^\.+$/.test(element)) return `has an invalid path element "${element}"`
  if (element.startsWith('.')) return `has a leading dot in path element "${element}"`
  if (element.endsWith('.')) return `has a trailing dot in path element "${element}"`
  for (const ch of element) {
    if (!/[A-Za-z0-9._~-]/.test(ch)) {
      return `has an invalid character ${describe(ch)} in path element "${element}" (allowed: letters, digits, "-", ".", "_", "~")`
    }
  }
  // Names Windows reserves, and short-name-like suffixes, are refused so the module can be
  // extracted on every OS (Go applies the same rule).
  const short = element.split('.')[0]
  if (/^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i.test(short)) {
    return `has path element "${element}", a name Windows reserves`
  }
  if (/~[0-9]+$/.test(short)) return `has path element "${element}" ending in a tilde and digits`
  return undefined
}

/** gopkg.in has its own `.vN` convention; elsewhere a trailing /vN must be v2 or later. */
function majorVersionSuffixOk(path: string): boolean {
  if (path.startsWith('gopkg.in/')) return /\.v(0|[1-9][0-9]*)(-unstable)?$/.test(path)
  const match = /\/v([0-9.]+)$/.exec(path)
  if (!match) return true
  const digits = match[1]
  if (digits.includes('.')) return false
  return !digits.startsWith('0') && digits !== '1'
}

/** Characters that could break out of generated Go or a command line, named readably. */
function unsafeCharacter(path: string): string | undefined {
  for (const ch of path) {
    if (ch === '"' || ch === '`' || ch === "'" || ch === '\\' || ch === ';' || /\s/.test(ch)) {
      return describe(ch)
    }
    if (ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f) return describe(ch)
  }
  return undefined
}

function describe(ch: string): string {
  const names: Record<string, string> = {
    ' ': 'a space',
    '\t': 'a tab',
    '\n': 'a newline',
    '\r': 'a carriage return',
    '"': 'a double quote',
    '`': 'a backtick',
    "'": 'a single quote',
    ';': 'a semicolon',
    '\\': 'a backslash'
  }
  return names[ch] ?? JSON.stringify(ch)
}
