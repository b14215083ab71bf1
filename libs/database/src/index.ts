export * from './admin';
export * from './data-source-options';
export * from './database.module';
export * from './list';
export * from './naming-strategy';
export * from './tracked.entity';
export * from './numeric';
export * from './versioned.dto';
