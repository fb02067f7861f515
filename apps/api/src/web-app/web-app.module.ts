import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Logger, Module } from '@nestjs/common';
import { ServeStaticModule, ServeStaticModuleOptions } from '@nestjs/serve-static';
import { appConfig, AppConfig } from '../config/app.config';
import { WEB_LOCALES } from './web-locales';
import { WebAppController } from './web-app.controller';

/** Serves the built Angular app: one folder per locale, deep links fall back to its index.html. */
@Module({
  imports: [
    ServeStaticModule.forRootAsync({
      inject: [appConfig.KEY],
      useFactory: (config: AppConfig): ServeStaticModuleOptions[] => {
        const locales = WEB_LOCALES.filter((locale) => existsSync(join(config.webDistDir, locale, 'index.html')));
        if (locales.length === 0) {
          new Logger(WebAppModule.name).warn(`No built web app in ${config.webDistDir}; serving the API only`);
        }
        return locales.map((locale) => ({
          rootPath: join(config.webDistDir, locale),
          serveRoot: `/${locale}`,
          exclude: ['/api/{*path}'],
          serveStaticOptions: { index: 'index.html', fallthrough: true },
        }));
      },
    }),
  ],
  controllers: [WebAppController],
})
export class WebAppModule {}
