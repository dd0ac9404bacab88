import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
/** The built site under test; DIST_DIR lets a second build (e.g. ASTRO_OUT_DIR=…) be checked alongside. */
export const distDir = process.env.DIST_DIR ? path.resolve(process.env.DIST_DIR) : path.join(projectRoot, 'dist');
export const contentDir = path.join(projectRoot, 'src', 'content');

/** Pages under /pipeline/ that are not a therapy's page. */
export const pipelineSectionPages: ReadonlySet<string> = new Set(['/pipeline/updates/', '/pipeline/approved/']);
