import { chromium, FullConfig } from '@playwright/test';

/** Says which browser runs the tests, so the log proves it is Debian's Chromium. */
export default async function globalSetup(config: FullConfig): Promise<void> {
  const launchOptions = config.projects[0]?.use.launchOptions ?? {};
  const browser = await chromium.launch(launchOptions);
  console.log(`\nBrowser tests run in Chromium ${browser.version()} (${launchOptions.executablePath}) against ${config.projects[0]?.use.baseURL}\n`);
  await browser.close();
}
