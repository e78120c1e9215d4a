/** The content as JSON for the workshop island: fetched once, cached by the browser. */
import { content } from '../site/site-content.ts';

export function GET(): Response {
  const { frameworks, templates, engagements } = content;
  return new Response(JSON.stringify({ frameworks, templates, engagements }), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
