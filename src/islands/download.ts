/** Saving from the page as a file: a drawing as SVG or as PNG drawn at twice its size, an engagement as YAML. */
import type { Engagement } from '../schemas/generated/types.ts';

export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Text on the clipboard; some browsers block it, and the caller then shows the text to select. */
export async function copyText(text: string): Promise<'copied' | 'failed'> {
  try {
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    return 'failed';
  }
}

export function saveSvg(svgText: string, name: string): void {
  saveBlob(new Blob([svgText], { type: 'image/svg+xml' }), name);
}

/**
 * Draws `svgText` at `width` × `height` doubled onto a white canvas and saves it, so the PNG
 * is sharp when projected. The SVG must carry its own styles (a page's stylesheet does not
 * reach an image).
 */
export async function savePng(svgText: string, width: number, height: number, name: string): Promise<void> {
  // A drawing sized to its container (width="100%") has no pixels of its own; an image needs them.
  const parsed = new DOMParser().parseFromString(svgText, 'image/svg+xml').documentElement;
  parsed.setAttribute('width', String(width));
  parsed.setAttribute('height', String(height));
  const sized = new XMLSerializer().serializeToString(parsed);
  const url = URL.createObjectURL(new Blob([sized], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width * 2;
    canvas.height = height * 2;
    const context = canvas.getContext('2d');
    if (!context) return;
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (png) saveBlob(png, name);
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The engagement as a YAML file named after its id; the YAML writer loads only when asked. */
export async function saveEngagementYaml(engagement: Engagement): Promise<void> {
  const { engagementToYaml } = await import('../core/workshop/import-export.ts');
  saveBlob(new Blob([engagementToYaml(engagement)], { type: 'application/yaml' }), `${engagement.id}.yaml`);
}
