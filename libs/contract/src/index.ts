export * from './lib/error.types';
export * from './lib/reference/reference.queries';
export * from './lib/reference/reference.types';
export * from './lib/routes';
