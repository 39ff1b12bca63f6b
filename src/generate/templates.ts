import { existsSync, readFileSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import Handlebars from 'handlebars'
import { InputError } from '../errors.js'
import { packageRoot } from '../util/paths.js'
import { goIdent, goString } from './go-syntax.js'
import {
  dockerImage,
  dockerJson,
  dockerLabelKey,
  dockerPath,
  dockerPort,
  dockerString,
  dockerUser
} from '../package/docker-syntax.js'

export type TemplateName = 'imports.go.hbs' | 'Dockerfile.hbs'

/**
 * A private Handlebars environment: our helpers never leak into (or get replaced by) another
 * user of the handlebars package in the same process.
 */
const handlebars = Handlebars.create()

// Helpers escape for the target syntax; a value they cannot write safely makes them throw.
handlebars.registerHelper({
  goString: (value: unknown) => goString(value),
  goIdent: (value: unknown) => goIdent(value),
  dockerString: (value: unknown) => dockerString(value),
  dockerJson: (value: unknown) => dockerJson(value),
  dockerImage: (value: unknown) => dockerImage(value),
  dockerLabelKey: (value: unknown) => dockerLabelKey(value),
  dockerUser: (value: unknown) => dockerUser(value),
  dockerPort: (value: unknown) => dockerPort(value),
  dockerPath: (value: unknown) => dockerPath(value),
  eq: (a: unknown, b: unknown) => a === b
})

export function defaultTemplatesDir(): string {
  return join(packageRoot(), 'templates')
}

/** The template file to use: the user's when their folder has it, else the shipped one. */
export function templatePath(name: TemplateName, templatesDir?: string): string {
  if (templatesDir) {
    const dir = resolve(templatesDir)
    if (!existsSync(dir) || !statSync(dir).isDirectory()) {
      throw new InputError({
        file: dir,
        field: 'templates',
        message: 'the templates folder does not exist',
        fix: 'point templates at a folder holding imports.go.hbs and/or Dockerfile.hbs, or leave it empty'
      })
    }
    const candidate = join(dir, name)
    if (existsSync(candidate)) return candidate
  }
  return join(defaultTemplatesDir(), name)
}

const compiled = new Map<string, Handlebars.TemplateDelegate>()

/**
 * Compiles a template once per process, keyed by its file and modification time (so a
 * long-lived library user who edits a template gets the new one).
 */
export function loadTemplate(
  name: TemplateName,
  templatesDir?: string
): Handlebars.TemplateDelegate {
  const file = templatePath(name, templatesDir)
  let key = file
  try {
    const stat = statSync(file)
    key = `${file}\0${stat.mtimeMs}\0${stat.size}`
  } catch {
    // unreadable: reported below when reading it
  }
  let template = compiled.get(key)
  if (!template) {
    let source: string
    try {
      source = readFileSync(file, 'utf8')
    } catch (error) {
      throw new InputError({
        file,
        field: 'templates',
        message: `cannot read template: ${(error as Error).message}`,
        fix: 'make the template file readable'
      })
    }
    // noEscape: the output is Go or Dockerfile, not HTML; escaping is the helpers' job.
    // strict: a misspelt field is an error instead of silently empty text.
    template = handlebars.compile(source, { noEscape: true, strict: true })
    compiled.set(key, template)
  }
  return template
}

/** Renders a template; a helper refusing a value or a template error names the file. */
export function renderTemplate(name: TemplateName, model: object, templatesDir?: string): string {
  const file = templatePath(name, templatesDir)
  const template = loadTemplate(name, templatesDir)
  try {
    return template(model)
  } catch (error) {
    throw new InputError({
      file,
      field: 'templates',
      message: `cannot render ${name}: ${(error as Error).message}`,
      fix: file.startsWith(defaultTemplatesDir())
        ? 'check the values named above (module paths, labels, base image)'
        : 'check the template against the documented model, and the values named above'
    })
  }
}
