/** Test helpers shared by every spec, imported as `@candor/testing` (never shipped: tsconfig.build.json leaves libs/testing out). */
export * from './given-when-then';
