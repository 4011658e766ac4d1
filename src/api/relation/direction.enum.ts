import { registerEnumType } from 'type-graphql';

export enum Direction {
  OUTGOING = 'OUTGOING',
  INCOMING = 'INCOMING',
  BOTH = 'BOTH',
}

registerEnumType(Direction, {
  name: 'Direction',
  description: 'Which relations of an entity: where it is the subject, the object, or either.',
  valuesConfig: {
    OUTGOING: { description: 'The entity is the subject.' },
    INCOMING: { description: 'The entity is the object.' },
    BOTH: { description: 'Either.' },
  },
});
