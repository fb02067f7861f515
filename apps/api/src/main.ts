import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { DemoDataSeeder } from './demo/demo-data.seeder';
import { createApp } from './app/create-app';
import { EnvironmentError, validateEnvironment } from './config/environment';
import { provideDatabase } from './database/database-provider';
import { readMailSettings } from './notifications/notifications.config';
import { ReferenceDataFileError } from './reference-data/reference-data.files';

async function bootstrap(): Promise<void> {
  const logger = new Logger('renkei');
  const environment = validateEnvironment(process.env);
  readMailSettings(process.env);
  const database = await provideDatabase(environment, (message) => logger.log(message));
  let stopping = false;
  const stopDatabase = async () => {
    if (database && !stopping) {
      stopping = true;
      await database.stop();
      logger.log('Embedded PostgreSQL stopped');
    }
  };

  try {
    const seedDemo = environment.SEED_DEMO ?? database !== undefined;
    const app = await createApp({ seedDemo });
    // Close the app (and its connections) first, then the embedded cluster, then exit.
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => {
        logger.log(`${signal} received, shutting down`);
        void app
          .close()
          .then(stopDatabase)
          .finally(() => process.exit(0));
      });
    }
    await app.listen(environment.PORT);
    const url = `http://localhost:${environment.PORT}`;
    logger.log(`renkei is running at ${url}/  (API ${url}/api, docs ${url}/api/docs)`);
    if (seedDemo) {
      console.log(app.get(DemoDataSeeder).describe(url));
    }
  } catch (error) {
    await stopDatabase();
    throw error;
  }
}

bootstrap().catch((error: unknown) => {
  // Configuration and data problems are the user's to fix: one clear line, no stack trace.
  if (error instanceof EnvironmentError || error instanceof ReferenceDataFileError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
