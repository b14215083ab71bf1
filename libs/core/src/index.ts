export * from './actor';
export * from './config';
export * from './errors';
export * from './state-machine';
export * from './validation';
