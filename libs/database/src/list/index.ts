export * from './list-page';
export * from './list-request';
export * from './list-spec';
