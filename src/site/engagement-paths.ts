/** Static paths for the pages each engagement gets, in every language. */
import { languagePaths } from '../i18n/ui.ts';
import type { Engagement, Language } from '../schemas/generated/types.ts';
import { content } from './site-content.ts';

export interface EngagementPageProps {
  lang: Language;
  engagement: Engagement;
}

export function engagementPaths() {
  return languagePaths().flatMap(({ params, props }) =>
    content.engagements.map((engagement) => ({
      params: { ...params, id: engagement.id },
      props: { ...props, engagement },
    })),
  );
}
