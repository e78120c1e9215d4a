/** The content the built site was made from, read the same way the build reads it. */
import { readSiteContent } from '../../src/site/content-integration.ts';

export const content = readSiteContent(process.cwd());
export const LANGS = ['en', 'zh'] as const;
export const prefix = (lang: 'en' | 'zh') => (lang === 'zh' ? '/zh' : '');
