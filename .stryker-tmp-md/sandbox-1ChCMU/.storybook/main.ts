// @ts-nocheck
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true },
  // The root vite.config.ts builds the library (`build.lib`, externals); Storybook builds an app.
  // Storybook already ignores the project's `build` section; drop a library setup defensively in
  // case a later Storybook stops doing so.
  viteFinal: async (viteConfig) => {
    if (viteConfig.build && 'lib' in viteConfig.build) delete viteConfig.build.lib;
    return viteConfig;
  },
};

export default config;
