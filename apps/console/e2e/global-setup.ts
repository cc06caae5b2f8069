import { startPlatform } from './support/platform';

/** Starts the platform once for the suite; the returned function is Playwright's teardown. */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const { consoleUrl, stop } = await startPlatform();
  process.env.CONSOLE_E2E_URL = consoleUrl;
  return stop;
}
