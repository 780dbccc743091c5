export * from './workflow'
export * from './follow-up'
export * from './form'
