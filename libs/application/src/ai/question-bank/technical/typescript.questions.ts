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
];
