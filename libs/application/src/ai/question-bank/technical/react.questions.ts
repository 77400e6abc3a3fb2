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
  t('react-e-2', 'react', 'easy', 'Why does React need a key on items rendered from a list, and what makes a good key?', [
    p('identity', 'Keys tell React which item is which between renders', ['identify', 'which item', 'identity', 'between renders'], 'What does React use the key for?'),
    p('stable', 'A good key is stable and unique, such as a database id', ['stable', 'unique', 'database id'], 'What makes a key good?'),
    p('index', 'Array indexes break when items are reordered, inserted or removed', ['index', 'reorder', 'insert', 'removed'], 'Why is the array index a poor key?'),
    p('state', 'Wrong keys mix up component state and inputs', ['mix up', 'wrong item']),
  ]),
  t('react-e-3', 'react', 'easy', 'What is the difference between controlled and uncontrolled form inputs in React?', [
    p('controlled', 'A controlled input takes its value from state and reports changes through onChange', ['value from state', 'onchange', 'controlled'], 'Where does a controlled input keep its value?'),
    p('uncontrolled', 'An uncontrolled input keeps its own value in the DOM, read with a ref', ['ref', 'dom', 'uncontrolled', 'defaultvalue']),
    p('tradeoff', 'Controlled inputs allow validation and formatting on every change', ['validation', 'every keystroke', 'format', 'instant']),
  ]),
  t('react-e-4', 'react', 'easy', 'What is JSX, and what does it compile to?', [
    p('syntax', 'JSX is a syntax extension that looks like HTML inside JavaScript', ['syntax extension', 'looks like html', 'html in javascript', 'markup'], 'What is JSX, in one sentence?'),
    p('compile', 'It compiles to function calls that create elements (React.createElement or jsx())', ['createelement', 'function call', 'compile', 'transpile', 'babel'], 'What does <div /> turn into?'),
    p('expressions', 'Curly braces embed JavaScript expressions', ['curly', 'braces', 'expression']),
    p('differences', 'Attributes differ from HTML, such as className and htmlFor', ['classname', 'htmlfor', 'camelcase']),
  ]),
  t('react-e-5', 'react', 'easy', 'How do you share state between sibling components in React?', [
    p('lift', 'Lift the state up to the closest common parent', ['lift', 'common parent', 'parent', 'lifting state'], 'Where should the shared state live?'),
    p('props', 'Pass the value and a setter down as props', ['props', 'callback', 'setter', 'pass down']),
    p('context', 'For deep trees, use context or a state library', ['context', 'prop drilling', 'redux', 'zustand']),
  ]),
  t('react-e-6', 'react', 'easy', 'What are the rules of hooks in React, and why do they exist?', [
    p('top-level', 'Call hooks only at the top level, never in conditions or loops', ['top level', 'not in conditions', 'loop', 'condition'], 'Where may you call a hook?'),
    p('functions', 'Call hooks only from components or custom hooks', ['component', 'custom hook', 'function component']),
    p('order', 'React tracks hooks by call order, so the order must be the same on every render', ['call order', 'same order', 'every render'], 'Why does the order matter?'),
  ]),
  t('react-m-2', 'react', 'medium', 'How does React Context work, and what are its performance pitfalls?', [
    p('provider', 'A Provider supplies a value that any descendant reads with useContext', ['provider', 'usecontext', 'descendant', 'consumer'], 'How does a component read a value from context?'),
    p('rerender', 'Every consumer renders again when the value changes', ['every consumer', 'value changes', 'rerender', 're-render', 'render'], 'What happens to consumers when the value changes?'),
    p('identity', 'A new object value on each render causes needless updates; memoise the value', ['new object', 'memoize', 'memoise', 'usememo', 'identity']),
    p('split', 'Split contexts by concern or use a store with selectors for frequent updates', ['split', 'separate contexts', 'selector'], 'How do you avoid re-rendering everything?'),
  ]),
  t('react-m-3', 'react', 'medium', 'How do you fetch data in a React component correctly, handling loading, errors and races?', [
    p('states', 'Track loading, error and data states', ['loading', 'data state', 'spinner'], 'Which states does the component need to show while it fetches?'),
    p('race', 'Ignore or abort stale responses when inputs change (AbortController)', ['abortcontroller', 'abort', 'stale', 'race', 'ignore'], 'What if the user changes the search before the first request returns?'),
    p('library', 'Libraries such as React Query or SWR handle caching, retries and deduplication', ['react query', 'swr', 'cache', 'dedup', 'tanstack']),
    p('effect', 'Fetching in an effect needs correct dependencies and cleanup', ['useeffect', 'dependencies', 'cleanup']),
  ]),
  t('react-m-4', 'react', 'medium', 'What are custom hooks in React, and what makes a good one?', [
    p('reuse', 'A custom hook extracts reusable stateful logic into a function starting with use', ['extract', 'stateful logic', 'starts with use'], 'What does a custom hook let you share?'),
    p('isolated', 'Each component calling it gets its own state', ['own state', 'isolated', 'not shared', 'separate']),
    p('api', 'A good one has a small, focused API and is testable', ['focused', 'small api', 'single responsibility']),
  ]),
  t('react-m-5', 'react', 'medium', 'How do useRef and useState differ in React, and when would you use a ref?', [
    p('render', 'Changing state renders again; changing a ref does not', ['renders again', 'does not render', 'no rerender', 'trigger'], 'Does changing a ref make the component render again?'),
    p('mutable', 'A ref is a mutable box that persists across renders', ['mutable', 'persists', 'current', 'box'], 'What does a ref keep between renders?'),
    p('uses', 'Use refs for DOM nodes, timers, and previous values', ['dom node', 'focus', 'timer', 'interval', 'previous value']),
  ]),
  t('react-m-6', 'react', 'medium', 'How do error boundaries work in React, and what do they not catch?', [
    p('catch', 'An error boundary catches render errors in its subtree and shows a fallback', ['fallback', 'catch', 'subtree', 'render error'], 'What does an error boundary do when a child throws?'),
    p('class', 'They are class components with getDerivedStateFromError or componentDidCatch', ['class component', 'getderivedstatefromerror', 'componentdidcatch']),
    p('limits', 'They do not catch errors in event handlers, async code or server rendering', ['event handler', 'async', 'settimeout', 'server side', 'not catch'], 'Which errors slip past them?'),
  ]),
  t('react-h-2', 'react', 'hard', 'What does concurrent rendering in React 18 change (transitions, Suspense), and why does it matter?', [
    p('interruptible', 'Rendering can be interrupted so urgent updates stay responsive', ['interrupt', 'interruptible', 'responsive', 'urgent'], 'What is new about how React renders?'),
    p('transition', 'startTransition and useTransition mark updates as non-urgent', ['starttransition', 'usetransition', 'non urgent', 'transition']),
    p('deferred', 'useDeferredValue shows stale content while new content prepares', ['usedeferredvalue', 'deferred', 'stale']),
    p('suspense', 'Suspense shows a fallback while components wait for data or code', ['suspense', 'fallback', 'lazy', 'streaming'], 'What does Suspense do?'),
  ]),
  t('react-h-3', 'react', 'hard', 'How does server-side rendering with hydration work in React, and what are hydration mismatches?', [
    p('ssr', 'The server renders HTML so the page shows before JavaScript loads', ['server renders', 'html', 'first paint', 'seo', 'ssr'], 'What does the user gain from SSR?'),
    p('hydration', 'Hydration attaches event handlers to the server HTML', ['hydration', 'hydrate', 'attach', 'event handlers'], 'What does hydration do on the client?'),
    p('mismatch', 'Output differing between server and client (dates, random ids, window checks) causes mismatches', ['mismatch', 'differ', 'date', 'random', 'window']),
    p('server-components', 'Server components and streaming cut client JavaScript further', ['server component', 'streaming', 'less javascript', 'rsc']),
  ]),
  t('react-h-4', 'react', 'hard', 'How would you keep a React list of ten thousand rows fast?', [
    p('virtualise', 'Virtualise the list: render only the visible rows', ['virtualiz', 'virtualis', 'windowing', 'visible rows', 'react window'], 'What technique avoids rendering every row?'),
    p('memo', 'Memoise rows and keep props stable', ['memo', 'stable props', 'usecallback', 'memoiz']),
    p('keys', 'Use stable keys so React reuses rows', ['stable key', 'key', 'reuse']),
    p('measure', 'Measure with the React Profiler before and after', ['profiler', 'devtools']),
  ]),
  t('react-h-5', 'react', 'hard', 'How would you design state management for a large React application?', [
    p('kinds', 'Separate server state, global client state, local state and URL state', ['server state', 'local state', 'global state', 'url state'], 'What kinds of state does an app hold?'),
    p('server-cache', 'Server state belongs in a cache such as React Query, not a global store', ['react query', 'cache', 'swr', 'server cache']),
    p('local-first', 'Keep state as local as possible and lift only when shared', ['local', 'colocate', 'lift', 'as close as possible'], 'Where should state live by default?'),
    p('store', 'A store with selectors (Redux Toolkit, Zustand) for shared client state', ['redux', 'zustand', 'selector']),
  ]),
  t('react-h-6', 'react', 'hard', 'How do you test React components well, and what should those tests avoid?', [
    p('behaviour', 'Test behaviour through what the user sees and does (Testing Library)', ['testing library', 'behaviour', 'behavior', 'screen'], 'What should a component test interact with?'),
    p('implementation', 'Avoid testing implementation details such as internal state or hooks', ['implementation detail', 'internal state', 'brittle']),
    p('network', 'Fake the network at the boundary (MSW) rather than mocking modules', ['msw', 'mock service worker', 'network', 'fetch']),
    p('async', 'Await asynchronous updates with findBy or waitFor', ['findby', 'waitfor', 'async', 'act']),
  ]),
];
