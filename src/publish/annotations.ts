/**
 * OCI annotations (the `annotations` input): `[levels:]key=value` lines, where levels are
 * `index`, `manifest`, `index-descriptor` or `manifest-descriptor`, comma-separated, as
 * docker/metadata-action writes them and `docker buildx build --annotation` reads them. A line
 * without levels applies to the index and the manifests. GHCR shows the description of a
 * multi-arch image from the index's `org.opencontainers.image.description` annotation
 * (docker/buildx#1965), so the computed description label is added there by default.
 */
import type { Problem } from '../errors.js'
import { hasControlCharacter, shown } from '../plan/values.js'

export const ANNOTATION_LEVELS = [
  'manifest',
  'index',
  'manifest-descriptor',
  'index-descriptor'
] as const
export type AnnotationLevel = (typeof ANNOTATION_LEVELS)[number]

export interface Annotation {
  /** In the order written, without duplicates. */
  levels: AnnotationLevel[]
  key: string
  value: string
}

/** The levels of a line that names none. */
export const DEFAULT_LEVELS: readonly AnnotationLevel[] = ['index', 'manifest']

export const DESCRIPTION_KEY = 'org.opencontainers.image.description'

/** Same rule as label keys: reverse-DNS style, letters, digits, '.', '-', '_'. */
const KEY = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/
const INDEX_LEVELS: readonly AnnotationLevel[] = ['index', 'index-descriptor']

/** Parses the input's lines; every bad line is reported, none is rewritten. */
export function parseAnnotations(
  lines: readonly string[],
  field = 'annotations'
): { annotations: Annotation[]; problems: Problem[] } {
  const annotations: Annotation[] = []
  const problems: Problem[] = []
  lines.forEach((line, index) => {
    if (line.trim() === '') return
    const where = `line ${index + 1}`
    const eq = line.indexOf('=')
    if (eq < 0) {
      problems.push({
        field,
        message: `${where} ${shown(line)} has no '='`,
        fix: 'write each annotation as [index:|manifest:]key=value on its own line'
      })
      return
    }
    const head = line.slice(0, eq).trim()
    const value = line.slice(eq + 1)
    const colon = head.indexOf(':')
    const key = colon < 0 ? head : head.slice(colon + 1).trim()
    let levels: AnnotationLevel[] = [...DEFAULT_LEVELS]
    if (colon >= 0) {
      const named = head
        .slice(0, colon)
        .split(',')
        .map(level => level.trim())
      const unknown = named.filter(
        level => !(ANNOTATION_LEVELS as readonly string[]).includes(level)
      )
      if (unknown.length > 0) {
        problems.push({
          field,
          message: `${where}: ${unknown.map(level => shown(level)).join(', ')} is not an annotation level${/\[/.test(head) ? ' (platform-specific annotations are not supported)' : ''}`,
          fix: `prefix the key with ${ANNOTATION_LEVELS.join(', ')} (comma-separated, e.g. index,manifest:key=value), or with nothing for the index and the manifests`
        })
        return
      }
      levels = [...new Set(named as AnnotationLevel[])]
    }
    if (!KEY.test(key)) {
      problems.push({
        field,
        message: `${where}: ${shown(key)} is not a valid annotation key`,
        fix: "use letters, digits, '.', '-' and '_', e.g. org.opencontainers.image.description"
      })
      return
    }
    if (hasControlCharacter(value)) {
      problems.push({
        field,
        message: `the value of annotation ${key} (${shown(value)}) holds a control character (newline, tab, ...)`,
        fix: 'write the annotation value on one line, without control characters'
      })
      return
    }
    annotations.push({ levels, key, value })
  })
  return { annotations, problems }
}

/** Whether an annotation names the index (or its descriptor). */
export function onIndex(annotation: Annotation): boolean {
  return annotation.levels.some(level => INDEX_LEVELS.includes(level))
}

/**
 * The user's annotations, then `index:org.opencontainers.image.description` from the
 * computed description label unless the user set an index description already.
 */
export function withDescription(
  annotations: readonly Annotation[],
  description: string | undefined
): Annotation[] {
  const described = annotations.some(a => a.key === DESCRIPTION_KEY && a.levels.includes('index'))
  if (described || description === undefined || description === '') return [...annotations]
  return [...annotations, { levels: ['index'], key: DESCRIPTION_KEY, value: description }]
}

/**
 * The `--annotation` values for buildx, one per level (`index:key=value`): the comma form
 * (`index,manifest:key=value`) needs buildx 0.13+, and `imagetools create` of older versions
 * reads one level only. Index levels only when the result is an index: buildx refuses them
 * on a single-platform manifest ("index annotations not supported for single platform
 * export").
 */
export function annotationFlags(annotations: readonly Annotation[], index: boolean): string[] {
  return annotations.flatMap(annotation =>
    annotation.levels
      .filter(level => index || !INDEX_LEVELS.includes(level))
      .map(level => `${level}:${annotation.key}=${annotation.value}`)
  )
}

/**
 * The `--annotation` values of `docker buildx imagetools create` (a distributed build's
 * merge): the index annotations taken from the platform images' labels, the user's index
 * annotations replacing those of the same key, and the user's manifest descriptors.
 * imagetools writes no other level; manifest levels were applied by the platform jobs.
 */
export function mergeAnnotationFlags(
  fromLabels: readonly string[],
  annotations: readonly Annotation[]
): string[] {
  const own = new Set(annotations.filter(a => a.levels.includes('index')).map(a => a.key))
  const kept = fromLabels.filter(flag => {
    const key = /^index:([^=]*)=/.exec(flag)?.[1]
    return key === undefined || !own.has(key)
  })
  const user = annotations.flatMap(annotation =>
    annotation.levels
      .filter(level => level === 'index' || level === 'manifest-descriptor')
      .map(level => `${level}:${annotation.key}=${annotation.value}`)
  )
  return [...kept, ...user]
}
