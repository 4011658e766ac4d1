export * from './analytics';
export * from './entity-page';
export * from './entity-relations-statement';
export * from './fact-types';
export * from './reader';
export * from './rows';
export * from './relation-aggregate';
export * from './read-transaction';
