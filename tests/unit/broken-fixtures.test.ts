/**
 * The corpus of broken files in tests/fixtures/broken: each must be rejected with
 * exactly these problems (line:column, JSON pointer, message). Every expectation was
 * checked by hand against the fixture; a change here is a change users will see.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { run } from '../../src/cli/main.ts';
import { loadContent } from '../../src/core/check/load-content.ts';
import { formatProblem } from '../../src/i18n/messages.ts';
import { readSources, yamlFilesUnder } from '../../src/node/content-files.ts';

const BROKEN = 'tests/fixtures/broken';
const CONTEXT = 'tests/fixtures/context';

const EXPECTED: Record<string, string[]> = {
  'engagement-answer-as-word.yaml': ['8:21  /answers/fx-fit/fx-q1/value  expected a whole number or "na"; got "high"'],
  'engagement-bad-answer-key.yaml': [
    '8:5  /answers/fx-fit/Is the strategy clear  expected an id of lowercase letters, digits and single hyphens (like "customer-strategy"), got "Is the strategy clear"',
  ],
  'engagement-actual-past-9999.yaml': [
    '10:59  /tasks/fx-t1/actualStart  the forecast places up to 32 working days of the plan after this date and would run past 9999-12-31, the last date crmkit can write; dates up to 9999-11-17 can be placed',
  ],
  'engagement-bad-currency.yaml': [
    '9:13  /client/currency  expected a three-letter currency code in capitals (like CNY, USD, EUR), got "rmb"',
  ],
  'engagement-bad-date.yaml': [
    '5:10  /created  expected a date written YYYY-MM-DD (like 2026-03-02), got "2026/03/01"',
  ],
  'engagement-date-before-1900.yaml': ['5:10  /created  expected a date from 1900-01-01 to 9999-12-31, got 1899-12-31'],
  'engagement-duplicate-id.yaml': [
    '3:5  /id  the engagement id "fx-engagement" is already used by tests/fixtures/context/assessments/fx-engagement.yaml',
  ],
  'engagement-finance-bounds.yaml': [
    '8:12  /finance/horizon  expected a whole number from 1 to 120, got 0',
    '9:17  /finance/discountRate  expected a number from -0.5 to 1, got -1',
    '10:54  /finance/costs/0/oneTime  an amount of money must be from 0 to 1,000 trillion (10^15) in the engagement currency, got Infinity',
  ],
  'engagement-finance-horizon.yaml': [
    '8:12  /finance/horizon  the horizon must be a whole number of periods from 1 to 10 (1 to 10 years); got 12',
    '13:9  /finance/simulation/ranges/0  a range needs min ≤ most likely ≤ max; got 1.2, 1, 1.5',
  ],
  'engagement-weights-sum.yaml': [
    '9:12  /vendorSelection/weights  direct weights must sum to 1 (0.3 means 30%); these sum to 0.9',
  ],
  'engagement-impossible-date.yaml': ['5:10  /created  2026-02-30 is not a real calendar date'],
  'engagement-missing-client-fields.yaml': [
    '5:1  /client  missing required field "size"',
    '5:1  /client  missing required field "currency"',
  ],
  'engagement-off-scale.yaml': [
    '8:21  /answers/fx-fit/fx-q1/value  expected a point on the scale of "fx-q1" (1 to 5 or "na"), got 7',
    '9:21  /answers/fx-fit/fx-q3/value  "na" is not allowed: the scale of "fx-q3" has no not-applicable answer',
  ],
  'engagement-vendor-selection.yaml': [
    '11:23  /vendors/0/scores/fx-v2/value  expected a point on the scale of "fx-v2" (1 to 3), got 4',
    '15:14  /vendorSelection/weights/fx-functoin  no vendor-selection criterion with id "fx-functoin"; did you mean "fx-function"?',
    '18:9  /vendorSelection/assessors/0/judgements  AHP needs every pair of criteria compared once; these pairs are missing: fx-function / fx-cost',
    '18:11  /vendorSelection/assessors/0/judgements/0  a pair needs two different elements',
    '20:36  /vendorSelection/mustHaves/0/minimum  expected a point on the scale of "fx-v1" (1 to 3), got 5',
    '21:11  /vendorSelection/chosen  no vendor with id "beta"; known: alpha',
  ],
  'engagement-simulation-ranges.yaml': [
    '16:9  /finance/simulation/ranges/1  a range needs min ≤ most likely ≤ max; got 1.2, 1, 1.1',
    '16:17  /finance/simulation/ranges/1/line  line "lic" already has a range (on line 15)',
    '17:17  /finance/simulation/ranges/2/line  no cost or benefit line with id "acquisition"; known: lic, acq',
  ],
  'engagement-risk-categories.yaml': [
    '7:11  /riskCategories/0/id  "fx-project-risk" is already a category of the risk framework; use it without redefining it',
    '11:25  /risks/1/category  no risk category with id "regulater"; did you mean "regulator"?',
  ],
  'engagement-target-not-asked.yaml': [
    '8:32  /answers/fx-fit/fx-q2/target  question "fx-q2" does not ask for a target; remove "target"',
  ],
  'engagement-unknown-framework.yaml': [
    '7:3  /answers/fx-seven-s  no framework with id "fx-seven-s"; known: fx-catalog, fx-fit, fx-vendor',
  ],
  'engagement-unknown-member.yaml': ['10:28  /answers/fx-fit/fx-q1/by  no team member with id "bob"; known: ana'],
  'engagement-unknown-question.yaml': [
    '9:5  /answers/fx-fit/fx-q9  no question with id "fx-q9" in fx-fit; did you mean "fx-q1"?',
  ],
  'engagement-unknown-role.yaml': [
    '7:35  /team/0/role  expected one of executive-sponsor, marketing-service, it, finance, end-user-rep, external-consultant; got "cio"',
  ],
  'engagement-plan-past-9999.yaml': [
    '8:39  /plan/startDate  the plan runs 32 working days from this date and would end after 9999-12-31, the last date crmkit can write; start it on or before 9999-11-18',
  ],
  'engagement-unknown-task.yaml': [
    '8:65  /tasks/fx-t1/actualFinish  actualFinish (2026-02-27) is before actualStart (2026-03-02)',
    '9:3  /tasks/fx-t7  no task with id "fx-t7" in fx-plan; did you mean "fx-t1"?',
  ],
  'engagement-unknown-gate.yaml': [
    '8:29  /gates/fx-g1/checked/1  no check item with id "fx-k9" in fx-g1; did you mean "fx-k1"?',
    '8:60  /gates/fx-g1/decided  2026-02-30 is not a real calendar date',
    '9:3  /gates/fx-g7  no gate with id "fx-g7" in fx-plan; did you mean "fx-g1"?',
  ],
  'engagement-unknown-template.yaml': ['7:13  /plan/template  no plan template with id "fx-big-bang"; known: fx-plan'],
  'framework-alignment-pairs.yaml': [
    '25:7  /alignment/pairs/1  the pair structure and strategy is listed twice (first on line 24)',
    '26:25  /alignment/pairs/2/b  a pair needs two different elements',
  ],
  'framework-bad-id.yaml': [
    '3:5  /id  expected an id of lowercase letters, digits and single hyphens (like "customer-strategy"), got "Customer Strategy"',
  ],
  'framework-bands-gap.yaml': ['14:22  /bands/1/min  interpretation bands leave 40 to 50 uncovered'],
  'framework-bands-overlap.yaml': [
    '14:22  /bands/1/min  bands "low" and "high" overlap between 50 and 60',
    '14:82  /bands/1/recommendations/0  no recommendation with id "celebrate" (none are defined)',
  ],
  'framework-duplicate-question.yaml': [
    '22:15  /elements/1/questions/0/id  the question id "clear" is already used on line 18',
  ],
  'framework-missing-chinese.yaml': ['6:1  /title  missing required field "zh"'],
  'framework-missing-title.yaml': ['1:1  /  missing required field "title"'],
  'framework-one-point-scale.yaml': ['12:7  /scales/0/points  expected at least 2 items, got 1'],
  'framework-typo-field.yaml': ['11:5  /elements/0/titel  unknown field "titel"; did you mean "title"?'],
  'framework-unknown-scale.yaml': [
    '20:16  /elements/0/questions/0/scale  no scale with id "agree-6"; did you mean "agree-5"?',
  ],
  'framework-weight-not-number.yaml': ['12:13  /elements/0/weight  expected a number from 0 to 100, got "high"'],
  'missing-kind.yaml': [
    '1:1  /  missing required field "kind": say what this file is (framework, framework-overlay, template or engagement)',
  ],
  'newer-schema-version.yaml': [
    '2:16  /schemaVersion  this file is schemaVersion 3, written by a newer crmkit; this crmkit reads schemaVersion 1: upgrade crmkit',
  ],
  'overlay-collision.yaml': [
    '10:17  /add/questions/0/questions/0/id  the overlay adds the id "fx-q1", but framework "fx-fit" already has it',
    '11:69  /add/questions/0/questions/1/scale  no scale with id "fx-ten"; known: fx-five, fx-yes-no',
  ],
  'overlay-unknown-base.yaml': [
    '4:10  /extends  no framework with id "fx-eight-s"; known: fx-catalog, fx-fit, fx-vendor',
  ],
  'overlay-unknown-element.yaml': [
    '8:13  /change/elements/0/id  no element with id "fx-systems" in fx-fit; known: fx-strategy, fx-staff',
  ],
  'template-unknown-target.yaml': [
    '15:22  /phases/0/targets/1/framework  no framework with id "fx-fits"; did you mean "fx-fit"?',
    '16:39  /phases/0/targets/2/element  no element with id "fx-stuff" in fx-fit; did you mean "fx-staff"?',
    '17:9  /phases/0/targets/3  this phase already has a target for fx-fit/fx-strategy on line 14; give each dimension one target per phase',
  ],
  'template-intent-twice.yaml': [
    '15:151  /phases/0/tasks/1/covers/1  the task on line 14 already covers "system-selection"; give each piece of rollout work one task, so findings asking for it are merged into that task',
  ],
  'framework-waits-for-itself.yaml': [
    '16:74  /recommendations/0/plan/after/1  a recommendation cannot wait for its own work ("crm-strategy"); remove it here',
    '20:35  /recommendations/1/plan/after/0  "crm-strategy" is both in "after" and in "before": the task cannot start after the work and finish before it',
  ],
  'template-stage-twice.yaml': [
    '20:14  /phases/1/stages/0  stage "build" already belongs to the phase on line 13; give each stage one phase',
  ],
  'template-cycle.yaml': [
    '13:113  /phases/0/tasks/0/dependsOn  tasks depend on each other in a circle: migrate → train → configure → migrate',
  ],
  'template-dependency-typo.yaml': [
    '20:15  /phases/0/tasks/1/dependsOn/0/taks  unknown field "taks"; did you mean "task"?',
  ],
  'template-negative-duration.yaml': [
    '13:94  /phases/0/tasks/0/durationDays  expected a whole number from 0 to 500, got -3',
  ],
  'template-unknown-dependency.yaml': [
    '14:124  /phases/0/tasks/1/dependsOn/0  no task with id "requirement"; did you mean "requirements"?',
  ],
  'unknown-kind.yaml': [
    '1:7  /kind  unknown kind "questionnaire": expected one of framework, framework-overlay, template, engagement',
  ],
  'yaml-alias-bomb.yaml': [
    '1:1  /  the file uses too many YAML aliases (*name) to expand safely; write the values out',
  ],
  'yaml-bad-indent.yaml': ['6:1  /  the indentation here does not line up with the lines above it'],
  'yaml-colon-in-text.yaml': [
    '4:8  /  this text contains ": ", which YAML reads as the start of another field; put the whole text in quotes',
  ],
  'yaml-duplicate-key.yaml': ['5:1  /  the key "title" appears twice in the same block; keep only one'],
  'yaml-empty.yaml': [
    '1:1  /  the file is empty: expected YAML describing a framework, framework-overlay, template or engagement',
  ],
  'yaml-indented-continuation.yaml': [
    '5:7  /  the next line is indented further than this one, so YAML reads it as more of this text; line it up with this line',
  ],
  'yaml-list-at-top.yaml': [
    '1:1  /  this is not a crmkit YAML file: expected fields such as "kind: framework" at the top, got a list',
  ],
  'yaml-not-yaml.yaml': [
    '1:1  /  this is not a crmkit YAML file: expected fields such as "kind: framework" at the top, got "This is a meeting note, pasted into the wrong folder, wit…"',
  ],
  'yaml-several-documents.yaml': [
    '6:1  /  the file holds several YAML documents (separated by ---); keep one per file',
  ],
  'yaml-tab-indent.yaml': ['5:1  /  a tab is used for indentation here; YAML indents with spaces only'],
  'yaml-unclosed-quote.yaml': ['4:8  /  a quoted text starts here but is never closed; add the closing quote'],
};

const fixtures = readdirSync(BROKEN)
  .filter((f) => f.endsWith('.yaml'))
  .sort();
const context = readSources(yamlFilesUnder(CONTEXT)).sources;

describe('broken fixture corpus', () => {
  test('has at least 25 files, each with expectations', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(25);
    expect(Object.keys(EXPECTED).sort()).toEqual(fixtures);
  });

  test('the context the fixtures refer to is itself valid', () => {
    expect(loadContent(context).problems.map((p) => formatProblem(p))).toEqual([]);
  });

  test.each(fixtures)('%s is rejected with the right line, column, field and message', (name) => {
    const path = `${BROKEN}/${name}`;
    const content = loadContent([...context, { path, text: readFileSync(path, 'utf8') }]);
    const shown = content.problems.map((p) => formatProblem(p).slice(path.length + 1));
    expect(shown).toEqual(EXPECTED[name]);
    expect(content.problems.every((p) => p.file === path)).toBe(true);
  });

  test.each(fixtures)('crmkit validate %s exits 1 and prints each problem', (name) => {
    const path = `${BROKEN}/${name}`;
    const result = run(['validate', '--content', CONTEXT, path]);
    expect(result.exitCode).toBe(1);
    // The CLI also loads the shipped content, so lists of known ids are longer here.
    for (const line of EXPECTED[name] ?? []) expect(result.stdout).toContain(`${path}:${line.split('; known:')[0]}`);
  });
});
