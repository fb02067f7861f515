import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { EnvironmentProviders, LOCALE_ID, Provider } from '@angular/core';
import { provideRouter, withComponentInputBinding } from '@angular/router';

/** Providers most component specs need: HTTP with a testing backend, a router, the ja locale. */
export function provideTestEnvironment(): (Provider | EnvironmentProviders)[] {
  return [provideHttpClient(), provideHttpClientTesting(), provideRouter([], withComponentInputBinding()), { provide: LOCALE_ID, useValue: 'ja' }];
}
