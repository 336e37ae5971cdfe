import { VERSION } from '../version.js';
import { MAX_BODY_BYTES, MAX_PAGE } from './limits.js';

const json = (schema: object) => ({ content: { 'application/json': { schema } } });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const error = (description: string) => ({ description, ...json(ref('Error')) });
const idParam = (what: string) => ({ name: 'id', in: 'path', required: true, description: `the ${what}'s id`, schema: { type: 'string' } });
const pageParams = [
  { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: MAX_PAGE } },
  { name: 'offset', in: 'query', schema: { type: 'integer', minimum: 0 } },
];

/**
 * The OpenAPI 3.1 description of the API, served at /api/openapi.json. Written by hand next to the routes
 * (src/server/routes) rather than generated: five resources do not justify a schema library, and the
 * server tests check that every route the app answers is listed here.
 */
export function openApiDocument(): object {
  return {
    openapi: '3.1.0',
    info: { title: 'corroborate', version: VERSION, description: 'Stories, articles, entities and search over the corroborate store.' },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'Required when the server listens on anything but loopback.' } },
      schemas: {
        Error: { type: 'object', required: ['error', 'message'], properties: { error: { type: 'string' }, message: { type: 'string' } } },
        StoryRow: {
          type: 'object',
          properties: {
            id: { type: 'string' }, title: { type: 'string' }, articleCount: { type: 'integer' }, outletCount: { type: 'integer' },
            firstPublished: { type: ['string', 'null'], format: 'date-time' }, lastPublished: { type: ['string', 'null'], format: 'date-time' }, updatedAt: { type: 'string', format: 'date-time' },
          },
        },
        Story: {
          allOf: [ref('StoryRow'), {
            type: 'object',
            properties: {
              events: { type: 'array', items: { type: 'object' } },
              articles: { type: 'array', items: { type: 'object' }, description: 'as in the analyze report (schema/report.schema.json), without text' },
              entities: { type: 'array', items: { type: 'object' } },
              quotes: { type: 'array', items: { type: 'object' } },
              times: { type: 'array', items: { type: 'object' } },
              briefing: { type: ['object', 'null'], description: 'null until the reconcile stage lands' },
            },
          }],
        },
        Article: { type: 'object', description: 'stored article with its grouping and its document (text, meta, layers, map, messages)' },
        Entity: { type: 'object', properties: { id: { type: 'string' }, type: { type: 'string' }, name: { type: 'string' }, aliases: { type: 'array', items: { type: 'string' } }, roles: { type: 'array', items: { type: 'string' } }, mentions: { type: 'integer' }, articles: { type: 'integer' } } },
        SearchHit: {
          type: 'object',
          properties: {
            id: { type: 'string' }, title: { type: ['string', 'null'] }, outlet: { type: ['string', 'null'] }, published: { type: ['string', 'null'] }, story: { type: ['string', 'null'] }, rank: { type: 'number' },
            snippet: { type: 'string' }, highlights: { type: 'array', items: { type: 'object', properties: { start: { type: 'integer' }, end: { type: 'integer' } } }, description: 'UTF-16 ranges of matched words in snippet' },
          },
        },
        NewArticle: {
          type: 'object',
          description: 'text or html is required',
          properties: { text: { type: 'string' }, html: { type: 'string' }, url: { type: 'string' }, title: { type: 'string' }, outlet: { type: 'string' }, published: { type: 'string' } },
        },
      },
    },
    security: [{ bearer: [] }],
    paths: {
      '/healthz': { get: { summary: 'liveness and store backend', security: [], responses: { 200: { description: 'ok', ...json({ type: 'object' }) } } } },
      '/api/openapi.json': { get: { summary: 'this document', responses: { 200: { description: 'OpenAPI 3.1' } } } },
      '/api/stories': {
        get: {
          summary: 'stories, newest or most covered first',
          parameters: [{ name: 'sort', in: 'query', schema: { enum: ['newest', 'covered'] } }, ...pageParams],
          responses: { 200: { description: 'a page of stories', ...json({ type: 'object', properties: { stories: { type: 'array', items: ref('StoryRow') } } }) }, 400: error('bad parameter') },
        },
      },
      '/api/stories/{id}': { get: { summary: 'one story with its articles, events, entities, quotes and briefing', parameters: [idParam('story')], responses: { 200: { description: 'the story', ...json(ref('Story')) }, 404: error('no such story') } } },
      '/api/articles': {
        post: {
          summary: `store one article (body up to ${MAX_BODY_BYTES} bytes)`,
          requestBody: { required: true, ...json(ref('NewArticle')) },
          responses: { 201: { description: 'stored' }, 200: { description: 'stored already' }, 400: error('malformed JSON or no text/html'), 413: error('body too large'), 415: error('not JSON') },
        },
      },
      '/api/articles/{id}': { get: { summary: 'one stored article', parameters: [idParam('article')], responses: { 200: { description: 'the article', ...json(ref('Article')) }, 404: error('no such article') } } },
      '/api/entities': {
        get: {
          summary: 'entities, most widely reported first',
          parameters: [{ name: 'type', in: 'query', schema: { type: 'string' } }, { name: 'q', in: 'query', description: 'part of the name', schema: { type: 'string' } }, ...pageParams],
          responses: { 200: { description: 'a page of entities', ...json({ type: 'object', properties: { entities: { type: 'array', items: ref('Entity') } } }) } },
        },
      },
      '/api/entities/{id}': { get: { summary: 'one entity with its mentions', parameters: [idParam('entity')], responses: { 200: { description: 'the entity', ...json(ref('Entity')) }, 404: error('no such entity') } } },
      '/api/search': {
        get: {
          summary: 'full-text search (websearch syntax: "phrase", or, -word)',
          parameters: [{ name: 'q', in: 'query', required: true, schema: { type: 'string', maxLength: 500 } }, ...pageParams],
          responses: { 200: { description: 'hits with snippets', ...json({ type: 'object', properties: { hits: { type: 'array', items: ref('SearchHit') } } }) }, 400: error('missing q') },
        },
      },
    },
  };
}
