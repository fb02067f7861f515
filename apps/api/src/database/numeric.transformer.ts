import { ValueTransformer } from 'typeorm';

/** node-postgres returns NUMERIC as text to keep precision; our ratios and indexes fit a double. */
export const numericTransformer: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
