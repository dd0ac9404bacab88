/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Set by an article route before its MDX renders, so MDX components know their page. */
    article?: {
      /** The source file, for error messages, e.g. src/content/strategy/overview.mdx. */
      file: string;
      /** The page's source ids in front-matter order: <Cite> numbers follow it. */
      sources: string[];
    };
    /** Counts <Term> uses on the page, to give each popover a unique id. */
    termCount?: number;
  }
}
