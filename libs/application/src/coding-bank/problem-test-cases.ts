import { TestCase } from '../code-execution/execution-result';
import { CodingProblem } from './coding-problem.types';
import { generateLargeInput } from './large-input.generator';

/** One graded case of a problem: the visible examples first, then the hidden cases, then the large one. */
export interface ProblemTestCase extends TestCase {
  readonly name: string;
  readonly hidden: boolean;
}

const largeInputs = new Map<string, string>();

export function problemTestCases(problem: CodingProblem): ProblemTestCase[] {
  let large = largeInputs.get(problem.id);
  if (large === undefined) {
    large = generateLargeInput(problem.large.generator);
    largeInputs.set(problem.id, large);
  }
  return [
    ...problem.examples.map((e, i) => ({ name: `example ${i + 1}`, hidden: false, input: e.input, expectedOutput: e.output })),
    ...problem.hidden.map((e, i) => ({ name: `hidden ${i + 1}`, hidden: true, input: e.input, expectedOutput: e.output })),
    {
      name: 'large input',
      hidden: true,
      input: large,
      expectedOutput: '',
      expectedSha256: problem.large.outputSha256,
      timeLimitMs: problem.large.timeLimitMs,
    },
  ];
}

