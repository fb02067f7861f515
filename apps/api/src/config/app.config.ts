import { join } from 'node:path';
import { ConfigType, registerAs } from '@nestjs/config';
import { validateEnvironment } from './environment';

export const appConfig = registerAs('app', () => {
  const environment = validateEnvironment(process.env);
  return {
    port: environment.PORT,
    publicUrl: (environment.PUBLIC_URL ?? `http://localhost:${environment.PORT}`).replace(/\/$/, ''),
    corsOrigins: (environment.CORS_ORIGINS ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    referenceDataDir: environment.REFERENCE_DATA_DIR ?? join(__dirname, 'reference-data'),
    webDistDir: environment.WEB_DIST_DIR ?? join(__dirname, '..', 'web', 'browser'),
  };
});
export type AppConfig = ConfigType<typeof appConfig>;

export const databaseConfig = registerAs('database', () => {
  const environment = validateEnvironment(process.env);
  if (!environment.DATABASE_URL) {
    throw new Error('DATABASE_URL is unset: start the embedded database before creating the app');
  }
  return {
    url: environment.DATABASE_URL,
    logging: environment.DATABASE_LOGGING,
  };
});
export type DatabaseConfig = ConfigType<typeof databaseConfig>;
