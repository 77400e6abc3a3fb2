import { BankQuestion } from '../../../ports/question-bank.types';
import { p, t } from './technical-question.builders';

/** Testing: at least five questions at each difficulty, each with the points a good answer makes. */
export const TESTING_QUESTIONS: readonly BankQuestion[] = [
  t('test-e-1', 'testing', 'easy', 'What is the difference between unit, integration and end-to-end tests?', [
    p('unit', 'Unit tests check one small piece in isolation', ['isolation', 'single function', 'one function', 'small unit', 'isolated'], 'What does a unit test cover?'),
    p('integration', 'Integration tests check components working together (database, services)', ['together', 'components', 'database', 'interaction', 'integration'], 'What does an integration test add?'),
    p('e2e', 'End-to-end tests exercise the whole system like a user', ['whole system', 'user', 'browser', 'end to end', 'full stack'], 'What does an end-to-end test exercise?'),
    p('pyramid', 'Many fast unit tests, fewer slow e2e tests (test pyramid)', ['pyramid', 'fast', 'slow', 'flaky', 'fewer']),
  ]),
  t('test-m-1', 'testing', 'medium', 'When would you use mocks or fakes in tests, and what are the risks of mocking too much?', [
    p('why', 'To isolate from slow or non-deterministic dependencies', ['isolate', 'slow', 'network', 'external', 'non-deterministic', 'third party'], 'Why replace a dependency in a test?'),
    p('kinds', 'Stubs, mocks, fakes and spies differ', ['stub', 'fake', 'spy', 'test double', 'in-memory']),
    p('risks', 'Over-mocking couples tests to implementation and hides integration bugs', ['implementation detail', 'brittle', 'coupled', 'false confidence', 'integration bug', 'refactor'], 'What goes wrong when everything is mocked?'),
    p('contract', 'Contract tests keep fakes honest', ['contract test', 'contract', 'verify the fake']),
  ]),
  t('test-h-1', 'testing', 'hard', 'How would you deal with a flaky test suite in a large codebase?', [
    p('measure', 'Detect flakiness by rerunning and tracking failure rates', ['rerun', 'retry', 'failure rate', 'track', 'quarantine', 'detect'], 'How do you find which tests are flaky?'),
    p('causes', 'Causes: timing, shared state, ordering, network, randomness', ['timing', 'race', 'sleep', 'shared state', 'order', 'network', 'random', 'clock'], 'What usually makes a test flaky?'),
    p('fix', 'Fix root causes: fake clocks, isolation, waiting on conditions not sleeps', ['fake clock', 'fake timer', 'isolation', 'wait for', 'deterministic', 'seed', 'hermetic'], 'How do you fix a timing-dependent test?'),
    p('process', 'Quarantine with an owner and a deadline instead of ignoring', ['quarantine', 'owner', 'ticket', 'skip', 'policy']),
  ]),
];
