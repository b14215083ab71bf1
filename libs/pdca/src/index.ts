export * from './check';
export * from './plan';
export * from './shared';
