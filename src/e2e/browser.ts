// Finds a Chromium without downloading one: CHROMIUM_PATH if set, else the build that ships inside the
// @sparticuz/chromium npm package. Flags keep it from making any outside connection.
import sparticuz from '@sparticuz/chromium';

/** Flags of the npm build that break features we test (service workers need a multi-process browser). */
const DROPPED = new Set(['--single-process', '--no-zygote', "--headless='shell'", '--disable-web-security']);

export const OFFLINE_FLAGS = [
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--no-default-browser-check',
];

export async function chromiumLaunchOptions(): Promise<{ executablePath: string; args: string[] }> {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return { executablePath: fromEnv, args: ['--no-sandbox', '--disable-gpu', ...OFFLINE_FLAGS] };
  const executablePath = await sparticuz.executablePath();
  const args = sparticuz.args.filter((a) => !DROPPED.has(a));
  return { executablePath, args: [...args, ...OFFLINE_FLAGS] };
}
