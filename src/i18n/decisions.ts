/** Words of the risk, vendor and ROI pages, in both languages. */
import type { Language } from '../schemas/generated/types.ts';

export const RISK_PAGE = {
  en: {
    title: 'Risk register',
    link: 'Risk register',
    intro:
      'Each risk is scored likelihood × impact, from 1 to 25, and rated again after its mitigation. The highest risks come first; on a tie, the more likely one.',
    none: 'No risks recorded yet.',
    rank: 'No.',
    risk: 'Risk',
    category: 'Category',
    phase: 'Phase',
    owner: 'Owner',
    score: 'Score',
    residual: 'After mitigation',
    mitigation: 'Mitigation',
    heatMap: 'Heat map before mitigation',
    residualHeatMap: 'Heat map after mitigation',
    heatMapNote:
      'Rows are likelihood (5 at the top), columns impact. Each cell shows its score and the numbers of the risks in it, as ranked in the table below.',
    likelihood: 'Likelihood',
    impact: 'Impact',
    cell: (l: number, i: number, score: number, band: string) =>
      `likelihood ${l}, impact ${i}: score ${score}, ${band}`,
    bands: 'Risks per band',
    band: 'Band',
    before: 'Before',
    after: 'After',
    range: 'Scores',
    exposure: (before: number, after: number) =>
      `Total exposure (sum of scores): ${before} before mitigation, ${after} after.`,
  },
  zh: {
    title: '风险登记册',
    link: '风险登记册',
    intro:
      '每项风险的分值为可能性 × 影响，范围 1 到 25，并在采取应对措施后重新评定。分值最高的排在最前；分值相同时，可能性更高的在前。',
    none: '尚未登记风险。',
    rank: '序号',
    risk: '风险',
    category: '类别',
    phase: '阶段',
    owner: '负责人',
    score: '分值',
    residual: '应对后',
    mitigation: '应对措施',
    heatMap: '应对前的风险热力图',
    residualHeatMap: '应对后的风险热力图',
    heatMapNote: '行为可能性（5 在最上），列为影响。每格显示该格的分值，以及落在该格的风险在下表中的序号。',
    likelihood: '可能性',
    impact: '影响',
    cell: (l: number, i: number, score: number, band: string) => `可能性 ${l}，影响 ${i}：分值 ${score}，${band}`,
    bands: '各区间的风险数',
    band: '区间',
    before: '应对前',
    after: '应对后',
    range: '分值范围',
    exposure: (before: number, after: number) => `风险总分值（各项分值之和）：应对前 ${before}，应对后 ${after}。`,
  },
} satisfies Record<Language, unknown>;
