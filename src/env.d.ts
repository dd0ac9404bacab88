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
    /**
     * The glossary terms the page's <Term>s use, by id, in order of first use. <WithDefinitions>
     * sets it before its content renders and then writes each definition once, after the text.
     */
    termDefinitions?: Map<string, { term: string; definition: string }>;
  }
}
