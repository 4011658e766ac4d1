export * from './reader';
export * from './rows';
export * from './relation-aggregate';
export * from './read-transaction';
