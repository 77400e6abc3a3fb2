import { BankQuestion } from '../../../ports/question-bank.types';
import { p, t } from './technical-question.builders';

/** TypeScript: at least five questions at each difficulty, each with the points a good answer makes. */
export const TYPESCRIPT_QUESTIONS: readonly BankQuestion[] = [
  t('ts-e-1', 'typescript', 'easy', 'What does TypeScript add to JavaScript, and what is the difference between an interface and a type alias?', [
    p('static-types', 'Static type checking at compile time; types are erased at runtime', ['static typing', 'static types', 'compile time', 'type checking', 'erased', 'type safety'], 'When are TypeScript types checked?'),
    p('interface', 'Interfaces describe object shapes and can be extended or merged', ['extend', 'extends', 'declaration merging', 'merge', 'object shape', 'contract']),
    p('alias', 'Type aliases can name unions, intersections and primitives', ['union', 'intersection', 'alias', 'primitive', 'tuple'], 'What can a type alias express that an interface cannot?'),
  ]),
  t('ts-m-1', 'typescript', 'medium', 'How do generics and type narrowing work in TypeScript? Give an example of each.', [
    p('generics', 'Generics parameterise types so a function works for many types while keeping them linked', ['generic', 'type parameter', 'reusable', 'parameterise', 'parameterize'], 'What problem do generics solve?'),
    p('constraints', 'Constraints restrict a type parameter (extends)', ['constraint', 'extends', 'keyof', 'bounded']),
    p('narrowing', 'Narrowing refines a union with typeof, instanceof, in or discriminants', ['typeof', 'instanceof', 'discriminated union', 'discriminant', 'type guard', 'narrow', 'in operator'], 'How does the compiler learn which member of a union you have?'),
  ]),
  t('ts-h-1', 'typescript', 'hard', 'Explain conditional and mapped types in TypeScript, and how you would type a deep readonly object.', [
    p('conditional', 'Conditional types choose a type with T extends U ? X : Y, distributing over unions', ['conditional type', 'extends ?', 'ternary', 'distributive', 'infer'], 'How does a conditional type decide?'),
    p('mapped', 'Mapped types transform each property: { [K in keyof T]: ... }', ['mapped type', 'keyof', 'in keyof', 'each property', 'partial', 'readonly'], 'How do you transform every property of a type?'),
    p('recursion', 'Deep readonly recurses into nested objects', ['recursive', 'recursion', 'nested', 'deep'], 'How would you make nested objects readonly too?'),
    p('infer', 'infer extracts a type inside a conditional', ['infer', 'returntype', 'extract']),
  ]),
  t('ts-e-2', 'typescript', 'easy', 'What is the difference between any, unknown and never in TypeScript?', [
    p('any', 'any turns type checking off for that value', ['turns off', 'disables', 'no checking', 'escape hatch', 'anything goes'], 'What do you lose with any?'),
    p('unknown', 'unknown accepts anything but must be narrowed before use', ['narrow', 'must check', 'type guard'], 'How is unknown safer than any?'),
    p('never', 'never is the type with no values, for impossible cases and exhaustive checks', ['no values', 'impossible', 'exhaustive', 'unreachable', 'never returns']),
  ]),
  t('ts-e-3', 'typescript', 'easy', 'What are union types in TypeScript, and how do you work with a value of a union type?', [
    p('union', 'A union type says a value is one of several types', ['one of several', 'union'], 'What does string | number mean?'),
    p('narrowing', 'You narrow it with typeof, in or a discriminant before using member-specific features', ['typeof', 'narrow', 'discriminant', 'type guard', 'in operator'], 'How do you call a string method on a string | number?'),
    p('literal', 'Unions of literals model a fixed set of values', ['literal', 'fixed set', 'enum', 'string literal']),
  ]),
  t('ts-e-4', 'typescript', 'easy', 'What does strict mode change in a TypeScript project, and why turn it on?', [
    p('null-checks', 'strictNullChecks makes null and undefined explicit in types', ['strictnullchecks', 'null', 'undefined', 'null check'], 'What kind of bug does strictNullChecks prevent?'),
    p('implicit-any', 'noImplicitAny forbids untyped parameters silently becoming any', ['noimplicitany', 'implicit any', 'untyped']),
    p('benefit', 'It catches more bugs at compile time and makes refactoring safer', ['compile time', 'catch bugs', 'refactor', 'safer']),
  ]),
  t('ts-e-5', 'typescript', 'easy', 'How do optional properties, optional chaining and the non-null assertion work in TypeScript?', [
    p('optional', 'An optional property (name?: T) may be missing, so its type includes undefined', ['optional property', 'question mark', 'may be missing', 'includes undefined'], 'What type does an optional property have?'),
    p('chaining', 'Optional chaining (a?.b) stops and yields undefined when a value is null or undefined', ['optional chaining', 'short circuit', 'yields undefined', 'nullish']),
    p('assertion', 'The non-null assertion (!) silences the compiler without any runtime check, so use it sparingly', ['non null assertion', 'no runtime check', 'silence', 'exclamation', 'sparingly'], 'What is the risk of the ! operator?'),
  ]),
  t('ts-e-6', 'typescript', 'easy', 'What are enums in TypeScript, and why do many teams prefer union literal types?', [
    p('enum', 'An enum names a set of constants and exists at runtime as an object', ['named constants', 'runtime object', 'enum', 'generates code'], 'What does an enum compile to?'),
    p('numeric', 'Numeric enums allow any number and reverse mapping, which weakens checks', ['numeric enum', 'reverse mapping', 'any number']),
    p('unions', 'String literal unions give the same safety with no runtime cost', ['literal union', 'string literal', 'no runtime', 'as const'], 'What alternative gives the same safety with no generated code?'),
  ]),
  t('ts-m-2', 'typescript', 'medium', 'What are the built-in utility types (Partial, Pick, Omit, Record) and how would you use them?', [
    p('partial', 'Partial makes every property optional, for example for update payloads', ['partial', 'optional', 'update'], 'When would you use Partial?'),
    p('pick-omit', 'Pick and Omit select or remove properties of a type', ['pick', 'omit', 'subset', 'remove']),
    p('record', 'Record<K, V> types an object map from keys to values', ['record', 'dictionary', 'keys to values']),
    p('derive', 'Deriving types from one source keeps them in sync', ['derive', 'in sync', 'single source'], 'Why derive types rather than copy them?'),
  ]),
  t('ts-m-3', 'typescript', 'medium', 'What is a discriminated union, and how does it give exhaustive checking in a switch?', [
    p('tag', 'Each member has a common literal tag property', ['tag', 'discriminant', 'kind', 'type field', 'literal'], 'What makes a union discriminated?'),
    p('narrowing', 'Switching on the tag narrows to the matching member', ['narrow', 'switch', 'matching member']),
    p('exhaustive', 'Assigning the default case to never makes a missing case a compile error', ['never', 'exhaustive', 'compile error', 'assertnever'], 'How do you make the compiler tell you a case is missing?'),
  ]),
  t('ts-m-4', 'typescript', 'medium', 'How does structural typing in TypeScript differ from nominal typing, and how do you get nominal types when you need them?', [
    p('structural', 'Types are compatible when their shapes match, whatever their names', ['shape', 'structural', 'duck typing', 'compatible'], 'Can two differently named interfaces be assigned to each other?'),
    p('risk', 'So a UserId and an OrderId that are both strings can be mixed up', ['mix up', 'confuse', 'both strings', 'same type']),
    p('branding', 'Branded types add a phantom property to make them distinct', ['brand', 'branded', 'phantom', 'unique symbol', 'opaque'], 'How would you stop two kinds of id from mixing?'),
  ]),
  t('ts-m-5', 'typescript', 'medium', 'How do you type data that crosses a trust boundary in TypeScript, such as a JSON request body?', [
    p('erased', 'Types are erased at runtime, so a cast does not check anything', ['erased', 'runtime', 'cast', 'as keyword', 'no check'], 'Does "as User" check the data?'),
    p('validate', 'Validate at the boundary with a schema (zod, io-ts, class-validator)', ['validate', 'schema', 'zod', 'class-validator', 'io-ts', 'ajv'], 'How do you make sure the data matches?'),
    p('unknown', 'Start from unknown and narrow with type guards', ['unknown', 'type guard', 'narrow']),
    p('infer', 'Infer the static type from the schema so both agree', ['infer', 'single source', 'from the schema', 'z.infer']),
  ]),
  t('ts-m-6', 'typescript', 'medium', 'How do function overloads and generic constraints compare for typing a flexible function?', [
    p('overloads', 'Overloads list separate signatures over one implementation', ['overload', 'signatures', 'implementation signature'], 'What does an overload declare?'),
    p('generic', 'A generic with a constraint keeps input and output types linked', ['generic', 'constraint', 'extends', 'linked'], 'How do you keep the return type tied to the argument?'),
    p('choice', 'Prefer unions or generics; overloads when the return type truly differs per input', ['prefer', 'return type differs', 'readab']),
  ]),
  t('ts-h-2', 'typescript', 'hard', 'What do variance, covariance and contravariance mean in TypeScript, and why are method parameters bivariant?', [
    p('covariance', 'Covariance: a producer of a subtype can stand in for a producer of the supertype', ['covariant', 'covariance', 'producer', 'return type'], 'Why can a function returning Dog stand in for one returning Animal?'),
    p('contravariance', 'Contravariance: parameters accept supertypes, so a consumer of Animal can replace a consumer of Dog', ['contravariant', 'contravariance', 'parameter', 'consumer'], 'Which direction is safe for parameters?'),
    p('bivariance', 'Method parameters are checked bivariantly for convenience, which is unsound; strictFunctionTypes fixes function properties', ['bivariant', 'bivariance', 'strictfunctiontypes', 'unsound']),
  ]),
  t('ts-h-3', 'typescript', 'hard', 'How would you type an event emitter so that listeners get the right payload type for each event name?', [
    p('map', 'Describe events as a map from event name to payload type', ['event map', 'name to payload', 'interface'], 'Where do you describe which payload goes with which event?'),
    p('keyof', 'Constrain the name with K extends keyof Events', ['keyof', 'extends keyof', 'constraint'], 'How do you restrict the event name?'),
    p('indexed', 'Type the listener with the indexed access type Events[K]', ['indexed access', 'events[k]', 'lookup type']),
    p('safety', 'Wrong names or payloads become compile errors', ['compile error', 'type safe', 'typo', 'autocomplete']),
  ]),
  t('ts-h-4', 'typescript', 'hard', 'What are template literal types, and what can you build with them?', [
    p('definition', 'Template literal types build string literal types from other types', ['template literal', 'string literal', 'backtick', 'build strings'], 'What does a template literal type produce?'),
    p('distribution', 'They distribute over unions to produce every combination', ['distribute', 'every combination', 'union', 'cartesian']),
    p('uses', 'Used for event names, CSS units, route parameters and key remapping', ['route', 'event name', 'key remapping', 'as clause', 'getter names']),
    p('infer', 'With infer they can parse strings at the type level', ['infer', 'parse', 'type level', 'extract']),
  ]),
  t('ts-h-5', 'typescript', 'hard', 'A large TypeScript monorepo type-checks slowly. How would you find and fix the cause?', [
    p('measure', 'Measure with --extendedDiagnostics or --generateTrace', ['extendeddiagnostics', 'generatetrace', 'diagnostics', 'trace'], 'How do you find what the compiler spends time on?'),
    p('references', 'Split into project references with incremental, composite builds', ['project references', 'composite', 'incremental', 'tsbuildinfo'], 'How do you avoid re-checking everything on each change?'),
    p('types', 'Simplify deep conditional or recursive types and add explicit return types', ['recursive', 'conditional', 'explicit return type', 'complex type', 'instantiation']),
    p('skip', 'Use skipLibCheck and isolate heavy generated types', ['skiplibcheck', 'declaration', 'generated', 'd.ts']),
  ]),
  t('ts-h-6', 'typescript', 'hard', 'What is declaration merging and module augmentation in TypeScript, and when is it useful or dangerous?', [
    p('merging', 'Interfaces and namespaces with the same name merge into one declaration', ['merge', 'same name', 'declaration merging', 'interface'], 'What happens to two interfaces with the same name?'),
    p('augmentation', 'Module augmentation adds members to a library\'s types (declare module)', ['declare module', 'augment', 'augmentation', 'third party', 'library'], 'How would you add a field to Express\'s Request type?'),
    p('global', 'declare global extends global types such as Window', ['declare global', 'global', 'window']),
    p('danger', 'It is global and invisible at the use site, so types can lie about runtime', ['invisible', 'lie', 'runtime', 'hidden', 'surprise']),
  ]),
];
