/**
 * The Neo4j Browser guide (`:play <url>`): Browser's HTML guide format, an <article class="guide"> with
 * one <slide> each; code in <pre class="runnable"> goes to the editor when clicked. One slide per query in
 * cypher/explore, after an introduction to the model.
 */
import { ENTITY_TYPES, labelOf } from '../vocabulary';
import { entityColour } from './graph-style';
import { paramsCommand, type ExploreQuery } from './explore-queries';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function runnable(code: string): string {
  return `<pre class="pre-scrollable code runnable">${escapeHtml(code)}</pre>`;
}

function slide(title: string, lead: string, body: string): string {
  return `    <slide class="row-fluid">
      <div class="col-sm-3">
        <h3>${escapeHtml(title)}</h3>
        <p class="lead">${escapeHtml(lead)}</p>
      </div>
      <div class="col-sm-9">
${body}
      </div>
    </slide>`;
}

function introSlide(graphqlUrl: string): string {
  const legend = ENTITY_TYPES.map(
    (type) =>
      `<span style="background:${entityColour(type)};padding:2px 6px;border-radius:8px;color:#fff">${labelOf(type)}</span>`,
  ).join(' ');
  return slide(
    'newsgraph',
    'A knowledge graph read from news articles',
    `        <p>Each <b>(:Entity)</b> also carries its type as a label, coloured by the newsgraph style: ${legend}.</p>
        <p>Facts are relationships between entities, named by predicate, e.g.
        <code>(United States)-[:SANCTIONS]->(Belarus)</code>. Each one keeps its evidence: the article
        (<code>articleId</code>), the sentence (<code>sentenceIndex</code>, <code>evidence</code>), the character
        span (<code>start</code>, <code>end</code>), plus <code>confidence</code>, <code>negated</code> and
        <code>modality</code>.</p>
        <p><b>(:Article)-[:MENTIONS {count}]->(:Entity)</b> links each article to the entities it names.</p>
        <p>The same graph is served as GraphQL at <a href="${escapeHtml(graphqlUrl)}" target="_blank">${escapeHtml(graphqlUrl)}</a>.</p>
        <p>Click a grey block to copy it into the editor, then run it. Blocks that start with
        <code>:params</code> set the values the next query uses.</p>`,
  );
}

function querySlide(query: ExploreQuery): string {
  const params = paramsCommand(query.params);
  const blocks = [params === null ? null : runnable(params), runnable(query.statement)].filter(
    (b) => b !== null,
  );
  return slide(query.title, query.description, blocks.map((block) => `        ${block}`).join('\n'));
}

export function renderGuide(queries: readonly ExploreQuery[], graphqlUrl: string): string {
  return `<article class="guide">
  <carousel class="deck container-fluid">
${[introSlide(graphqlUrl), ...queries.map(querySlide)].join('\n')}
  </carousel>
</article>
`;
}
