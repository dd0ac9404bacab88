/**
 * Prints, once per build, what the deploy has not configured yet: the public address
 * (SITE_URL) and the publisher and corrections settings (src/lib/publisher.ts). A build for
 * `npm start` or `npm test` may leave them unset; a deploy should not.
 */
import type { AstroIntegration } from 'astro';
import type { SiteUrl } from '../lib/site-url';
import { siteConfig } from '../lib/publisher';

export function siteSettings(siteUrl: SiteUrl): AstroIntegration {
  return {
    name: 'charting-progressive-ms:site-settings',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (siteUrl.warning) logger.warn(siteUrl.warning);
        for (const warning of siteConfig().warnings) logger.warn(warning);
      },
    },
  };
}
