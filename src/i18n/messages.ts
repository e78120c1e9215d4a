/**
 * Every message a content problem can produce, in plain words for a consultant, in English and
 * Simplified Chinese: the engine reports a code (core/load/message-codes.ts) with its params, and
 * the shells turn it into words here. Tests assert the exact English text.
 */
import type { Language } from '../schemas/generated/types.ts';
import type { MessageParams, ValueDescription } from '../core/load/got-params.ts';
import type { MessageCode } from '../core/load/message-codes.ts';
import { isError, type Problem } from '../core/load/problem.ts';

type Render = (p: MessageParams) => string;

/** Names of the things an id can refer to, for "no scale with id …" messages. */
const THINGS: Record<string, Record<Language, string>> = {
  scale: { en: 'scale', zh: '量表' },
  group: { en: 'element group', zh: '要素分组' },
  recommendation: { en: 'recommendation', zh: '建议' },
  element: { en: 'element', zh: '要素' },
  question: { en: 'question', zh: '问题' },
  framework: { en: 'framework', zh: '框架' },
  template: { en: 'plan template', zh: '实施计划模板' },
  task: { en: 'task', zh: '任务' },
  member: { en: 'team member', zh: '团队成员' },
  classification: { en: 'classification', zh: '分类' },
  option: { en: 'option', zh: '选项' },
  'risk-category': { en: 'risk category', zh: '风险类别' },
  'cost-category': { en: 'cost category', zh: '成本类别' },
  criterion: { en: 'vendor-selection criterion', zh: '供应商选型评价标准' },
  line: { en: 'cost or benefit line', zh: '成本项或收益项' },
  'benefit-category': { en: 'benefit category', zh: '收益类别' },
  'vendor-criterion': { en: 'vendor-selection question', zh: '供应商选型问题' },
  phase: { en: 'phase', zh: '阶段' },
  'alignment-pair': { en: 'alignment pair', zh: '匹配要素对' },
  gate: { en: 'gate', zh: '阶段关口' },
  segment: { en: 'segment', zh: '客户细分' },
  vendor: { en: 'vendor', zh: '供应商' },
  risk: { en: 'risk', zh: '风险' },
  cost: { en: 'cost line', zh: '成本项' },
  benefit: { en: 'benefit line', zh: '收益项' },
  point: { en: 'scale point', zh: '量表刻度' },
  band: { en: 'band', zh: '区间' },
  'check-item': { en: 'check item', zh: '检查项' },
  overlay: { en: 'framework overlay', zh: '框架扩展' },
  item: { en: 'catalogue item', zh: '目录条目' },
  engagement: { en: 'engagement', zh: '咨询项目' },
  assessor: { en: 'AHP assessor', zh: 'AHP 评估人' },
  baseline: { en: 'baseline', zh: '基线' },
};

/** What a field expects, for "expected …, got …" messages. */
const EXPECTED: Record<string, Record<Language, string>> = {
  number: { en: 'a number', zh: '数字' },
  integer: { en: 'a whole number', zh: '整数' },
  text: { en: 'text', zh: '文本' },
  boolean: { en: 'true or false', zh: 'true 或 false' },
  list: { en: 'a list', zh: '列表' },
  mapping: { en: 'fields (key: value)', zh: '字段（键: 值）' },
  id: { en: 'an id', zh: 'id' },
  localized: { en: 'text in both languages (en: …, zh: …)', zh: '中英文两种文本（en: …, zh: …）' },
  nothing: { en: 'nothing', zh: '空值' },
};

const GOT_KIND: Record<ValueDescription['kind'], Record<Language, string>> = {
  text: { en: 'text', zh: '文本' },
  number: { en: 'a number', zh: '数字' },
  boolean: { en: 'true/false', zh: 'true/false' },
  list: { en: 'a list', zh: '列表' },
  mapping: { en: 'fields (key: value)', zh: '字段（键: 值）' },
  nothing: { en: 'nothing', zh: '空值' },
};

const thing = (p: MessageParams, lang: Language): string => {
  const key = String(p['what']);
  return THINGS[key]?.[lang] ?? key;
};

const expected = (p: MessageParams, lang: Language): string => {
  const key = String(p['expected']);
  return EXPECTED[key]?.[lang] ?? key;
};

const got = (p: MessageParams, lang: Language): string => {
  const kind = p['gotKind'] as ValueDescription['kind'] | undefined;
  if (p['got']) return String(p['got']);
  return kind ? GOT_KIND[kind][lang] : '';
};

const range = (p: MessageParams, lang: Language): string => {
  const { min, max } = p;
  // An exclusive lower bound: "above −1", never "from −1", which would invite −1.
  if (p['minExclusive'] !== undefined) {
    const upper = max === undefined ? '' : lang === 'zh' ? `，不大于 ${max}` : ` and at most ${max}`;
    return (lang === 'zh' ? `，大于 ${p['minExclusive']}` : ` above ${p['minExclusive']}`) + upper;
  }
  if (lang === 'zh') {
    if (min !== undefined && max !== undefined) return `，取值 ${min} 到 ${max}`;
    if (min !== undefined) return `，不小于 ${min}`;
    if (max !== undefined) return `，不大于 ${max}`;
    return '';
  }
  if (min !== undefined && max !== undefined) return ` from ${min} to ${max}`;
  if (min !== undefined) return ` of at least ${min}`;
  if (max !== undefined) return ` of at most ${max}`;
  return '';
};

const known = (p: MessageParams, lang: Language): string => {
  if (p['suggestion'])
    return lang === 'zh' ? `；是否应为 “${p['suggestion']}”？` : `; did you mean "${p['suggestion']}"?`;
  if (!p['known']) return lang === 'zh' ? '（尚未定义任何可选 id）' : ' (none are defined)';
  return lang === 'zh' ? `；可用的有：${p['known']}` : `; known: ${p['known']}`;
};

/** A byte count as people read it: 10,485,760 bytes (10.5 MB). */
const bytes = (value: MessageParams[string], lang: Language): string => {
  const n = Number(value);
  const mb =
    n >= 1_000_000 ? `${(n / 1_000_000).toFixed(n % 1_000_000 === 0 ? 0 : 1)} MB` : `${(n / 1000).toFixed(1)} kB`;
  return lang === 'zh' ? `${n.toLocaleString('en')} 字节（${mb}）` : `${n.toLocaleString('en')} bytes (${mb})`;
};

const en = {
  'file-empty': () =>
    'the file is empty: expected YAML describing a framework, framework-overlay, template or engagement',
  'file-too-large': (p) =>
    `the file is ${bytes(p['size'], 'en')}; files over ${bytes(p['limit'], 'en')} are refused before they are read: no crmkit file needs to be that large`,
  'file-not-mapping': (p) =>
    `this is not a crmkit YAML file: expected fields such as "kind: framework" at the top, got ${got(p, 'en')}`,
  'file-unreadable': (p) => `could not read the file: ${p['reason']}`,
  'file-encoding': (p) =>
    `the file is not UTF-8 (it looks like ${p['encoding']}): save it as UTF-8 and try again; nothing was read`,
  'yaml-too-deep': () => 'the file is nested too deeply to read safely',
  'yaml-too-many-aliases': () => 'the file uses too many YAML aliases (*name) to expand safely; write the values out',
  'yaml-tab': () => 'a tab is used for indentation here; YAML indents with spaces only',
  'yaml-indent': () => 'the indentation here does not line up with the lines above it',
  'yaml-duplicate-key': (p) => `the key "${p['key']}" appears twice in the same block; keep only one`,
  'yaml-unclosed-quote': () => 'a quoted text starts here but is never closed; add the closing quote',
  'yaml-multiline-key': () => 'a key runs over several lines: is a ":" missing, or a space after a ":"?',
  'yaml-indented-continuation': () =>
    'the next line is indented further than this one, so YAML reads it as more of this text; line it up with this line',
  'yaml-colon-in-text': () =>
    'this text contains ": ", which YAML reads as the start of another field; put the whole text in quotes',
  'yaml-several-documents': () => 'the file holds several YAML documents (separated by ---); keep one per file',
  'yaml-syntax': (p) => `YAML syntax error: ${p['detail']}`,
  'missing-kind': () =>
    'missing required field "kind": say what this file is (framework, framework-overlay, template or engagement)',
  'unknown-kind': (p) =>
    `unknown kind ${got(p, 'en')}: expected one of framework, framework-overlay, template, engagement`,
  'wrong-kind': (p) => `this file is a ${p['got']}, but an ${p['expected']} is needed here`,
  'schema-version-newer': (p) =>
    `this file is schemaVersion ${p['found']}, written by a newer crmkit; this crmkit reads schemaVersion ${p['supported']}: upgrade crmkit`,
  'schema-version-unknown': (p) =>
    `schemaVersion ${p['found']} was never a crmkit file format; the current one is ${p['supported']}`,
  'missing-field': (p) => `missing required field "${p['field']}"`,
  'unknown-field': (p) =>
    p['suggestion']
      ? `unknown field "${p['field']}"; did you mean "${p['suggestion']}"?`
      : `unknown field "${p['field']}"; allowed here: ${p['allowed']}`,
  'unknown-field-text': (p) =>
    `unknown field "${p['field']}": is this part of a text with a comma inside { … }? Put the whole text in quotes`,
  'wrong-type': (p) => `expected ${expected(p, 'en')}${range(p, 'en')}, got ${got(p, 'en')}`,
  'out-of-range': (p) => `expected ${expected(p, 'en')}${range(p, 'en')}, got ${got(p, 'en')}`,
  'not-allowed': (p) => `expected one of ${p['allowed']}; got ${got(p, 'en')}`,
  'wrong-constant': (p) => `expected ${p['allowed']}, got ${got(p, 'en')}`,
  'no-form-matched': (p) => `expected ${p['forms']}; got ${got(p, 'en')}`,
  'empty-text': () => 'must not be empty',
  'too-long': (p) => `is ${p['length']} characters long; at most ${p['max']} are allowed`,
  'bad-id': (p) =>
    `expected an id of lowercase letters, digits and single hyphens (like "customer-strategy"), got ${got(p, 'en')}`,
  'bad-date': (p) => `expected a date written YYYY-MM-DD (like 2026-03-02), got ${got(p, 'en')}`,
  'bad-version': (p) => `expected a version written MAJOR.MINOR.PATCH (like 1.0.0), got ${got(p, 'en')}`,
  'bad-currency': (p) => `expected a three-letter currency code in capitals (like CNY, USD, EUR), got ${got(p, 'en')}`,
  'amount-out-of-range': (p) =>
    `an amount of money must be from 0 to 1,000 trillion (10^15) in the engagement currency, got ${got(p, 'en')}`,
  'bad-pattern': (p) => `does not have the expected form (${p['pattern']}), got ${got(p, 'en')}`,
  'too-few-items': (p) => `expected at least ${p['min']} item${p['min'] === 1 ? '' : 's'}, got ${p['count']}`,
  'too-many-items': (p) => `expected at most ${p['max']} items, got ${p['count']}`,
  'duplicate-id': (p) => `the ${thing(p, 'en')} id "${p['id']}" is already used on line ${p['firstLine']}`,
  'duplicate-file-id': (p) => `the ${thing(p, 'en')} id "${p['id']}" is already used by ${p['otherFile']}`,
  'unknown-reference': (p) =>
    `no ${thing(p, 'en')} with id "${p['id']}"${p['where'] ? ` in ${p['where']}` : ''}${known(p, 'en')}`,
  'bands-range': (p) => `interpretation bands must cover 0 to 100; these cover ${p['from']} to ${p['to']}`,
  'bands-gap': (p) => `interpretation bands leave ${p['from']} to ${p['to']} uncovered`,
  'bands-overlap': (p) => `bands "${p['a']}" and "${p['b']}" overlap between ${p['from']} and ${p['to']}`,
  'min-above-max': (p) => `min ${p['min']} is greater than max ${p['max']}`,
  'scale-order': (p) => `scale points must be listed in increasing value; ${p['value']} comes after ${p['previous']}`,
  'off-scale': (p) =>
    `expected a point on the scale of "${p['question']}" (${p['points']}${p['na'] ? ' or "na"' : ''}), got ${got(p, 'en')}`,
  'na-not-allowed': (p) => `"na" is not allowed: the scale of "${p['question']}" has no not-applicable answer`,
  'target-not-asked': (p) => `question "${p['question']}" does not ask for a target; remove "target"`,
  'pair-same-element': () => 'a pair needs two different elements',
  'wording-unknown-name': (p) =>
    `{${p['name']}} is not a name this phrase can use; it can use ${p['known'] || 'no names'}`,
  'wording-missing': (p) =>
    `this framework adds work to plans but planWording does not word all of it: add ${p['phrases']} (until then the plan shows the names alone)`,
  'pair-duplicate': (p) => `the pair ${p['a']} and ${p['b']} is listed twice (first on line ${p['firstLine']})`,
  'dependency-cycle': (p) => `tasks depend on each other in a circle: ${p['cycle']}`,
  'invalid-date': (p) => `${p['got']} is not a real calendar date`,
  'date-order': (p) => `${p['later']} (${p['laterDate']}) is before ${p['earlier']} (${p['earlierDate']})`,
  'overlay-collision': (p) => `the overlay adds the id "${p['id']}", but framework "${p['framework']}" already has it`,
  'tasks-without-plan': () => 'task status is recorded but no plan is chosen; add "plan: { template: … }"',
  'gates-without-plan': () => 'gate status is recorded but no plan is chosen; add "plan: { template: … }"',
  'not-an-assessment': (p) =>
    `framework "${p['framework']}" is a ${p['use']} framework; only assessment frameworks take answers`,
  'weights-missing': () => 'weighting is "direct" but no weights are given; add "weights: { criterion-id: number }"',
  'comparisons-missing': () => 'weighting is "ahp" but no assessor has compared the criteria; add "assessors"',
  'comparisons-incomplete': (p) =>
    `AHP needs every pair of criteria compared once; these pairs are missing: ${p['missing']}`,
  'range-order': (p) => `a range needs min ≤ most likely ≤ max; got ${p['min']}, ${p['mode']}, ${p['max']}`,
  'range-duplicate': (p) => `line "${p['line']}" already has a range (on line ${p['firstLine']})`,
  'category-exists': (p) => `"${p['id']}" is already a category of the risk framework; use it without redefining it`,
  'stage-twice': (p) =>
    `stage "${p['stage']}" already belongs to the phase on line ${p['firstLine']}; give each stage one phase`,
  'intent-twice': (p) =>
    `the task on line ${p['firstLine']} already covers "${p['intent']}"; give each piece of rollout work one task, so findings asking for it are merged into that task`,
  'waits-for-itself': (p) => `a recommendation cannot wait for its own work ("${p['intent']}"); remove it here`,
  'after-and-before': (p) =>
    `"${p['intent']}" is both in "after" and in "before": the task cannot start after the work and finish before it`,
  'target-twice': (p) =>
    `this phase already has a target for ${p['target']} on line ${p['firstLine']}; give each dimension one target per phase`,
  'not-a-number': (p) => `expected a finite number here, got ${p['value']}`,
  'below-minimum': (p) => `expected a number of at least ${p['minimum']}, got ${p['value']}`,
  'rate-too-low': (p) =>
    `a discount rate must be above −100% (−1); got ${p['value']}. 0 is valid and means no discounting`,
  'horizon-out-of-range': (p) =>
    `the horizon must be a whole number of periods from 1 to ${p['maximum'] ?? 120} (1 to 10 years); got ${p['value']}`,
  'not-a-period-unit': (p) => `periodUnit must be "year" or "month"; got ${p['value']}`,
  'share-out-of-range': (p) => `a share must be between 0 and 1 (0.25 means 25%); got ${p['value']}`,
  'weights-sum': (p) => `direct weights must sum to 1 (0.3 means 30%); these sum to ${p['sum']}`,
  'weight-missing': (p) => `weighting is "direct" but criterion "${p['criterion']}" has no weight`,
  'matrix-entry': (p) =>
    `a pairwise comparison must be a positive finite number; row ${p['row']}, column ${p['column']} is ${p['value']}`,
  'matrix-reciprocal': (p) =>
    `row ${p['row']}, column ${p['column']} must be the reciprocal of its mirror entry (${p['expected']}); got ${p['value']}`,
  'vendor-scores-missing': (p) =>
    `vendor "${p['vendor']}" has no score for: ${p['missing']}; score each (or mark it "na") before it gets a total`,
  'confusable-name': (p) =>
    `${thing(p, 'en')} "${p['name']}" looks the same as "${p['other']}" (${p['at']}) but differs in ${p['chars']}: readers will take them for one; use one spelling, or make the difference visible`,
  'task-not-required': (p) =>
    `task "${p['id']}" is no longer required by the findings (work done kept): the plan does not generate it any more, so its progress is shown apart and counts towards no phase${p['suggestion'] ? `; did you mean "${p['suggestion']}"?` : ''}`,
  'check-item-not-required': (p) =>
    `checklist item "${p['id']}" of gate "${p['gate']}" is no longer required by the findings (work done kept): the gate does not list it any more, so the tick is shown apart and counts towards no readiness${p['suggestion'] ? `; did you mean "${p['suggestion']}"?` : ''}`,
  'plan-failed': (p) => `the plan could not be generated from this file: ${p['reason']}`,
  'date-out-of-range': (p) => `expected a date from ${p['min']} to ${p['max']}, got ${p['got']}`,
  'plan-past-last-date': (p) =>
    `the plan runs ${p['days']} working days from this date and would end after ${p['max']}, the last date crmkit can write; start it on or before ${p['latest']}`,
  'date-past-forecast': (p) =>
    `the forecast places up to ${p['days']} working days of the plan after this date and would run past ${p['max']}, the last date crmkit can write; dates up to ${p['latest']} can be placed`,
  'calendar-years-missing': (p) =>
    `the plan runs from ${p['start']} to ${p['end']}, into ${p['missing']}, which calendar "${p['calendar']}" does not cover (its data covers ${p['first']}–${p['last']}): those years are scheduled on weekdays and the engagement's own holidays and workdays only; list their public holidays and make-up days under plan.holidays and plan.workdays`,
} satisfies Record<MessageCode, Render>;

const zh: Record<MessageCode, Render> = {
  'file-empty': () =>
    '文件为空：应为描述框架（framework）、框架扩展（framework-overlay）、模板（template）或咨询项目（engagement）的 YAML',
  'file-too-large': (p) =>
    `文件大小为 ${bytes(p['size'], 'zh')}；超过 ${bytes(p['limit'], 'zh')}的文件在读取前即被拒绝：任何 crmkit 文件都不需要这么大`,
  'file-not-mapping': (p) =>
    `这不是 crmkit 的 YAML 文件：文件开头应为 “kind: framework” 这样的字段，实际为${got(p, 'zh')}`,
  'file-unreadable': (p) => `无法读取文件：${p['reason']}`,
  'file-encoding': (p) => `文件不是 UTF-8 编码（看起来是 ${p['encoding']}）：请另存为 UTF-8 后再试；未读取任何内容`,
  'yaml-too-deep': () => '文件嵌套层级过深，无法安全读取',
  'yaml-too-many-aliases': () => '文件使用了过多 YAML 别名（*name），无法安全展开；请直接写出这些值',
  'yaml-tab': () => '此处使用了制表符缩进；YAML 只能用空格缩进',
  'yaml-indent': () => '此处的缩进与上面的行对不齐',
  'yaml-duplicate-key': (p) => `同一块中键 “${p['key']}” 出现了两次；只保留一个`,
  'yaml-unclosed-quote': () => '此处开始的引号文本没有结束；请补上结尾引号',
  'yaml-multiline-key': () => '键跨越了多行：是否漏了 “:”，或 “:” 后缺少空格？',
  'yaml-indented-continuation': () => '下一行比这一行缩进更多，YAML 会把它当作这段文本的延续；请让它与这一行对齐',
  'yaml-colon-in-text': () => '这段文本包含 “: ”，YAML 会把它当作另一个字段的开始；请用引号把整段文本括起来',
  'yaml-several-documents': () => '文件包含多个 YAML 文档（以 --- 分隔）；每个文件只能有一个',
  'yaml-syntax': (p) => `YAML 语法错误：${p['detail']}`,
  'missing-kind': () => '缺少必填字段 “kind”：请说明文件类型（framework、framework-overlay、template 或 engagement）',
  'unknown-kind': (p) => `未知的 kind ${got(p, 'zh')}：应为 framework、framework-overlay、template、engagement 之一`,
  'wrong-kind': (p) => `这个文件是 ${p['got']}，这里需要的是 ${p['expected']}`,
  'schema-version-newer': (p) =>
    `此文件的 schemaVersion 为 ${p['found']}，由更新版本的 crmkit 写入；当前 crmkit 只能读取 schemaVersion ${p['supported']}，请升级 crmkit`,
  'schema-version-unknown': (p) =>
    `schemaVersion ${p['found']} 不是 crmkit 使用过的文件格式版本；当前版本为 ${p['supported']}`,
  'missing-field': (p) => `缺少必填字段 “${p['field']}”`,
  'unknown-field': (p) =>
    p['suggestion']
      ? `未知字段 “${p['field']}”；是否应为 “${p['suggestion']}”？`
      : `未知字段 “${p['field']}”；此处允许的字段：${p['allowed']}`,
  'unknown-field-text': (p) =>
    `未知字段 “${p['field']}”：这是否是 { … } 中含逗号的文本的一部分？请用引号把整段文本括起来`,
  'wrong-type': (p) => `应为${expected(p, 'zh')}${range(p, 'zh')}，实际为${got(p, 'zh')}`,
  'out-of-range': (p) => `应为${expected(p, 'zh')}${range(p, 'zh')}，实际为 ${got(p, 'zh')}`,
  'not-allowed': (p) => `应为以下之一：${p['allowed']}；实际为 ${got(p, 'zh')}`,
  'wrong-constant': (p) => `应为 ${p['allowed']}，实际为 ${got(p, 'zh')}`,
  'no-form-matched': (p) => `应为${p['forms']}；实际为 ${got(p, 'zh')}`,
  'empty-text': () => '不能为空',
  'too-long': (p) => `长度为 ${p['length']} 个字符，最多允许 ${p['max']} 个`,
  'bad-id': (p) => `id 只能由小写字母、数字和单个连字符组成（如 “customer-strategy”），实际为 ${got(p, 'zh')}`,
  'bad-date': (p) => `日期应写作 YYYY-MM-DD（如 2026-03-02），实际为 ${got(p, 'zh')}`,
  'bad-version': (p) => `版本应写作 主版本.次版本.修订号（如 1.0.0），实际为 ${got(p, 'zh')}`,
  'bad-currency': (p) => `货币应为三个大写字母的代码（如 CNY、USD、EUR），实际为 ${got(p, 'zh')}`,
  'amount-out-of-range': (p) => `金额必须在 0 到 1000 万亿（10^15）之间（以本项目货币计），实际为 ${got(p, 'zh')}`,
  'bad-pattern': (p) => `格式不符合要求（${p['pattern']}），实际为 ${got(p, 'zh')}`,
  'too-few-items': (p) => `至少需要 ${p['min']} 项，实际为 ${p['count']} 项`,
  'too-many-items': (p) => `最多允许 ${p['max']} 项，实际为 ${p['count']} 项`,
  'duplicate-id': (p) => `${thing(p, 'zh')} id “${p['id']}” 已在第 ${p['firstLine']} 行使用`,
  'duplicate-file-id': (p) => `${thing(p, 'zh')} id “${p['id']}” 已被 ${p['otherFile']} 使用`,
  'unknown-reference': (p) =>
    `${p['where'] ? `在 ${p['where']} 中` : ''}找不到 id 为 “${p['id']}” 的${thing(p, 'zh')}${known(p, 'zh')}`,
  'bands-range': (p) => `解读区间必须覆盖 0 到 100；目前覆盖 ${p['from']} 到 ${p['to']}`,
  'bands-gap': (p) => `解读区间在 ${p['from']} 到 ${p['to']} 之间有空缺`,
  'bands-overlap': (p) => `区间 “${p['a']}” 与 “${p['b']}” 在 ${p['from']} 到 ${p['to']} 之间重叠`,
  'min-above-max': (p) => `最小值 ${p['min']} 大于最大值 ${p['max']}`,
  'scale-order': (p) => `量表刻度必须按数值递增排列；${p['value']} 排在 ${p['previous']} 之后`,
  'off-scale': (p) =>
    `应为问题 “${p['question']}” 量表上的刻度（${p['points']}${p['na'] ? ' 或 "na"' : ''}），实际为 ${got(p, 'zh')}`,
  'na-not-allowed': (p) => `不允许 “na”：问题 “${p['question']}” 的量表没有“不适用”选项`,
  'target-not-asked': (p) => `问题 “${p['question']}” 不询问目标值；请删除 “target”`,
  'pair-same-element': () => '要素对必须由两个不同的要素组成',
  'wording-unknown-name': (p) => `此措辞不能使用 {${p['name']}}；可用的名称：${p['known'] || '无'}`,
  'wording-missing': (p) =>
    `该框架会向计划加入工作，但 planWording 未给出全部措辞：请添加 ${p['phrases']}（补上之前，计划只显示名称本身）`,
  'pair-duplicate': (p) => `要素对 ${p['a']} 与 ${p['b']} 重复出现（首次在第 ${p['firstLine']} 行）`,
  'dependency-cycle': (p) => `任务之间形成了循环依赖：${p['cycle']}`,
  'invalid-date': (p) => `${p['got']} 不是有效的日历日期`,
  'date-order': (p) => `${p['later']}（${p['laterDate']}）早于 ${p['earlier']}（${p['earlierDate']}）`,
  'overlay-collision': (p) => `扩展新增的 id “${p['id']}” 在框架 “${p['framework']}” 中已存在`,
  'tasks-without-plan': () => '记录了任务状态，但尚未选择实施计划；请添加 “plan: { template: … }”',
  'gates-without-plan': () => '记录了阶段关口状态，但尚未选择实施计划；请添加 “plan: { template: … }”',
  'not-an-assessment': (p) => `框架 “${p['framework']}” 的用途是 ${p['use']}；只有评估类框架可以填写答案`,
  'weights-missing': () => 'weighting 为 “direct”，但没有给出权重；请添加 “weights: { 评价标准id: 数值 }”',
  'comparisons-missing': () => 'weighting 为 “ahp”，但没有任何评估人对评价标准做两两比较；请添加 “assessors”',
  'comparisons-incomplete': (p) => `层次分析法要求每一对评价标准都比较一次；缺少以下比较：${p['missing']}`,
  'range-order': (p) => `区间必须满足 最小值 ≤ 最可能值 ≤ 最大值；实际为 ${p['min']}、${p['mode']}、${p['max']}`,
  'range-duplicate': (p) => `“${p['line']}” 已经设置过区间（第 ${p['firstLine']} 行）`,
  'category-exists': (p) => `“${p['id']}” 已是风险框架中的类别，直接使用即可，无需重新定义`,
  'stage-twice': (p) => `阶段类型 “${p['stage']}” 已归入第 ${p['firstLine']} 行的阶段；每个阶段类型只能归入一个阶段`,
  'intent-twice': (p) =>
    `第 ${p['firstLine']} 行的任务已负责 “${p['intent']}”；每项实施工作只对应一个任务，要求这项工作的评估发现才会合并到该任务`,
  'waits-for-itself': (p) => `建议不能等待它自己的工作（“${p['intent']}”）；请在此删除`,
  'after-and-before': (p) =>
    `“${p['intent']}” 同时出现在 “after” 和 “before” 中：任务不可能既在该工作之后开始又在其之前完成`,
  'target-twice': (p) =>
    `本阶段已在第 ${p['firstLine']} 行为 ${p['target']} 设定了目标；每个维度在一个阶段只设一个目标`,
  'not-a-number': (p) => `此处应为有限的数值，实际为 ${p['value']}`,
  'below-minimum': (p) => `此处的数值不能小于 ${p['minimum']}，实际为 ${p['value']}`,
  'rate-too-low': (p) => `折现率必须大于 −100%（−1）；实际为 ${p['value']}。0 是有效值，表示不折现`,
  'horizon-out-of-range': (p) =>
    `测算期必须是 1 到 ${p['maximum'] ?? 120} 之间的整数期数（1 到 10 年）；实际为 ${p['value']}`,
  'not-a-period-unit': (p) => `periodUnit 必须是 “year” 或 “month”；实际为 ${p['value']}`,
  'share-out-of-range': (p) => `比例必须在 0 到 1 之间（0.25 表示 25%）；实际为 ${p['value']}`,
  'weights-sum': (p) => `直接设定的权重之和必须为 1（0.3 表示 30%）；当前之和为 ${p['sum']}`,
  'weight-missing': (p) => `weighting 为 “direct”，但评价标准 “${p['criterion']}” 没有权重`,
  'matrix-entry': (p) => `两两比较值必须是有限的正数；第 ${p['row']} 行第 ${p['column']} 列为 ${p['value']}`,
  'matrix-reciprocal': (p) =>
    `第 ${p['row']} 行第 ${p['column']} 列必须是其对称位置的倒数（${p['expected']}）；实际为 ${p['value']}`,
  'vendor-scores-missing': (p) =>
    `供应商 “${p['vendor']}” 缺少以下子项的评分：${p['missing']}；逐项评分（或标为 “na”）后才会计算总分`,
  'confusable-name': (p) =>
    `${thing(p, 'zh')} “${p['name']}” 看起来与 “${p['other']}”（${p['at']}）相同，但有字符不同：${p['chars']}；读者会把两者当成同一个，请统一写法，或让差别一目了然`,
  'task-not-required': (p) =>
    `任务 “${p['id']}” 已不再为评估发现所需（已完成的工作保留）：计划不再生成这项任务，其进度单独列出，不计入任何阶段${p['suggestion'] ? `；是否应为 “${p['suggestion']}”？` : ''}`,
  'check-item-not-required': (p) =>
    `阶段关口 “${p['gate']}” 的检查项 “${p['id']}” 已不再为评估发现所需（已完成的工作保留）：关口清单不再列出此项，勾选记录单独列出，不计入准备度${p['suggestion'] ? `；是否应为 “${p['suggestion']}”？` : ''}`,
  'plan-failed': (p) => `无法根据此文件生成实施计划：${p['reason']}`,
  'date-out-of-range': (p) => `日期应在 ${p['min']} 到 ${p['max']} 之间，实际为 ${p['got']}`,
  'plan-past-last-date': (p) =>
    `计划从这一天起要用 ${p['days']} 个工作日，结束日期会晚于 crmkit 能写出的最后日期 ${p['max']}；请把开始日期定在 ${p['latest']} 或更早`,
  'date-past-forecast': (p) =>
    `预测会把计划中最多 ${p['days']} 个工作日的工作排在这一天之后，超出 crmkit 能写出的最后日期 ${p['max']}；可排定的日期最晚为 ${p['latest']}`,
  'calendar-years-missing': (p) =>
    `计划从 ${p['start']} 排到 ${p['end']}，延续到 ${String(p['missing']).replaceAll(', ', '、')} 年，而日历 “${p['calendar']}” 的数据只覆盖 ${p['first']}–${p['last']} 年：这些年份只按周一至周五以及咨询项目自己的节假日和调休工作日排期；请在 plan.holidays 和 plan.workdays 中列出这些年份的法定节假日和调休日`,
};

/** Every message in both languages (exported for the translation parity test). */
export const MESSAGES: Record<Language, Record<MessageCode, Render>> = { en, zh };

/** What starts a warning's message, so it never reads as an error. */
export function severityLabel(severity: 'warning', lang: Language): string {
  return { warning: { en: 'warning: ', zh: '警告：' } }[severity][lang];
}

export function renderMessage(code: MessageCode, params: MessageParams, lang: Language): string {
  return MESSAGES[lang][code](params);
}

export function problemMessage(problem: Problem, lang: Language = 'en'): string {
  return renderMessage(problem.code, problem.params, lang);
}

/** `path:line:col  /json/pointer  message`, the one format every tool prints; a warning's message starts "warning:". */
export function formatProblem(problem: Problem, lang: Language = 'en'): string {
  const label = isError(problem) ? '' : severityLabel('warning', lang);
  return `${problem.file}:${problem.line}:${problem.column}  ${problem.pointer || '/'}  ${label}${problemMessage(problem, lang)}`;
}
