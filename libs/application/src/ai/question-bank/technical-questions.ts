import { BankQuestion } from '../../ports/question-bank.types';
import { PYTHON_QUESTIONS } from './technical/python.questions';
import { JAVASCRIPT_QUESTIONS } from './technical/javascript.questions';
import { TYPESCRIPT_QUESTIONS } from './technical/typescript.questions';
import { JAVA_QUESTIONS } from './technical/java.questions';
import { GO_QUESTIONS } from './technical/go.questions';
import { SQL_QUESTIONS } from './technical/sql.questions';
import { REACT_QUESTIONS } from './technical/react.questions';
import { NODEJS_QUESTIONS } from './technical/nodejs.questions';
import { DOCKER_QUESTIONS } from './technical/docker.questions';
import { KUBERNETES_QUESTIONS } from './technical/kubernetes.questions';
import { CLOUD_QUESTIONS } from './technical/cloud.questions';
import { SYSTEM_DESIGN_QUESTIONS } from './technical/system-design.questions';
import { DATA_STRUCTURES_QUESTIONS } from './technical/data-structures.questions';
import { ALGORITHMS_QUESTIONS } from './technical/algorithms.questions';
import { REST_API_QUESTIONS } from './technical/rest-api.questions';
import { TESTING_QUESTIONS } from './technical/testing.questions';

/**
 * Technical questions: every skill of the taxonomy at every difficulty, at least five of each (one file
 * per skill under technical/), so the seeded plan draw gives candidates different sets.
 */
export const TECHNICAL_QUESTIONS: readonly BankQuestion[] = [
  ...PYTHON_QUESTIONS,
  ...JAVASCRIPT_QUESTIONS,
  ...TYPESCRIPT_QUESTIONS,
  ...JAVA_QUESTIONS,
  ...GO_QUESTIONS,
  ...SQL_QUESTIONS,
  ...REACT_QUESTIONS,
  ...NODEJS_QUESTIONS,
  ...DOCKER_QUESTIONS,
  ...KUBERNETES_QUESTIONS,
  ...CLOUD_QUESTIONS,
  ...SYSTEM_DESIGN_QUESTIONS,
  ...DATA_STRUCTURES_QUESTIONS,
  ...ALGORITHMS_QUESTIONS,
  ...REST_API_QUESTIONS,
  ...TESTING_QUESTIONS,
];
