export * from './occupation'
export * from './schema'
export * from './status'
