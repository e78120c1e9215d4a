/** The content as pages see it: plain data from the build-time loader. */
import type { Engagement, Framework, Template } from '../schemas/generated/types.ts';
import data from 'virtual:crmkit-content';

export interface SiteContent {
  frameworks: Framework[];
  templates: Template[];
  engagements: Engagement[];
  /** "framework:<id>" → where it came from and which overlays changed it. */
  origins: Record<string, { file: string; overlays: string[] }>;
}

export const content: SiteContent = data;
