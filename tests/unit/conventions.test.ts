/**
 * The conventions a user meets outside crmkit: `--lang` takes the language tags other tools
 * write (BCP 47), and an exported engagement's schema header resolves in an editor.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.ts';
import { languageFromTag } from '../../src/core/shared/text.ts';
import { engagementToYaml } from '../../src/core/workshop/import-export.ts';
import { sample } from './assess-helpers.ts';

const SAMPLE = 'assessments/sony-china-after-sales.yaml';

describe('languageFromTag', () => {
  it.each([
    ['en', 'en'],
    ['en-US', 'en'],
    ['en-GB', 'en'],
    ['EN', 'en'],
    ['zh', 'zh'],
    ['zh-CN', 'zh'],
    ['zh-Hans', 'zh'],
    ['zh-Hans-SG', 'zh'],
    ['zh_CN', 'zh'],
    ['ZH-cn', 'zh'],
  ] as const)('%s reads as %s', (tag, lang) => expect(languageFromTag(tag)).toBe(lang));
  it.each(['de', 'fr-FR', '', 'english', 'zh--CN', '中文', 'en-'])('%j is no language crmkit speaks', (tag) =>
    expect(languageFromTag(tag)).toBeUndefined(),
  );
});

describe('crmkit --lang with a BCP 47 tag', () => {
  it('zh-CN and zh-Hans print what zh prints; en-US what en prints', () => {
    const zh = run(['risks', SAMPLE, '--lang', 'zh']);
    expect(zh.exitCode).toBe(0);
    expect(run(['risks', SAMPLE, '--lang', 'zh-CN']).stdout).toBe(zh.stdout);
    expect(run(['risks', SAMPLE, '--lang', 'zh-Hans']).stdout).toBe(zh.stdout);
    expect(run(['risks', SAMPLE, '--lang', 'en-US']).stdout).toBe(run(['risks', SAMPLE, '--lang', 'en']).stdout);
    expect(run(['validate', '--lang', 'zh-CN']).stdout).toContain('没有问题');
  });
  it('a tag for another language is a usage error naming the tag and what works', () => {
    const r = run(['risks', SAMPLE, '--lang', 'de-DE']);
    expect(r.exitCode).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      '--lang must name English or Chinese (en, zh, or a BCP 47 tag such as en-US, zh-CN, zh-Hans), not "de-DE"; try crmkit --help\n',
    );
  });
});

describe('the exported schema header', () => {
  it('points at the engagement schema relative to assessments/, where an exported file belongs', () => {
    const yaml = engagementToYaml(sample('sony-china-after-sales'));
    const header = /^# yaml-language-server: \$schema=(\S+)\n/.exec(yaml);
    expect(header?.[1]).toBe('../src/schemas/engagement.schema.json');
    expect(existsSync(join('assessments', header?.[1] ?? ''))).toBe(true);
  });
});
