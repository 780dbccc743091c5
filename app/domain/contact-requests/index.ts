export * from './transitions'
export * from './cv-parts'
export * from './dates'
export * from './answers'
