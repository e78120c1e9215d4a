/** Words of the workshop's plan section and executive summary (loaded with their editors), in both languages. */
import type { Language } from '../schemas/generated/types.ts';

export interface PlanEditorWords {
  title: string;
  intro: string;
  templateHeading: string;
  chooser: string;
  recommendedTag: string;
  nearestTag: string;
  inUse: string;
  score: (score: number) => string;
  use: (title: string) => string;
  useNearest: string;
  nearestNote: (title: string) => string;
  nothingFits: string;
  fitting: string;
  inUseNote: (title: string) => string;
  noTemplates: string;
  start: string;
  startHint: string;
  calendarChooser: string;
  calendarChooserIntro: string;
  calendar: string;
  calendarIntro: string;
  holiday: string;
  addHoliday: string;
  noHolidays: string;
  remove: string;
  removeHoliday: (date: string) => string;
  removed: (date: string) => string;
  planHeading: string;
  needsStart: string;
  firstTask: (task: string, date: string) => string;
  fields: { template: string; start: string; calendar: string; holiday: string };
  notATemplate: string;
  notACalendar: string;
  notADate: string;
  outOfRange: string;
  pastLastDate: (days: number, latest: string) => string;
  alreadyAHoliday: string;
  refused: (field: string, reason: string, kept: string) => string;
}

export const PLAN_EDITOR: Record<Language, PlanEditorWords> = {
  en: {
    title: 'Plan',
    intro:
      'Choose the plan template and the day the work starts; the plan is generated from the template and the findings, and scheduled on the working calendar. Changes are saved as you make them.',
    templateHeading: 'Plan template',
    chooser: 'Plan template for this client',
    recommendedTag: 'recommended',
    nearestTag: 'the nearest',
    inUse: 'in use',
    score: (score) => `score ${score}`,
    use: (title) => `Use “${title}”`,
    useNearest: 'Use the nearest template',
    nearestNote: (title) =>
      `No template is written for this client’s profile. The nearest is “${title}”: review it with the client, or choose another below.`,
    nothingFits:
      'No template fits this client yet: set the growth stage and business mode in the client profile, or answer the growth-readiness assessment. You can still choose any template below.',
    fitting: 'Templates that fit, best first',
    inUseNote: (title) => `The plan uses “${title}”.`,
    noTemplates: 'No plan templates are loaded.',
    start: 'Start date',
    startHint: 'The first working day of the plan; a weekend or holiday start moves to the next working day.',
    calendarChooser: 'Working calendar',
    calendarChooserIntro:
      'The days the plan counts as working days. The client’s own holidays below apply on top of the calendar’s.',
    calendar: 'Working calendar: holidays',
    calendarIntro:
      'Weekends are not worked unless the calendar makes one a working day; add the client’s holidays and the plan skips them too.',
    holiday: 'Holiday date',
    addHoliday: 'Add holiday',
    noHolidays: 'No holidays yet.',
    remove: 'Remove',
    removeHoliday: (date) => `Remove the holiday on ${date}`,
    removed: (date) => `Holiday on ${date} removed.`,
    planHeading: 'The plan',
    needsStart: 'Choose a template and set a start date, and the plan appears here.',
    firstTask: (task, date) => `First task: ${task}, from ${date}.`,
    fields: { template: 'Plan template', start: 'Start date', calendar: 'Working calendar', holiday: 'Holiday date' },
    notATemplate: 'it must be one of the templates listed',
    notACalendar: 'it must be one of the calendars listed',
    notADate: 'it must be a real date',
    outOfRange: 'it must lie from 1900-01-01 to 9999-12-31',
    pastLastDate: (days, latest) =>
      `the plan takes ${days} working days and must end by 9999-12-31, so it can start on ${latest} at the latest`,
    alreadyAHoliday: 'that day is a holiday already',
    refused: (field, reason, kept) =>
      `${field}: not saved, ${reason}. ${kept ? `The last good value “${kept}” is kept.` : 'Nothing is kept instead.'}`,
  },
  zh: {
    title: '实施计划',
    intro: '选择实施计划模板和工作开始日期；计划由模板和评估发现生成，并按工作日历排期。修改随操作保存。',
    templateHeading: '实施计划模板',
    chooser: '该客户的实施计划模板',
    recommendedTag: '推荐',
    nearestTag: '最接近',
    inUse: '使用中',
    score: (score) => `得分 ${score}`,
    use: (title) => `使用“${title}”`,
    useNearest: '使用最接近的模板',
    nearestNote: (title) => `没有专为该客户类型编写的模板。最接近的是“${title}”：请与客户一起审阅，或在下方另选模板。`,
    nothingFits:
      '目前没有适合该客户的模板：请在客户概况中设定成长阶段和业务模式，或回答成长就绪度评估。你仍可在下方选择任一模板。',
    fitting: '适合的模板（最适合的在前）',
    inUseNote: (title) => `计划使用“${title}”。`,
    noTemplates: '没有加载任何实施计划模板。',
    start: '开始日期',
    startHint: '计划的第一个工作日；若落在周末或节假日，则顺延到下一个工作日。',
    calendarChooser: '工作日历',
    calendarChooserIntro: '计划按此计算工作日。下方客户自己的节假日在日历之外另行生效。',
    calendar: '工作日历：节假日',
    calendarIntro: '周末不排工作，除非日历把某个周末定为调休工作日；添加客户的节假日后，计划也会跳过这些日子。',
    holiday: '节假日日期',
    addHoliday: '添加节假日',
    noHolidays: '尚无节假日。',
    remove: '删除',
    removeHoliday: (date) => `删除 ${date} 的节假日`,
    removed: (date) => `已删除 ${date} 的节假日。`,
    planHeading: '计划',
    needsStart: '选择模板并设定开始日期后，计划将显示在这里。',
    firstTask: (task, date) => `第一项任务：${task}，自 ${date} 开始。`,
    fields: { template: '实施计划模板', start: '开始日期', calendar: '工作日历', holiday: '节假日日期' },
    notATemplate: '必须是所列模板之一',
    notACalendar: '必须是所列日历之一',
    notADate: '必须是真实存在的日期',
    outOfRange: '必须在 1900-01-01 至 9999-12-31 之间',
    pastLastDate: (days, latest) =>
      `计划需要 ${days} 个工作日，且必须在 9999-12-31 之前结束，因此最晚只能在 ${latest} 开始`,
    alreadyAHoliday: '这一天已经是节假日',
    refused: (field, reason, kept) =>
      `${field}：未保存，${reason}。${kept ? `已保留上一个有效值“${kept}”。` : '没有可保留的值。'}`,
  },
};

export interface SummaryViewWords {
  intro: string;
  print: string;
  download: string;
  downloadNote: string;
}

export const SUMMARY_VIEW: Record<Language, SummaryViewWords> = {
  en: {
    intro:
      'The executive summary of this engagement as it stands, the same as the site’s summary page and the report file.',
    print: 'Print',
    download: 'Download the report file',
    downloadNote:
      'One self-contained HTML file, as crmkit report writes it: it opens offline and prints on A4 or US Letter.',
  },
  zh: {
    intro: '本咨询项目当前的执行摘要，与网站上的摘要页和报告文件内容相同。',
    print: '打印',
    download: '下载报告文件',
    downloadNote: '一个独立的 HTML 文件，与 crmkit report 生成的相同：可离线打开，并可按 A4 或 US Letter 打印。',
  },
};
