/** RFC 3339 in UTC with seconds precision, e.g. 2024-05-01T12:00:00Z (engine stamp, OCI label). */
export function rfc3339(epochSeconds: number): string {
  return new Date(epochSeconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z')
}
