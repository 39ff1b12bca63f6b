import type { DiscoveredPolicy } from '../types.js'
import { ENGINE_RESERVED, assignAliases, compareBytes } from './aliases.js'
import { renderTemplate } from './templates.js'

/** What imports.go.hbs is rendered from (documented in the README for custom templates). */
export interface ImportsModel {
  /** One entry per package, sorted by import path. */
  imports: { alias: string; path: string }[]
  /** One entry per policy, sorted by import path then symbol. */
  policies: {
    alias: string
    package: string
    symbol: string
    kind: DiscoveredPolicy['kind']
    /** Whether `T{}` is a valid composite literal (otherwise `new(T)` is used). */
    composite: boolean
    /** The registration source: `<import path>.<Symbol>`. */
    source: string
    module: string
    name: string | null
  }[]
}

export interface RenderImportsOptions {
  templatesDir?: string
  /** Extra package-level names of the engine that an alias must avoid. */
  reserved?: Iterable<string>
}

export function importsModel(
  policies: DiscoveredPolicy[],
  reserved: Iterable<string> = []
): ImportsModel {
  const aliases = assignAliases(
    policies.map(p => ({ path: p.package, packageName: p.packageName })),
    [...ENGINE_RESERVED, ...reserved]
  )
  const sorted = [...policies].sort(
    (a, b) => compareBytes(a.package, b.package) || compareBytes(a.symbol, b.symbol)
  )
  const imports = [...aliases].map(([path, alias]) => ({ alias, path }))
  imports.sort((a, b) => compareBytes(a.path, b.path))
  return {
    imports,
    policies: sorted.map(p => ({
      alias: aliases.get(p.package) as string,
      package: p.package,
      symbol: p.symbol,
      kind: p.kind,
      // The scanner may not say; a struct is by far the common case.
      composite: p.composite !== false,
      source: `${p.package}.${p.symbol}`,
      module: p.module,
      name: p.name ?? null
    }))
  }
}

/** Renders imports.go: the file that links every policy package into the engine. */
export function renderImports(
  policies: DiscoveredPolicy[],
  options: RenderImportsOptions = {}
): string {
  return renderTemplate(
    'imports.go.hbs',
    importsModel(policies, options.reserved),
    options.templatesDir
  )
}
