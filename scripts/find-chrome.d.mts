/** The path of a Chrome/Chromium executable (CHROME_PATH, else one chrome-launcher finds), or undefined. */
export function findChrome(): string | undefined;
