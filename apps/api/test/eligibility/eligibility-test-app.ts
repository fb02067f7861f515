import { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { App } from 'supertest/types';
import { DataSource, DataSourceOptions } from 'typeorm';
import { AppModule } from '../../src/app/app.module';
import { configureApp } from '../../src/app/create-app';
import { dataSourceOptions } from '../../src/database/data-source';
import { Eligibility1795470000000 } from '../../src/database/migrations/1795470000000-Eligibility';
import { SchemaMigrator } from '../../src/database/schema-migrator';
import { ELIGIBILITY_ENTITIES, EligibilityModule } from '../../src/eligibility/eligibility.module';
import { EligibilitySeeder } from '../../src/eligibility/eligibility.seeder';
import { ReferenceDataLoader } from '../../src/reference-data/reference-data.loader';

/** TypeOrmModule's options token (forRootAsync registers its factory under it). */
const TYPEORM_MODULE_OPTIONS = 'TypeOrmModuleOptions';

/**
 * The shared DataSource definition plus this module's entities and migration, which the lead
 * registers in `database/entities.ts` and `database/migrations/index.ts` (de-duplicated, so this
 * keeps working once they are registered there).
 */
export function eligibilityDataSourceOptions(): DataSourceOptions {
  const url = process.env['DATABASE_URL'];
  if (!url) throw new Error('DATABASE_URL is unset: run through the integration config');
  const base = dataSourceOptions(url);
  const entities = Array.isArray(base.entities) ? base.entities : [];
  const migrations = Array.isArray(base.migrations) ? base.migrations : [];
  return {
    ...base,
    entities: [...new Set([...entities, ...ELIGIBILITY_ENTITIES])],
    migrations: [...new Set([...migrations, Eligibility1795470000000])],
  } as DataSourceOptions;
}

export interface EligibilityTestApp {
  app: NestExpressApplication;
  http: App;
  dataSource: DataSource;
  close(): Promise<void>;
}

/**
 * The real AppModule plus EligibilityModule (until the lead wires it), started as `createApp` does:
 * migrations, reference data, then the eligibility seeding.
 */
export async function createEligibilityTestApp(): Promise<EligibilityTestApp> {
  const module = await Test.createTestingModule({
    imports: [AppModule, EligibilityModule],
  })
    .overrideProvider(TYPEORM_MODULE_OPTIONS)
    .useValue(eligibilityDataSourceOptions())
    .compile();
  const app = module.createNestApplication<NestExpressApplication>({
    logger: false,
  });
  configureApp(app);
  await app.get(SchemaMigrator).migrate();
  await app.get(ReferenceDataLoader).load();
  await app.get(EligibilitySeeder).seed();
  await app.init();
  return {
    app,
    http: app.getHttpServer() as App,
    dataSource: app.get(DataSource),
    close: () => app.close(),
  };
}
