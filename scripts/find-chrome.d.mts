import type { Browser } from 'puppeteer-core';

/** The path of a Chrome/Chromium executable (CHROME_PATH, else one chrome-launcher finds), or undefined. */
export function findChrome(): string | undefined;

/** The found browser, started headless with puppeteer-core; `extraArgs` add Chromium flags. */
export function launchHeadlessChrome(extraArgs?: string[]): Promise<Browser>;
