/**
 * The engagement's files, written at build time beside its pages: YAML, JSON, tasks CSV,
 * milestones iCalendar and the summary's charts as SVG, each in the page's language.
 */
import type { APIRoute } from 'astro';
import { availableExports, EXPORT_TYPES, exportFile, type ExportFile } from '../../../../../render/export-files.ts';
import { content } from '../../../../../site/site-content.ts';
import { engagementPaths, type EngagementPageProps } from '../../../../../site/engagement-paths.ts';
import { engagementFailure } from '../../../../../site/engagement-failure.ts';

/** Every file of every engagement; one the engines fail on offers none (its summary page says why). */
export function getStaticPaths() {
  return engagementPaths().flatMap((path) =>
    (engagementFailure(path.props.engagement, content) ? [] : availableExports(path.props.engagement, content)).map(
      (file) => ({
        params: { ...path.params, file },
        props: path.props,
      }),
    ),
  );
}

export const GET: APIRoute = ({ params, props }) => {
  const { lang, engagement } = props as EngagementPageProps;
  const file = params['file'] as ExportFile;
  const text = exportFile(file, engagement, lang, content) ?? '';
  return new Response(text, { headers: { 'Content-Type': EXPORT_TYPES[file] } });
};
