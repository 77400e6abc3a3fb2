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
  t('test-e-2', 'testing', 'easy', 'What makes a good unit test?', [
    p('fast', 'It is fast, isolated and deterministic', ['isolated', 'deterministic', 'repeatable'], 'What properties should every unit test have?'),
    p('one-thing', 'It checks one behaviour with a clear name', ['one behaviour', 'one behavior', 'one thing', 'clear name', 'descriptive']),
    p('aaa', 'It follows arrange, act, assert', ['arrange', 'act', 'assert', 'given when then']),
    p('behaviour', 'It tests behaviour, not implementation details', ['behaviour', 'behavior', 'implementation detail', 'public interface']),
  ]),
  t('test-e-3', 'testing', 'easy', 'What is test-driven development, and what are its benefits?', [
    p('cycle', 'Write a failing test, make it pass, then refactor (red, green, refactor)', ['red green refactor', 'failing test', 'refactor'], 'What are the steps of TDD?'),
    p('design', 'It drives simpler designs and testable code', ['design', 'testable', 'simple']),
    p('safety', 'It leaves a safety net for changes', ['safety net', 'regression', 'confidence', 'refactor']),
  ]),
  t('test-e-4', 'testing', 'easy', 'What is code coverage, and why is a high percentage not enough?', [
    p('definition', 'Coverage measures which lines or branches the tests execute', ['lines', 'branches', 'executed'], 'What does coverage measure?'),
    p('limits', 'Tests can execute lines without asserting anything, so executed code is unverified code', ['without assert', 'unverified', 'false confidence', 'quality']),
    p('use', 'Use it to find untested areas, not as a target', ['untested', 'gap', 'not a target', 'goodhart']),
    p('mutation', 'Mutation testing checks whether tests catch changes', ['mutation testing', 'mutant', 'stryker', 'pitest']),
  ]),
  t('test-e-5', 'testing', 'easy', 'What is a regression test, and when would you write one?', [
    p('definition', 'A regression test makes sure a fixed bug or working feature stays that way', ['stays fixed', 'regression', 'came back', 'reappear'], 'What does a regression test protect?'),
    p('bug-first', 'Write a failing test that reproduces a bug before fixing it', ['reproduce', 'before fixing', 'failing test'], 'What do you do first when you get a bug report?'),
    p('ci', 'Run regression suites automatically in CI', ['ci', 'continuous integration', 'automatically', 'pipeline']),
  ]),
  t('test-e-6', 'testing', 'easy', 'How do you test code that depends on the current time or random numbers?', [
    p('inject', 'Inject a clock or random source instead of calling it directly', ['inject', 'clock', 'dependency injection', 'parameter'], 'How do you control the time in a test?'),
    p('fake', 'Use fake timers or a fixed seed', ['fake timer', 'fixed seed', 'seed', 'freeze']),
    p('deterministic', 'That makes the tests deterministic', ['deterministic', 'repeatable', 'flaky']),
  ]),
  t('test-m-2', 'testing', 'medium', 'What is the test pyramid, and when would you deviate from it?', [
    p('shape', 'Many fast unit tests, fewer integration tests, few end-to-end tests', ['many unit', 'fewer integration', 'few end to end', 'pyramid'], 'What does the pyramid say about the number of each kind?'),
    p('why', 'Lower tests are faster and more precise; higher ones give confidence in the whole', ['precise', 'confidence']),
    p('trophy', 'Some teams favour integration tests (the testing trophy) for web apps', ['trophy', 'integration', 'honeycomb']),
  ]),
  t('test-m-3', 'testing', 'medium', 'What is property-based testing, and what kind of bug does it find?', [
    p('properties', 'You state a property that must hold for all inputs', ['property', 'all inputs', 'invariant'], 'What do you write instead of examples?'),
    p('generate', 'The tool generates many random inputs and shrinks failures to a minimal case', ['generate', 'random input', 'shrink', 'minimal']),
    p('tools', 'Tools: Hypothesis, fast-check, QuickCheck', ['hypothesis', 'fast-check', 'quickcheck', 'jqwik']),
    p('edge-cases', 'It finds edge cases nobody thought of', ['edge case', 'corner case', 'unexpected']),
  ]),
  t('test-m-4', 'testing', 'medium', 'How do you test code that talks to a database?', [
    p('real', 'Use a real database in integration tests, such as a container', ['real database', 'testcontainers', 'container', 'integration'], 'Why not mock the database?'),
    p('isolation', 'Isolate tests with transactions rolled back or fresh schemas', ['rollback', 'transaction', 'fresh schema', 'truncate', 'isolat']),
    p('data', 'Build test data with factories, not shared fixtures', ['factory', 'builder', 'shared fixture', 'test data']),
    p('unit', 'Keep domain logic separate so it is unit-testable without a database', ['domain logic', 'without a database', 'repository', 'port']),
  ]),
  t('test-m-5', 'testing', 'medium', 'What is contract testing between services, and why use it?', [
    p('contract', 'A contract describes the requests and responses one service expects from another', ['contract', 'consumer', 'provider', 'expectation'], 'What does a contract describe?'),
    p('consumer-driven', 'Consumer-driven contracts (Pact) are verified against the provider in its CI', ['pact', 'consumer driven', 'verify', 'provider ci']),
    p('why', 'It catches breaking changes without full end-to-end environments', ['breaking change', 'without end to end', 'independent deploy']),
  ]),
  t('test-m-6', 'testing', 'medium', 'How do you test asynchronous code and event-driven flows?', [
    p('await', 'Await the operation or the observable outcome, never sleep a fixed time', ['await', 'outcome', 'sleep', 'poll'], 'Why is sleep(2000) in a test a bad idea?'),
    p('timeouts', 'Poll with a deadline for eventual results', ['deadline', 'timeout', 'eventually', 'waitfor']),
    p('control', 'Control time and queues with fakes so ordering is deterministic', ['fake', 'deterministic', 'in memory queue']),
  ]),
  t('test-h-2', 'testing', 'hard', 'How would you test a distributed system for failures such as network partitions or crashed nodes?', [
    p('fault-injection', 'Inject faults: kill nodes, drop or delay packets, partition the network', ['fault injection', 'kill', 'partition', 'delay', 'drop'], 'How do you create the failures on purpose?'),
    p('chaos', 'Run chaos experiments in production-like environments with a hypothesis', ['chaos', 'hypothesis', 'experiment', 'game day']),
    p('invariants', 'Check invariants such as no lost writes (Jepsen-style)', ['invariant', 'jepsen', 'lost write', 'linearizab', 'consistency']),
    p('deterministic', 'Deterministic simulation makes failures reproducible', ['deterministic simulation', 'reproducib', 'seed', 'simulation']),
  ]),
  t('test-h-3', 'testing', 'hard', 'How would you design a performance and load testing strategy for a service?', [
    p('goals', 'Start from goals: expected load, latency SLOs', ['slo', 'target', 'expected load', 'goal'], 'What do you decide before running any load test?'),
    p('types', 'Run load, stress, soak and spike tests', ['load test', 'stress', 'soak', 'spike']),
    p('realistic', 'Use realistic data, traffic mix and an environment like production', ['realistic', 'production like', 'traffic mix', 'data volume']),
    p('measure', 'Watch percentiles and resource usage to find the bottleneck', ['percentile', 'p99', 'bottleneck', 'resource']),
  ]),
  t('test-h-4', 'testing', 'hard', 'How do you test a legacy codebase with no tests before changing it?', [
    p('characterisation', 'Write characterisation tests that pin current behaviour', ['characterization', 'characterisation', 'pin', 'current behaviour', 'golden master', 'approval'], 'How do you capture what the code does today?'),
    p('seams', 'Find or create seams to break dependencies', ['seam', 'break dependenc', 'extract', 'wrap']),
    p('small-steps', 'Refactor in small, safe steps under those tests', ['small step', 'refactor', 'incremental']),
  ]),
  t('test-h-5', 'testing', 'hard', 'How would you build confidence in a machine-learning or LLM feature whose output is not deterministic?', [
    p('eval-set', 'Keep a labelled evaluation set and score against it', ['evaluation set', 'labelled', 'labeled', 'golden set', 'benchmark'], 'What do you compare the output to?'),
    p('metrics', 'Track metrics and thresholds rather than exact outputs', ['metric', 'threshold', 'accuracy', 'not exact']),
    p('adversarial', 'Include adversarial and edge cases', ['adversarial', 'edge case', 'red team']),
    p('determinism', 'Pin model versions and seeds, and monitor in production', ['pin', 'seed', 'monitor', 'drift']),
  ]),
  t('test-h-6', 'testing', 'hard', 'How would you make a slow CI test suite fast again without losing confidence?', [
    p('measure', 'Measure which tests and stages take the time', ['slowest', 'profile', 'timing'], 'Where do you start?'),
    p('parallel', 'Parallelise and shard tests across workers', ['parallel', 'shard', 'workers', 'split']),
    p('pyramid', 'Push slow end-to-end tests down to faster levels', ['unit', 'lower level', 'pyramid', 'end to end']),
    p('selective', 'Run only affected tests on each change and cache builds', ['affected', 'selective', 'cache', 'impact analysis']),
  ]),
];
