/**
 * Astro integration that loads the content (shipped, plus folders in CRMKIT_CONTENT)
 * through the same loader as the CLI and serves it to pages as the virtual module
 * `virtual:crmkit-content`. Invalid content stops the build with the CLI's messages
 * (warnings are printed and the build goes on); in dev, editing a YAML file reloads the page.
 */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { loadContent } from '../core/check/load-content.ts';
import { isError } from '../core/load/problem.ts';
import { formatProblem } from '../i18n/messages.ts';
import {
  extraContentRoots,
  readSources,
  SHIPPED_FOLDERS,
  shippedContentFiles,
  yamlFilesUnder,
} from '../node/content-files.ts';
import type { SiteContent } from './site-content.ts';

const MODULE_ID = 'virtual:crmkit-content';
const RESOLVED_ID = `\0${MODULE_ID}`;

export class ContentProblemsError extends Error {
  constructor(lines: string[]) {
    super(
      `crmkit content has ${lines.length} problem${lines.length === 1 ? '' : 's'}:\n${lines.join('\n')}\nRun \`npx crmkit validate\` for the same list.`,
    );
    this.name = 'ContentProblemsError';
  }
}

export function contentFolders(root: string): string[] {
  return [...SHIPPED_FOLDERS.map((f) => join(root, f)), ...extraContentRoots()];
}

/** Where the build's warnings go: the terminal running it. */
export function readSiteContent(root: string, warn: (text: string) => void = console.warn): SiteContent {
  const files = [...shippedContentFiles(root), ...extraContentRoots().flatMap((dir) => yamlFilesUnder(dir))];
  const { sources, problems: unread } = readSources(files, root);
  const content = loadContent(sources);
  const lines = [
    ...unread.map((p) => formatProblem(p)),
    ...content.problems.filter(isError).map((p) => formatProblem(p)),
  ];
  if (lines.length > 0) throw new ContentProblemsError(lines);
  const warnings = content.problems.filter((p) => !isError(p)).map((p) => formatProblem(p));
  if (warnings.length > 0) warn(warnings.join('\n'));
  return {
    frameworks: [...content.frameworks.values()],
    templates: [...content.templates.values()],
    engagements: [...content.engagements.values()],
    origins: Object.fromEntries(content.origins),
  };
}

function contentPlugin(root: string): Plugin {
  const folders = contentFolders(root);
  const isContent = (file: string) => /\.ya?ml$/i.test(file) && folders.some((folder) => file.startsWith(folder));
  return {
    name: 'crmkit-content',
    resolveId: (id) => (id === MODULE_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      return `export default ${JSON.stringify(readSiteContent(root))};`;
    },
    configureServer(server) {
      server.watcher.add(folders);
      const reload = (file: string) => {
        if (!isContent(file)) return;
        const module = server.moduleGraph.getModuleById(RESOLVED_ID);
        if (module) server.moduleGraph.invalidateModule(module);
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('change', reload);
      server.watcher.on('add', reload);
      server.watcher.on('unlink', reload);
    },
  };
}

export function crmkitContent(): AstroIntegration {
  return {
    name: 'crmkit-content',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        updateConfig({ vite: { plugins: [contentPlugin(fileURLToPath(config.root))] } });
      },
    },
  };
}
