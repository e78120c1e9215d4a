/**
 * The source documents crmkit's shipped content cites, by the file name a citation gives, named
 * for a reader: what the document is, in both languages, and the script its headings are in
 * (a citation quotes its section as the source writes it). A file not listed here (content a
 * consulting firm adds) is shown by its file name.
 */
import type { Language } from '../schemas/generated/types.ts';

export interface SourceDocument {
  title: Record<Language, string>;
  /** BCP 47 tag of the document's own text, for the quoted section. */
  script: 'zh-Hans' | 'zh-Hant';
}

export const SOURCE_DOCUMENTS: Readonly<Record<string, SourceDocument>> = {
  '000_e4f53859960f4787.txt': {
    title: {
      en: 'The importance of CRM in corporate strategy (essays, with the Sony China case study)',
      zh: '《CRM 在企业经营战略中的重要意义》（文集，含索尼中国案例）',
    },
    script: 'zh-Hans',
  },
  '001_d374b4ba6a88d979.txt': {
    title: {
      en: 'Lecture 2: the management thinking of CRM (history, value chain)',
      zh: '《第二讲：CRM 之管理思想》（讲义）',
    },
    script: 'zh-Hans',
  },
  '002_b7cbd1d3644e37e2.txt': {
    title: { en: 'CRM environment analysis (slide deck)', zh: '《CRM 环境分析》（课件）' },
    script: 'zh-Hant',
  },
  '003_b2576673ed4f7f37.txt': {
    title: { en: 'Raising CRM to the strategic level (article, 2002)', zh: '《将 CRM 提升到战略高度》（管政，2002）' },
    script: 'zh-Hant',
  },
  '004_ea4f7059ef03becb.txt': {
    title: {
      en: 'CRM for small and medium-sized enterprises by growth stage (article)',
      zh: '《中小企业 CRM 应用：成长阶段与应用模式》（文章）',
    },
    script: 'zh-Hant',
  },
};

/** The source's name for a reader, or its file name when crmkit does not know the document. */
export function sourceDocument(file: string): SourceDocument | undefined {
  return Object.hasOwn(SOURCE_DOCUMENTS, file) ? SOURCE_DOCUMENTS[file] : undefined;
}
