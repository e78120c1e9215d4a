/**
 * Guards on a finance section before any figure is computed from it. Files are already checked by
 * the schema; these catch what a form or a script can still hand over (NaN, Infinity, text, a
 * discount rate of −100%), so the engine reports the field instead of returning a wrong number.
 */
import type { Finance } from '../../schemas/generated/types.ts';
import { InputError, type RawProblem } from '../load/problem.ts';

function numberProblem(pointer: string, value: unknown, check?: (n: number) => RawProblem | undefined): RawProblem[] {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return [{ pointer, code: 'not-a-number', params: { value: String(value) } }];
  }
  const problem = check?.(value);
  return problem ? [problem] : [];
}

function nonNegative(pointer: string, value: unknown): RawProblem[] {
  return numberProblem(pointer, value, (n) =>
    n < 0 ? { pointer, code: 'below-minimum', params: { value: n, minimum: 0 } } : undefined,
  );
}

function optionalNumber(pointer: string, value: unknown): RawProblem[] {
  return value === undefined ? [] : nonNegative(pointer, value);
}

/** The horizon is 1 to 10 years: 10 yearly periods or 120 monthly ones. */
const MAX_HORIZON_YEARS = 10;
function maxHorizon(unit: Finance['periodUnit']): number {
  return unit === 'month' ? MAX_HORIZON_YEARS * 12 : MAX_HORIZON_YEARS;
}

/** Every problem that would make a figure wrong; empty when the section can be computed. */
export function financeInputProblems(finance: Finance, at = '/finance'): RawProblem[] {
  const problems: RawProblem[] = [
    ...numberProblem(`${at}/discountRate`, finance.discountRate, (rate) =>
      rate <= -1 ? { pointer: `${at}/discountRate`, code: 'rate-too-low', params: { value: rate } } : undefined,
    ),
    ...numberProblem(`${at}/horizon`, finance.horizon, (horizon) =>
      !Number.isInteger(horizon) || horizon < 1 || horizon > maxHorizon(finance.periodUnit)
        ? {
            pointer: `${at}/horizon`,
            code: 'horizon-out-of-range',
            params: { value: horizon, maximum: maxHorizon(finance.periodUnit) },
          }
        : undefined,
    ),
  ];
  if (finance.periodUnit !== 'year' && finance.periodUnit !== 'month') {
    problems.push({
      pointer: `${at}/periodUnit`,
      code: 'not-a-period-unit',
      params: { value: String(finance.periodUnit) },
    });
  }
  (finance.costs ?? []).forEach((cost, i) => {
    problems.push(...optionalNumber(`${at}/costs/${i}/oneTime`, cost.oneTime));
    problems.push(...optionalNumber(`${at}/costs/${i}/recurring`, cost.recurring));
    (cost.byPeriod ?? []).forEach((amount, k) =>
      problems.push(...nonNegative(`${at}/costs/${i}/byPeriod/${k}`, amount)),
    );
  });
  (finance.benefits ?? []).forEach((benefit, i) => {
    problems.push(...nonNegative(`${at}/benefits/${i}/annual`, benefit.annual));
    (benefit.rampUp ?? []).forEach((share, k) =>
      problems.push(
        ...numberProblem(`${at}/benefits/${i}/rampUp/${k}`, share, (n) =>
          n < 0 || n > 1
            ? { pointer: `${at}/benefits/${i}/rampUp/${k}`, code: 'share-out-of-range', params: { value: n } }
            : undefined,
        ),
      ),
    );
  });
  const adjustment = finance.riskAdjustment;
  if (adjustment) {
    problems.push(...optionalNumber(`${at}/riskAdjustment/benefitReduction`, adjustment.benefitReduction));
    problems.push(...optionalNumber(`${at}/riskAdjustment/costIncrease`, adjustment.costIncrease));
    if ((adjustment.benefitReduction ?? 0) > 1) {
      problems.push({
        pointer: `${at}/riskAdjustment/benefitReduction`,
        code: 'share-out-of-range',
        params: { value: adjustment.benefitReduction ?? 0 },
      });
    }
  }
  (finance.simulation?.ranges ?? []).forEach((range, i) => {
    for (const key of ['min', 'mode', 'max'] as const) {
      problems.push(...optionalNumber(`${at}/simulation/ranges/${i}/${key}`, range[key]));
    }
    if (!(range.min <= range.mode && range.mode <= range.max)) {
      problems.push({
        pointer: `${at}/simulation/ranges/${i}`,
        code: 'range-order',
        params: { min: range.min, mode: range.mode, max: range.max },
      });
    }
  });
  return problems;
}

export function assertFinanceInput(finance: Finance): void {
  const problems = financeInputProblems(finance);
  if (problems.length > 0) throw new InputError('finance input', problems);
}
