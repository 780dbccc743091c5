export * from './disclosure'
export * from './rules'
export * from './retention'
export * from './schemas'
