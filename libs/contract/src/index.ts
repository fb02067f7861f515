export * from './lib/accounts/account.requests';
export * from './lib/accounts/account.types';
export * from './lib/accounts/audit.query';
export * from './lib/accounts/login.request';
export * from './lib/error.types';
export * from './lib/facilities/facility.types';
export * from './lib/imports/import.types';
export * from './lib/reference/reference.queries';
export * from './lib/reference/reference.types';
export * from './lib/routes';
export * from './lib/eligibility/index'; // TEMP-ELIGIBILITY (revert)
