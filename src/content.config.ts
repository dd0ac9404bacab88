/**
 * The content collections. Each schema lives in src/content/schemas/ (one file per kind)
 * and is documented there field by field; this file only wires them to folders and
 * turns plain ids into checked cross references.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { sourceSchema } from './content/schemas/source';
import { glossarySchema } from './content/schemas/glossary';
import { articleSchema } from './content/schemas/article';
import { questionSchema } from './content/schemas/question';
import { therapySchema } from './content/schemas/therapy';
import { fundingSchema } from './content/schemas/funding';
import { gapSchema } from './content/schemas/gap';
import { progressionSchema } from './content/schemas/progression';

const contentRoot = process.env.CONTENT_ROOT ?? './src/content';
const folder = (name: string, pattern: string) => glob({ base: `${contentRoot}/${name}`, pattern });

const article = () => articleSchema(reference('sources'));

export const collections = {
  sources: defineCollection({ loader: folder('sources', '*.yaml'), schema: sourceSchema }),
  glossary: defineCollection({
    loader: folder('glossary', '*.yaml'),
    schema: glossarySchema(reference('sources'), reference('glossary')),
  }),
  strategy: defineCollection({ loader: folder('strategy', '*.mdx'), schema: article() }),
  symptoms: defineCollection({ loader: folder('symptoms', '*.mdx'), schema: article() }),
  pages: defineCollection({ loader: folder('pages', '*.mdx'), schema: article() }),
  questions: defineCollection({
    loader: folder('questions', '*.yaml'),
    schema: questionSchema(reference('symptoms'), reference('sources')),
  }),
  funding: defineCollection({
    loader: folder('funding', '*.yaml'),
    schema: fundingSchema(reference('symptoms'), reference('sources')),
  }),
  therapies: defineCollection({
    loader: folder('therapies', '*.yaml'),
    schema: therapySchema(reference('sources'), reference('symptoms'), reference('therapies')),
  }),
  gaps: defineCollection({
    loader: folder('gaps', '*.yaml'),
    schema: gapSchema(reference('strategy'), reference('sources')),
  }),
  progression: defineCollection({
    loader: folder('progression', '*.yaml'),
    schema: progressionSchema(reference('sources'), reference('glossary')),
  }),
};
