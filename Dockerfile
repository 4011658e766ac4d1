# The newsgraph API, for docker-compose.yml. It talks to the Neo4j named by NEO4J_URI and the CoreNLP named
# by CORENLP_URL and starts neither. No Docker engine runs where the tests run: test/e2e/docker-image
# lays these files out as the COPY lines say and runs the CMD, as the user below.
FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm ci --ignore-scripts && npx tsc -p tsconfig.build.json && npm prune --omit=dev

FROM node:22-bookworm-slim
ENV NODE_ENV=production
# /app is read-only for the node user; in development `start` keeps the API key it generates here.
ENV NEWSGRAPH_NEO4J_HOME=/home/node/newsgraph
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY bin ./bin
COPY cypher ./cypher
COPY samples ./samples
# The example operations of the offline IDE and the Sandbox (development mode).
COPY examples/operations ./examples/operations
USER node
EXPOSE 4000
CMD ["node", "dist/cli/main.js", "start"]
