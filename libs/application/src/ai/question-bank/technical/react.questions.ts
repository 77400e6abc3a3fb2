import { BankQuestion } from '../../../ports/question-bank.types';
import { p, t } from './technical-question.builders';

/** React: at least five questions at each difficulty, each with the points a good answer makes. */
export const REACT_QUESTIONS: readonly BankQuestion[] = [
  t('react-e-1', 'react', 'easy', 'What is the difference between props and state in React?', [
    p('props', 'Props are inputs passed from the parent and read-only', ['parent', 'passed', 'read-only', 'read only', 'immutable', 'input'], 'Who owns the props of a component?'),
    p('state', 'State is owned by the component and changes over time', ['owned', 'internal', 'usestate', 'setstate', 'changes over time'], 'Where does state live?'),
    p('rerender', 'Changing state or props makes React render the component again', ['re-render', 'rerender', 'render'], 'What happens when state changes?'),
  ]),
  t('react-m-1', 'react', 'medium', 'How does useEffect work, and what are its common pitfalls?', [
    p('side-effects', 'It runs side effects after render', ['side effect', 'after render', 'after the render', 'commit'], 'When does the effect run?'),
    p('deps', 'The dependency array controls when it re-runs', ['dependency array', 'dependencies', 'deps', 'empty array'], 'How do you control when an effect runs again?'),
    p('cleanup', 'The returned cleanup function runs before the next effect and on unmount', ['cleanup', 'clean up', 'unmount', 'return a function'], 'How do you undo what an effect did?'),
    p('pitfalls', 'Stale closures, missing dependencies and infinite loops', ['stale closure', 'stale', 'infinite loop', 'missing dependency', 'race condition']),
  ]),
  t('react-h-1', 'react', 'hard', 'How does React reconciliation work, and how do you find and fix unnecessary re-renders?', [
    p('vdom', 'React diffs the new element tree against the previous one', ['virtual dom', 'diff', 'diffing', 'reconcil', 'fiber', 'element tree'], 'What does React compare when it re-renders?'),
    p('keys', 'Keys identify list items across renders', ['key', 'keys', 'list items', 'identity'], 'Why do list items need stable keys?'),
    p('memo', 'Memoising with React memo, useMemo and useCallback avoids needless work', ['memo', 'usememo', 'usecallback', 'react.memo', 'memoiz', 'pure component'], 'How do you stop a child re-rendering when its props did not change?'),
    p('profile', 'Use the React Profiler to measure', ['profiler', 'devtools', 'measure', 'why did you render']),
  ]),
];
