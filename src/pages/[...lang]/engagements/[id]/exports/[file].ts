/**
 * The engagement's files, written at build time beside its pages: YAML, JSON, tasks CSV,
 * milestones iCalendar and the summary's charts as SVG, each in the page's language; and the
 * deck (PowerPoint) and, with an ROI case, the workbook (Excel).
 */
import type { APIRoute } from 'astro';
import { availableExports, EXPORT_TYPES, exportFile, type ExportFile } from '../../../../../render/export-files.ts';
import {
  availableBinaryExports,
  BINARY_TYPES,
  binaryExport,
  isBinaryExport,
} from '../../../../../site/binary-exports.ts';
import { content } from '../../../../../site/site-content.ts';
import { engagementPaths, type EngagementPageProps } from '../../../../../site/engagement-paths.ts';
import { engagementFailure } from '../../../../../site/engagement-failure.ts';

/** Every file of every engagement; one the engines fail on offers none (its summary page says why). */
export function getStaticPaths() {
  return engagementPaths().flatMap((path) => {
    const { engagement } = path.props;
    const files = engagementFailure(engagement, content)
      ? []
      : [...availableExports(engagement, content), ...availableBinaryExports(engagement)];
    return files.map((file) => ({ params: { ...path.params, file }, props: path.props }));
  });
}

export const GET: APIRoute = async ({ params, props }) => {
  const { lang, engagement } = props as EngagementPageProps;
  const file = params['file'] ?? '';
  if (isBinaryExport(file)) {
    const today = new Date().toISOString().slice(0, 10);
    const bytes = await binaryExport(file, engagement, lang, content, today);
    return new Response(bytes as BodyInit, { headers: { 'Content-Type': BINARY_TYPES[file] } });
  }
  const text = exportFile(file as ExportFile, engagement, lang, content) ?? '';
  return new Response(text, { headers: { 'Content-Type': EXPORT_TYPES[file as ExportFile] } });
};
