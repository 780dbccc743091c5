export * from './types'
export * from './score'
export * from './geography'
export * from './top-n'
