/**
 * Fastify's schema compilers (Ajv for validation, fast-json-stringify for serialization), loaded the first time a
 * route with a schema needs one. Fastify requires both when an instance is created; tlstest's routes declare no
 * schema, so they would only hold memory in every process (about 1 MB of heap: Ajv and its companions are some
 * 600 KB of source). These factories are the very ones Fastify would use, required from Fastify's own location.
 *
 * One difference a future route would meet: Fastify treats a factory given in `schemaController` as a custom
 * compiler, so it hands a `headers` schema over as written instead of lower-casing its property names. Name
 * headers in lower case in such a schema (Node's request headers are lower case).
 */
import { createRequire } from 'node:module';
import type { FastifyServerOptions } from 'fastify';

type CompilersFactory = NonNullable<NonNullable<FastifyServerOptions['schemaController']>['compilersFactory']>;
type ValidatorFactory = NonNullable<CompilersFactory['buildValidator']>;
type SerializerFactory = NonNullable<CompilersFactory['buildSerializer']>;

/** The packages Fastify takes its default compilers from, for tests that check they are not loaded at start. */
export const SCHEMA_COMPILER_PACKAGES = ['@fastify/ajv-compiler', '@fastify/fast-json-stringify-compiler'] as const;

const fromFastify = () => createRequire(createRequire(import.meta.url).resolve('fastify'));

/** `schemaController.compilersFactory` for Fastify(): Fastify's default compilers, each required on first use. */
export function lazySchemaCompilers(): Required<CompilersFactory> {
  let validator: ValidatorFactory | undefined;
  let serializer: SerializerFactory | undefined;
  return {
    buildValidator: (externalSchemas, options) => {
      validator ??= (fromFastify()(SCHEMA_COMPILER_PACKAGES[0]) as () => ValidatorFactory)();
      return validator(externalSchemas, options);
    },
    buildSerializer: (externalSchemas, options) => {
      serializer ??= (fromFastify()(SCHEMA_COMPILER_PACKAGES[1]) as () => SerializerFactory)();
      return serializer(externalSchemas, options);
    },
  };
}
