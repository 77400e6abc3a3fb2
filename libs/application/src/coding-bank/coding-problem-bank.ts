/** The coding problems of the bank, one data file each under problems/. Its version goes into every score. */
import { CodingProblem } from './coding-problem.types';
import CODE_E_1 from './problems/code-e-1.json';
import CODE_E_2 from './problems/code-e-2.json';
import CODE_E_3 from './problems/code-e-3.json';
import CODE_E_4 from './problems/code-e-4.json';
import CODE_E_5 from './problems/code-e-5.json';
import CODE_E_6 from './problems/code-e-6.json';
import CODE_E_7 from './problems/code-e-7.json';
import CODE_E_8 from './problems/code-e-8.json';
import CODE_E_9 from './problems/code-e-9.json';
import CODE_E_10 from './problems/code-e-10.json';
import CODE_M_1 from './problems/code-m-1.json';
import CODE_M_2 from './problems/code-m-2.json';
import CODE_M_3 from './problems/code-m-3.json';
import CODE_M_4 from './problems/code-m-4.json';
import CODE_M_5 from './problems/code-m-5.json';
import CODE_M_6 from './problems/code-m-6.json';
import CODE_M_7 from './problems/code-m-7.json';
import CODE_M_8 from './problems/code-m-8.json';
import CODE_M_9 from './problems/code-m-9.json';
import CODE_M_10 from './problems/code-m-10.json';
import CODE_H_1 from './problems/code-h-1.json';
import CODE_H_2 from './problems/code-h-2.json';
import CODE_H_3 from './problems/code-h-3.json';
import CODE_H_4 from './problems/code-h-4.json';
import CODE_H_5 from './problems/code-h-5.json';
import CODE_H_6 from './problems/code-h-6.json';
import CODE_H_7 from './problems/code-h-7.json';
import CODE_H_8 from './problems/code-h-8.json';
import CODE_H_9 from './problems/code-h-9.json';
import CODE_H_10 from './problems/code-h-10.json';

export const CODING_BANK_VERSION = 'coding-bank-2026.1';

export const CODING_PROBLEMS: readonly CodingProblem[] = [
  CODE_E_1 as CodingProblem,
  CODE_E_2 as CodingProblem,
  CODE_E_3 as CodingProblem,
  CODE_E_4 as CodingProblem,
  CODE_E_5 as CodingProblem,
  CODE_E_6 as CodingProblem,
  CODE_E_7 as CodingProblem,
  CODE_E_8 as CodingProblem,
  CODE_E_9 as CodingProblem,
  CODE_E_10 as CodingProblem,
  CODE_M_1 as CodingProblem,
  CODE_M_2 as CodingProblem,
  CODE_M_3 as CodingProblem,
  CODE_M_4 as CodingProblem,
  CODE_M_5 as CodingProblem,
  CODE_M_6 as CodingProblem,
  CODE_M_7 as CodingProblem,
  CODE_M_8 as CodingProblem,
  CODE_M_9 as CodingProblem,
  CODE_M_10 as CodingProblem,
  CODE_H_1 as CodingProblem,
  CODE_H_2 as CodingProblem,
  CODE_H_3 as CodingProblem,
  CODE_H_4 as CodingProblem,
  CODE_H_5 as CodingProblem,
  CODE_H_6 as CodingProblem,
  CODE_H_7 as CodingProblem,
  CODE_H_8 as CodingProblem,
  CODE_H_9 as CodingProblem,
  CODE_H_10 as CodingProblem,
];

export const CODING_PROBLEM_BY_ID: ReadonlyMap<string, CodingProblem> = new Map(CODING_PROBLEMS.map((p) => [p.id, p]));
