import type { ValueTransformer } from 'typeorm';

/** PostgreSQL `numeric` comes back as a string; indicator values are numbers in the API. */
export const numericTransformer: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
