import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";

type JsonSchema = Record<string, unknown>;
interface MediaType {
  schema?: JsonSchema;
}
interface ResponseObject {
  content?: Record<string, MediaType>;
  headers?: Record<string, unknown>;
}
export interface OpenApiDoc {
  paths: Record<string, Record<string, { responses: Record<string, ResponseObject> }>>;
  components: { schemas: Record<string, JsonSchema> };
}

const ROOT = "https://rumor-ledger.test/openapi.json";

/** Points a schema's local refs (`#/components/…`) at the document root registered with Ajv. */
function rooted(schema: JsonSchema): JsonSchema {
  return JSON.parse(JSON.stringify(schema).replaceAll('"$ref":"#/', `"$ref":"${ROOT}#/`)) as JsonSchema;
}

/**
 * Checks real answers against an OpenAPI 3.1 document with Ajv (JSON Schema
 * 2020-12, the dialect of OpenAPI 3.1): the status must be one the operation
 * documents, the content type one it lists for that status, and the body must
 * validate against that schema (or be empty where no content is documented).
 * Returns the problems; none means the answer is what the document promises.
 */
export function openApiResponseChecker(doc: OpenApiDoc) {
  // Components are compiled once each and called by reference (not inlined into every response's
  // validator), and responses that share a schema share its compiled validator: the same checks, compiled once.
  const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true, inlineRefs: false });
  ajv.addSchema({ $id: ROOT, components: doc.components });
  const compiled = new Map<string, ValidateFunction>();
  const validator = (schema: JsonSchema) => {
    const key = JSON.stringify(schema);
    if (!compiled.has(key)) compiled.set(key, ajv.compile(rooted(schema)));
    return compiled.get(key)!;
  };

  return async (operation: string, response: Response): Promise<string[]> => {
    const [method, path] = operation.split(" ");
    const documented = doc.paths[path]?.[method];
    if (!documented) return [`${operation} is not in the document`];
    const status = String(response.status);
    const described = documented.responses[status];
    const body = await response.text();
    if (!described)
      return [
        `${operation} answered ${status}, which the document does not describe (it lists ${Object.keys(documented.responses).join(", ")}): ${body.slice(0, 200)}`,
      ];
    if (!described.content)
      return body.length === 0 ? [] : [`${operation} ${status} has a body but the document says it has none: ${body.slice(0, 200)}`];
    const type = (response.headers.get("content-type") ?? "").split(";")[0].trim();
    const media = described.content[type];
    if (!media)
      return [
        `${operation} ${status} answered ${type || "no content type"}, the document lists ${Object.keys(described.content).join(", ")}`,
      ];
    if (!media.schema) return [];
    if (!/^application\/(.+\+)?json$/.test(type)) {
      const ok = validator(media.schema)(body);
      return ok ? [] : [`${operation} ${status}: the body is not what the document describes`];
    }
    let value: unknown;
    try {
      value = JSON.parse(body);
    } catch {
      return [`${operation} ${status} is not JSON: ${body.slice(0, 200)}`];
    }
    const validate = validator(media.schema);
    if (validate(value)) return [];
    return (validate.errors ?? []).map(
      (e) => `${operation} ${status}: ${e.instancePath || "(body)"} ${e.message} ${JSON.stringify(e.params)}`,
    );
  };
}

/** Every (operation, status) pair the document describes, as "get /claims/{id} 404". */
export function documentedResponses(doc: OpenApiDoc): string[] {
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).flatMap(([method, op]) => Object.keys(op.responses).map((status) => `${method} ${path} ${status}`)),
  );
}
