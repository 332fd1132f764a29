declare const __WPCM_VERSION__: string | undefined;

/** Injected by the bundler (and the test config) from package.json. */
export const VERSION: string = typeof __WPCM_VERSION__ === 'string' ? __WPCM_VERSION__ : '0.0.0-dev';
