/** Kept for specs written before `@candor/testing` existed (libs/domain/src/interview, rewritten by issue 11): import from there. */
export { givenWhenThen } from '@candor/testing';
