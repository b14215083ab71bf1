export * from './audit-chain';
export * from './audit-diff';
export * from './audit-event.entity';
export * from './audit-query';
export * from './audit-sealer';
export * from './audit-verifier';
export * from './audit.module';
export * from './unit-of-work';
