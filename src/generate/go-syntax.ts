/**
 * Go syntax for generated code: string literals and identifiers. Every value that reaches
 * imports.go goes through one of these, and a value that cannot be written safely is refused
 * (an Error is thrown), so no module path or name can inject code.
 */

/** Go keywords: never usable as identifiers. */
export const GO_KEYWORDS: ReadonlySet<string> = new Set([
  'break',
  'case',
  'chan',
  'const',
  'continue',
  'default',
  'defer',
  'else',
  'fallthrough',
  'for',
  'func',
  'go',
  'goto',
  'if',
  'import',
  'interface',
  'map',
  'package',
  'range',
  'return',
  'select',
  'struct',
  'switch',
  'type',
  'var'
])

/** Predeclared identifiers of the universe block: legal to shadow, but confusing, so avoided. */
export const GO_PREDECLARED: ReadonlySet<string> = new Set([
  'any',
  'bool',
  'byte',
  'comparable',
  'complex64',
  'complex128',
  'error',
  'float32',
  'float64',
  'int',
  'int8',
  'int16',
  'int32',
  'int64',
  'rune',
  'string',
  'uint',
  'uint8',
  'uint16',
  'uint32',
  'uint64',
  'uintptr',
  'true',
  'false',
  'iota',
  'nil',
  'append',
  'cap',
  'clear',
  'close',
  'complex',
  'copy',
  'delete',
  'imag',
  'len',
  'make',
  'max',
  'min',
  'new',
  'panic',
  'print',
  'println',
  'real',
  'recover'
])

/**
 * ASCII only. Go accepts Unicode letters and digits in identifiers, but by the Unicode tables
 * of the Go release in use, and Node's are newer (Node 20: Unicode 15.1, Node 24: 16.0; Go
 * 1.21-1.26: 15.0): a letter Go does not know would pass here and break the generated file.
 * A policy type with a non-ASCII name is refused by discovery with a fix (an ASCII New()).
 */
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/
/** In a `u` regex a lone surrogate is its own code point, of category Cs. */
const LONE_SURROGATE = /\p{Cs}/u

export function isGoIdentifier(value: unknown): value is string {
  return typeof value === 'string' && IDENTIFIER.test(value) && !GO_KEYWORDS.has(value)
}

/** Returns value when it is a valid Go identifier that is not a keyword; throws otherwise. */
export function goIdent(value: unknown): string {
  if (!isGoIdentifier(value)) {
    throw new Error(`not a valid Go identifier: ${JSON.stringify(value)}`)
  }
  return value
}

/**
 * A Go interpreted string literal for value. Printable ASCII is written as is (except `"` and
 * `\`); everything else is escaped, so the literal is valid, gofmt-stable and free of
 * invisible characters. A string with a lone UTF-16 surrogate has no UTF-8 form and is refused.
 */
export function goString(value: unknown): string {
  if (typeof value !== 'string') {
    throw new Error(`goString expects a string, got ${typeof value}`)
  }
  if (LONE_SURROGATE.test(value)) {
    throw new Error(`string holds a lone surrogate (not valid UTF-8): ${JSON.stringify(value)}`)
  }
  let out = '"'
  for (const char of value) {
    const code = char.codePointAt(0) as number
    if (char === '"') out += '\\"'
    else if (char === '\\') out += '\\\\'
    else if (char === '\n') out += '\\n'
    else if (char === '\r') out += '\\r'
    else if (char === '\t') out += '\\t'
    else if (code >= 0x20 && code < 0x7f) out += char
    else if (code < 0x80) out += `\\x${code.toString(16).padStart(2, '0')}`
    else if (code <= 0xffff) out += `\\u${code.toString(16).padStart(4, '0')}`
    else out += `\\U${code.toString(16).padStart(8, '0')}`
  }
  return out + '"'
}
