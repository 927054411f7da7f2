/** This copy's version (package.json's, checked by test/node/version.test.ts), so two copies on one page can tell each other apart. */
// @ts-nocheck

export const libraryVersion = '0.2.0';
