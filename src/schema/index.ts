// The AWS provider schema: what stacklint knows about @pulumi/aws / pulumi_aws resources, invokes,
// arguments and enums, per supported major version. Plain data; imports no other stage.

export { enumOf } from './kind.js';
export { loadAwsSchema } from './load.js';
export { camelName, pythonEnumMember, pythonInitParam, pythonName } from './python-names.js';
export { admitsMajor, selectAwsMajor } from './select-major.js';
export type {
  AwsMajor,
  Deprecation,
  EnumSchema,
  FunctionSchema,
  Kind,
  ObjectTypeSchema,
  PropertySchema,
  ResourceSchema,
  SchemaIndex,
} from './types.js';
