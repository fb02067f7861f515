import 'reflect-metadata';
import '@angular/localize/init';
import { setupZonelessTestEnv } from 'jest-preset-angular/setup-env/zoneless';
// After the test environment (which loads the compiler that @angular/common needs).
import { registerLocaleData } from '@angular/common';
import localeJa from '@angular/common/locales/ja';

setupZonelessTestEnv({
  errorOnUnknownElements: true,
  errorOnUnknownProperties: true,
});

// The app's source locale; specs that render numbers or names provide LOCALE_ID 'ja'.
registerLocaleData(localeJa);
