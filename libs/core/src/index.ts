export * from './actor';
export * from './config';
export * from './csv';
export * from './errors';
export * from './redaction';
export * from './state-machine';
export * from './validation';
export * from './runtime';
