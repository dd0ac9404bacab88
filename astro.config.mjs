// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { textSizeBootScript } from './src/lib/text-size.ts';
import { drawingUnpackScript } from './src/lib/chart-drawing.ts';
import { sha256Source } from './src/lib/csp.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { chartFiles } from './src/integrations/chart-files.ts';
import { socialCards } from './src/integrations/social-cards.ts';
import { citationFilesIntegration } from './src/integrations/citation-files.ts';
import { hostHeaders } from './src/integrations/host-headers.ts';
import { siteSettings } from './src/integrations/site-settings.ts';
import { readSiteUrl } from './src/lib/site-url.ts';

// The public address of the site (SITE_URL). Canonical links, social cards, the sitemap, embed
// codes, citations and chart files need it; unset means a local build (with a warning), and a
// malformed address stops here with what to write.
const siteUrl = readSiteUrl();
const site = siteUrl.url.href;

export default defineConfig({
  site,
  // Tests build invalid fixture content in isolation; these keep those builds apart.
  ...(process.env.ASTRO_OUT_DIR ? { outDir: process.env.ASTRO_OUT_DIR } : {}),
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Keep the whitespace between inline elements: prose mixes links, <Term> and
  // <Cite> inside sentences, and Astro 7's default 'jsx' mode would glue them together.
  compressHTML: true,
  // Shiki colours code with inline styles, which the strict CSP forbids; the site shows no code.
  markdown: { syntaxHighlight: false },
  integrations: [
    siteSettings(siteUrl),
    mdx(),
    // Embed pages are copies of charts for iframes elsewhere; the articles are what to list.
    // Charts' share pages (/charts/<id>/) are there for link previews; the chart's own page is what to list.
    sitemap({ filter: (page) => !/^\/(embed|charts)\//.test(new URL(page).pathname) }),
    chartFiles(),
    // After chart-files: a chart's card reuses its picture.
    socialCards(),
    citationFilesIntegration(),
    pagefindIndex(),
    // Last: it copies every page's final <meta> policy into the host's headers.
    hostHeaders(),
  ],
  security: {
    // A strict policy on every page: only our own scripts and styles (hashed by Astro),
    // no inline handlers, no style="" attributes, nothing from another origin.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        // Pagefind (search) runs its index in a worker and compiles WebAssembly.
        "worker-src 'self' blob:",
      ],
      scriptDirective: {
        resources: ["'self'", "'wasm-unsafe-eval'"],
        // The inline scripts: one applies the reader's text size before the first paint; the
        // other unpacks a chart's wide and compact drawings (src/lib/chart-drawing.ts).
        hashes: [sha256Source(textSizeBootScript), sha256Source(drawingUnpackScript)],
      },
    },
  },
  devToolbar: { enabled: false },
  // One stylesheet for the whole site (about 6 KB gzipped), cached after the first page:
  // per-page CSS chunks meant three or four render-blocking requests on every page, and the
  // smallest were inlined as <style>, which only worked by hashing each into the policy.
  vite: { build: { cssCodeSplit: false } },
});
