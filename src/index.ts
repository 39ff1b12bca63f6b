export * from './types.js'
export * from './logger.js'
export * from './errors.js'
