/** The part of fast-formula-parser (no types of its own) that tests/unit/roi-workbook.test.ts uses. */
declare module 'fast-formula-parser' {
  export interface CellRef {
    sheet: string;
    row: number;
    col: number;
  }
  export interface RangeRef {
    sheet: string;
    from: { row: number; col: number };
    to: { row: number; col: number };
  }
  /** How the parser hands an argument to a custom function. */
  export interface Argument {
    value: unknown;
    isArray: boolean;
    isRangeRef: boolean;
    isCellRef: boolean;
  }
  export interface ParserOptions {
    onCell?: (ref: CellRef) => unknown;
    onRange?: (ref: RangeRef) => unknown[][];
    functions?: Record<string, (...args: Argument[]) => unknown>;
  }
  export class DepParser {
    /** The cells and ranges a formula refers to. */
    parse(formula: string, position: CellRef): (CellRef | RangeRef)[];
  }
  export default class FormulaParser {
    static DepParser: typeof DepParser;
    constructor(options?: ParserOptions);
    parse(formula: string, position?: CellRef, allowReturnArray?: boolean): unknown;
  }
}
