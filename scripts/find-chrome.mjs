/**
 * Finds a Chrome or Chromium for the browser tests, or installs Debian's `chromium` where we run
 * as root with apt-get; otherwise says what to install. CHROME_PATH overrides the search.
 *
 *   node scripts/find-chrome.mjs      prints the path, exits 1 with instructions when there is none
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { Launcher } from 'chrome-launcher';

const installWithApt = () => {
  const isRoot = process.getuid?.() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (!isRoot || !hasApt) return false;
  console.error("No Chrome or Chromium found: installing Debian's chromium with apt-get (about 20 s)...");
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return true;
};

/** The path of a Chrome/Chromium executable, or undefined. */
export function findChrome() {
  if (process.env.CHROME_PATH) return existsSync(process.env.CHROME_PATH) ? process.env.CHROME_PATH : undefined;
  return Launcher.getInstallations()[0];
}

/**
 * Starts the found browser headless with puppeteer-core, for the tests, the bench and the
 * screenshots: no sandbox (CI runs as root), no GPU, and none of the background connections a
 * closed network refuses. `extraArgs` add flags (e.g. for stable pixels).
 * @param {string[]} [extraArgs]
 */
export async function launchHeadlessChrome(extraArgs = []) {
  const executablePath = findChrome();
  if (!executablePath) throw new Error('No Chrome or Chromium found: run `node scripts/find-chrome.mjs` or set CHROME_PATH');
  const { default: puppeteer } = await import('puppeteer-core');
  return puppeteer.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--headless=new',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...extraArgs,
    ],
  });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  let chrome = findChrome();
  if (!chrome && installWithApt()) chrome = findChrome();
  if (!chrome) {
    console.error(
      [
        process.env.CHROME_PATH
          ? `CHROME_PATH is set to ${process.env.CHROME_PATH}, but there is no file there.`
          : 'No Chrome or Chromium was found.',
        'The browser tests need one. Install Google Chrome or Chromium, for example:',
        '  Debian/Ubuntu:  sudo apt-get install chromium',
        '  macOS:          brew install --cask google-chrome',
        '  Windows:        https://www.google.com/chrome/',
        'or set CHROME_PATH to the browser executable.',
      ].join('\n'),
    );
    process.exit(1);
  }
  console.log(`Browser for tests: ${chrome}`);
}
