import { getMetadataStorage } from 'class-validator';

type Metadata = { propertyName: string };
type Storage = {
  getTargetValidationMetadatas(target: unknown, schema: unknown, always: boolean, strictGroups: boolean, groups?: string[]): Metadata[];
  groupByPropertyName(metadata: Metadata[]): Record<string, Metadata[]>;
  addValidationMetadata(metadata: unknown): void;
  addConstraintMetadata(metadata: unknown): void;
};

const REMEMBERING = Symbol.for('candor.validation-metadata.cache');

/**
 * class-validator looks a DTO's rules up on every validation: it walks the rules of every decorated class (to find
 * inherited ones) and groups them by property, on every request. The rules are fixed once the classes are loaded,
 * so each answer is remembered per class and options, and all are forgotten when a rule is added (a class loaded
 * later, a schema registered). The answers are only read by class-validator and Nest, never changed.
 */
export function rememberValidationMetadata(): void {
  const storage = getMetadataStorage() as unknown as Storage & { [REMEMBERING]?: true };
  if (storage[REMEMBERING]) return;
  storage[REMEMBERING] = true;

  let byTarget = new Map<unknown, Map<string, Metadata[]>>();
  let grouped = new WeakMap<Metadata[], Record<string, Metadata[]>>();
  const forget = () => {
    byTarget = new Map();
    grouped = new WeakMap();
  };

  const lookUp = storage.getTargetValidationMetadatas.bind(storage);
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    const key = JSON.stringify([schema ?? null, always, strictGroups, groups ?? null]);
    let answers = byTarget.get(target);
    if (!answers) byTarget.set(target, (answers = new Map()));
    let metadata = answers.get(key);
    if (!metadata) {
      metadata = lookUp(target, schema, always, strictGroups, groups);
      answers.set(key, metadata);
    }
    return metadata;
  };

  const group = storage.groupByPropertyName.bind(storage);
  storage.groupByPropertyName = (metadata) => {
    let answer = grouped.get(metadata);
    if (!answer) grouped.set(metadata, (answer = group(metadata)));
    return answer;
  };

  for (const method of ['addValidationMetadata', 'addConstraintMetadata'] as const) {
    const add = storage[method].bind(storage);
    storage[method] = (metadata) => {
      forget();
      add(metadata);
    };
  }
}
