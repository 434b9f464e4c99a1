/// `GET /openapi.json`: the API's contract, OpenAPI 3.1. The tests call every path it lists and
/// check the answers against the schemas it names, so the two cannot drift apart unnoticed.
enum OpenAPIDocument {
    static let json = #"""
        {
          "openapi": "3.1.0",
          "info": {
            "title": "NewsGraph",
            "version": "1.0.0",
            "description": "Entities, relations, quotes and documents of one NewsGraph run (newsgraph.sqlite, read-only), and extraction of one article. Entity ids are node keys such as 'PERSON:Tony Blair', percent-encoded as one path segment."
          },
          "paths": {
            "/api/entities": {
              "get": {
                "summary": "Entities, most mentioned first",
                "parameters": [
                  {"name": "q", "in": "query", "schema": {"type": "string"}, "description": "Prefix of a name or alias, or of one of their words (case-insensitive for ASCII)."},
                  {"name": "label", "in": "query", "schema": {"type": "string"}, "description": "Only this label (PERSON, ORG, GPE, …)."},
                  {"$ref": "#/components/parameters/limit"},
                  {"$ref": "#/components/parameters/offset"}
                ],
                "responses": {
                  "200": {"description": "A page of entities", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/EntityList"}}}},
                  "400": {"$ref": "#/components/responses/BadRequest"}
                }
              }
            },
            "/api/entities/{id}": {
              "get": {
                "summary": "One entity: name, label, aliases, roles, mentions per month",
                "parameters": [{"$ref": "#/components/parameters/entityId"}],
                "responses": {
                  "200": {"description": "The entity", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Entity"}}}},
                  "404": {"$ref": "#/components/responses/NotFound"}
                }
              }
            },
            "/api/entities/{id}/neighbors": {
              "get": {
                "summary": "The entity's edges in both directions, heaviest first, each with the sentences or quotations where the two meet",
                "parameters": [
                  {"$ref": "#/components/parameters/entityId"},
                  {"name": "relation", "in": "query", "schema": {"type": "string"}, "description": "Only this relation: CO_MENTION, QUOTES, MENTIONS, ROLE."},
                  {"name": "sentences", "in": "query", "schema": {"type": "integer", "minimum": 0, "maximum": 10, "default": 3}, "description": "Up to this many places per neighbour where the two meet (0: none): sentences naming both for CO_MENTION and ROLE, the speaker's quotations naming the other for QUOTES."},
                  {"$ref": "#/components/parameters/limit"},
                  {"$ref": "#/components/parameters/offset"}
                ],
                "responses": {
                  "200": {"description": "Neighbours", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/NeighborList"}}}},
                  "400": {"$ref": "#/components/responses/BadRequest"},
                  "404": {"$ref": "#/components/responses/NotFound"}
                }
              }
            },
            "/api/entities/{id}/quotes": {
              "get": {
                "summary": "Quotes the entity is the speaker of, or (about=true) quotes that mention it",
                "parameters": [
                  {"$ref": "#/components/parameters/entityId"},
                  {"name": "about", "in": "query", "schema": {"type": "boolean", "default": false}},
                  {"$ref": "#/components/parameters/limit"},
                  {"$ref": "#/components/parameters/offset"}
                ],
                "responses": {
                  "200": {"description": "Quotes in date order", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/QuoteList"}}}},
                  "400": {"$ref": "#/components/responses/BadRequest"},
                  "404": {"$ref": "#/components/responses/NotFound"}
                }
              }
            },
            "/api/documents/{id}": {
              "get": {
                "summary": "One document as a record: text, metadata, entity mentions (with their graph node) and quotes",
                "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}, "description": "The record id."}],
                "responses": {
                  "200": {"description": "The record", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Document"}}}},
                  "404": {"$ref": "#/components/responses/NotFound"}
                }
              }
            },
            "/api/search": {
              "get": {
                "summary": "Full-text search (SQLite FTS5) over titles, texts and entity names; every word must match, the last as a prefix",
                "parameters": [
                  {"name": "q", "in": "query", "required": true, "schema": {"type": "string"}},
                  {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 0, "maximum": 100, "default": 20}},
                  {"$ref": "#/components/parameters/offset"}
                ],
                "responses": {
                  "200": {"description": "Matching documents with snippets, and entities", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/SearchResults"}}}},
                  "400": {"$ref": "#/components/responses/BadRequest"}
                }
              }
            },
            "/api/extract": {
              "post": {
                "summary": "Extract one article: the record `newsgraph extract` prints",
                "parameters": [
                  {"name": "id", "in": "query", "schema": {"type": "string", "default": "request"}},
                  {"name": "url", "in": "query", "schema": {"type": "string"}}
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {"schema": {"$ref": "#/components/schemas/ExtractRequest"}},
                    "text/html": {"schema": {"type": "string"}},
                    "text/plain": {"schema": {"type": "string"}}
                  }
                },
                "responses": {
                  "200": {"description": "The document record", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Record"}}}},
                  "400": {"$ref": "#/components/responses/BadRequest"},
                  "413": {"description": "The body is larger than the server's limit", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
                  "422": {"description": "Nothing could be extracted (an empty page, binary content)", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
                  "503": {"description": "The extraction did not finish (or start) within the server's time limit (--extract-timeout)", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
                }
              }
            },
            "/openapi.json": {
              "get": {
                "summary": "This document",
                "responses": {"200": {"description": "OpenAPI 3.1", "content": {"application/json": {"schema": {"type": "object", "required": ["openapi", "paths"]}}}}}
              }
            }
          },
          "components": {
            "parameters": {
              "entityId": {"name": "id", "in": "path", "required": true, "schema": {"type": "string"}, "description": "A node key, LABEL:Name, percent-encoded."},
              "limit": {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 0, "default": 50}, "description": "At most this many (larger values are cut to 500)."},
              "offset": {"name": "offset", "in": "query", "schema": {"type": "integer", "minimum": 0, "default": 0}}
            },
            "responses": {
              "BadRequest": {"description": "A malformed parameter or body", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
              "NotFound": {"description": "No such entity or document", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
            },
            "schemas": {
              "Error": {
                "type": "object", "required": ["error"],
                "properties": {"error": {"type": "object", "required": ["status", "message"], "properties": {"status": {"type": "integer"}, "message": {"type": "string"}}}}
              },
              "EntitySummary": {
                "type": "object", "required": ["id", "name", "label", "mentions", "documents"],
                "properties": {"id": {"type": "string"}, "name": {"type": "string"}, "label": {"type": "string"}, "mentions": {"type": "integer"}, "documents": {"type": "integer"}}
              },
              "EntityList": {
                "type": "object", "required": ["entities", "total", "limit", "offset"],
                "properties": {"entities": {"type": "array", "items": {"$ref": "#/components/schemas/EntitySummary"}}, "total": {"type": "integer"}, "limit": {"type": "integer"}, "offset": {"type": "integer"}}
              },
              "Entity": {
                "type": "object", "required": ["id", "name", "label", "mentions", "documents", "aliases", "timeline"],
                "properties": {
                  "id": {"type": "string"}, "name": {"type": "string"}, "label": {"type": "string"},
                  "mentions": {"type": "integer"}, "documents": {"type": "integer"},
                  "aliases": {"type": "array", "items": {"type": "string"}},
                  "roles": {"type": "array", "items": {"type": "string"}, "description": "Present when the database has roles."},
                  "first_published": {"type": ["string", "null"]}, "last_published": {"type": ["string", "null"]},
                  "place": {"type": ["object", "null"], "description": "GeoNames' facts for a place the gazetteer knows.", "properties": {"geonames_id": {"type": ["integer", "null"]}, "country_code": {"type": ["string", "null"]}, "feature_class": {"type": ["string", "null"]}, "latitude": {"type": "number"}, "longitude": {"type": "number"}, "reason": {"type": ["string", "null"], "description": "only, context or prominence: why this place of its name."}}},
                  "timeline": {"type": "array", "items": {"type": "object", "required": ["month", "documents", "mentions"], "properties": {"month": {"type": "string"}, "documents": {"type": "integer"}, "mentions": {"type": "integer"}}}}
                }
              },
              "Neighbor": {
                "type": "object", "required": ["id", "name", "label", "relation", "direction", "weight", "documents"],
                "properties": {
                  "id": {"type": "string"}, "name": {"type": "string"}, "label": {"type": "string"}, "relation": {"type": "string"},
                  "direction": {"type": "string", "enum": ["out", "in"]}, "weight": {"type": "integer"}, "documents": {"type": "integer"},
                  "title": {"type": "string", "description": "A ROLE edge's title."},
                  "sentences": {"type": "array", "items": {"$ref": "#/components/schemas/ConnectingSentence"}, "description": "Where the two meet, the first in document order (none for MENTIONS)."}
                }
              },
              "ConnectingSentence": {
                "type": "object", "required": ["document", "title", "start", "end", "text"],
                "properties": {
                  "document": {"type": "string", "description": "The record id."}, "title": {"type": ["string", "null"]},
                  "start": {"type": "integer", "description": "Code-point offset of the words in the document's text."}, "end": {"type": "integer"},
                  "text": {"type": "string", "description": "The sentence naming both, or the quotation; a long one is shortened around the names, with '…' where cut."},
                  "quote": {"type": "string", "enum": ["direct", "mixed", "indirect"], "description": "The quotation's kind, for QUOTES."}
                }
              },
              "NeighborList": {
                "type": "object", "required": ["entity", "neighbors", "total", "limit", "offset"],
                "properties": {"entity": {"type": "string"}, "neighbors": {"type": "array", "items": {"$ref": "#/components/schemas/Neighbor"}}, "total": {"type": "integer"}, "limit": {"type": "integer"}, "offset": {"type": "integer"}}
              },
              "Quote": {
                "type": "object", "required": ["document", "text", "kind", "start", "end"],
                "properties": {
                  "document": {"type": "string"}, "title": {"type": ["string", "null"]}, "published": {"type": ["string", "null"]},
                  "text": {"type": "string"}, "kind": {"type": "string", "enum": ["direct", "mixed", "indirect"]},
                  "cue": {"type": ["string", "null"]}, "speaker": {"type": ["string", "null"]}, "speaker_entity": {"type": ["string", "null"]},
                  "start": {"type": "integer"}, "end": {"type": "integer"}, "continues": {"type": ["integer", "null"]}
                }
              },
              "QuoteList": {
                "type": "object", "required": ["entity", "quotes", "total", "limit", "offset"],
                "properties": {"entity": {"type": "string"}, "quotes": {"type": "array", "items": {"$ref": "#/components/schemas/Quote"}}, "total": {"type": "integer"}, "limit": {"type": "integer"}, "offset": {"type": "integer"}}
              },
              "Document": {
                "type": "object", "required": ["id", "source", "text", "authors", "entities", "quotes"],
                "properties": {
                  "id": {"type": "string"}, "source": {"type": "string"}, "title": {"type": ["string", "null"]}, "text": {"type": "string"},
                  "authors": {"type": "array", "items": {"type": "string"}},
                  "published": {"type": ["string", "null"]}, "modified": {"type": ["string", "null"]}, "language": {"type": ["string", "null"]},
                  "site_name": {"type": ["string", "null"]}, "url": {"type": ["string", "null"]}, "description": {"type": ["string", "null"]},
                  "entities": {"type": "array", "items": {"type": "object", "required": ["start", "end", "label", "text", "entity", "key", "sentence"], "properties": {"start": {"type": "integer"}, "end": {"type": "integer"}, "label": {"type": "string"}, "text": {"type": "string"}, "entity": {"type": "string"}, "key": {"type": "string"}, "sentence": {"type": "integer"}}}},
                  "quotes": {"type": "array", "items": {"type": "object", "required": ["start", "end", "kind", "text"], "properties": {"start": {"type": "integer"}, "end": {"type": "integer"}, "kind": {"type": "string"}, "cue": {"type": ["string", "null"]}, "speaker": {"type": ["string", "null"]}, "speaker_entity": {"type": ["string", "null"]}, "continues": {"type": ["integer", "null"]}, "text": {"type": "string"}}}}
                }
              },
              "SearchResults": {
                "type": "object", "required": ["query", "documents", "total", "entities", "limit", "offset"],
                "properties": {
                  "query": {"type": "string"},
                  "documents": {"type": "array", "items": {"type": "object", "required": ["id", "snippet"], "properties": {"id": {"type": "string"}, "title": {"type": ["string", "null"]}, "published": {"type": ["string", "null"]}, "snippet": {"type": "string"}}}},
                  "total": {"type": "integer"},
                  "entities": {"type": "array", "items": {"$ref": "#/components/schemas/EntitySummary"}},
                  "limit": {"type": "integer"}, "offset": {"type": "integer"}
                }
              },
              "ExtractRequest": {
                "type": "object",
                "properties": {"text": {"type": "string"}, "html": {"type": "string"}, "id": {"type": "string"}, "url": {"type": "string"}},
                "description": "Exactly one of text and html."
              },
              "Record": {
                "type": "object", "required": ["id", "source", "text", "authors", "entities", "quotes", "roles"],
                "properties": {
                  "id": {"type": "string"}, "source": {"type": "string"}, "title": {"type": ["string", "null"]}, "text": {"type": "string"},
                  "authors": {"type": "array", "items": {"type": "string"}}, "language": {"type": ["string", "null"]},
                  "entities": {"type": "array", "items": {"type": "object", "required": ["start", "end", "label", "text", "entity"]}},
                  "quotes": {"type": "array", "items": {"type": "object", "required": ["start", "end", "kind"]}},
                  "roles": {"type": "array"}
                }
              }
            }
          }
        }
        """#
}
