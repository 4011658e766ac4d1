export * from './entity-types';
export * from './predicates';
