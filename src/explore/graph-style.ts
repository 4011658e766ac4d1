/**
 * The Neo4j Browser graph style (GraSS) for our model, built from the entity vocabulary so a new entity
 * type gets a colour without anyone remembering to add one: a colour per entity type, entities captioned
 * by name, articles by title, relationships by type, and facts drawn thicker than MENTIONS.
 */
import { ENTITY_TYPES, labelOf, type EntityType } from '../vocabulary';

/** Colours from Neo4j Browser's own palette, so the graph looks at home there. */
const COLOURS: Readonly<Record<EntityType, readonly [fill: string, border: string]>> = {
  PERSON: ['#68BDF6', '#5CA8DB'],
  ORGANIZATION: ['#6DCE9E', '#60B58B'],
  COUNTRY: ['#FF756E', '#E06760'],
  CITY: ['#DE9BF9', '#BF85D6'],
  LOCATION: ['#FB95AF', '#E0849B'],
  FACILITY: ['#FFD86E', '#EDBA39'],
  EVENT: ['#F79767', '#DC8558'],
  DATE: ['#A5ABB6', '#9AA1AC'],
  MONEY: ['#C990C0', '#B261A5'],
  QUANTITY: ['#B4B4B4', '#A2A2A2'],
  CONCEPT: ['#8DCC93', '#5DB665'],
};

const ARTICLE_COLOUR = ['#D9D9D9', '#BFBFBF'] as const;

function rule(selector: string, properties: Record<string, string>): string {
  const body = Object.entries(properties)
    .map(([name, value]) => `  ${name}: ${value};`)
    .join('\n');
  return `${selector} {\n${body}\n}`;
}

export function renderGraphStyle(): string {
  const rules = [
    rule('node', {
      diameter: '50px',
      color: '#A5ABB6',
      'border-color': '#9AA1AC',
      'border-width': '2px',
      'text-color-internal': '#FFFFFF',
      'font-size': '10px',
      caption: "'{name}'",
    }),
    // Facts (every relationship type but MENTIONS) are drawn 3px wide, captioned by type.
    rule('relationship', {
      color: '#6B6B6B',
      'shaft-width': '3px',
      'font-size': '9px',
      padding: '3px',
      'text-color-external': '#000000',
      'text-color-internal': '#FFFFFF',
      caption: "'<type>'",
    }),
    rule('relationship.MENTIONS', {
      color: '#C8C8C8',
      'shaft-width': '1px',
      'font-size': '7px',
      caption: "'<type>'",
    }),
    rule('node.Entity', { diameter: '55px', caption: "'{name}'" }),
    ...ENTITY_TYPES.map((type) =>
      rule(`node.${labelOf(type)}`, {
        color: COLOURS[type][0],
        'border-color': COLOURS[type][1],
        'text-color-internal': '#FFFFFF',
        caption: "'{name}'",
        diameter: type === 'PERSON' || type === 'COUNTRY' ? '65px' : '55px',
      }),
    ),
    rule('node.Article', {
      color: ARTICLE_COLOUR[0],
      'border-color': ARTICLE_COLOUR[1],
      'text-color-internal': '#000000',
      caption: "'{title}'",
      diameter: '45px',
    }),
  ];
  return `${rules.join('\n\n')}\n`;
}

export function entityColour(type: EntityType): string {
  return COLOURS[type][0];
}
