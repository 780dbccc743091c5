// Every capability's tables. Add your capability's file here.
export * from './reference'
export * from './core'
export * from './marketplace'
export * from './subsidies'
export * from './agreements'
export * from './search'
export * from './statistics'
export * from './person'
