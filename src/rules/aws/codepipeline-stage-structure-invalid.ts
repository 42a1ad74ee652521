import type { At } from '../../ir/values.js';
import type { Resource } from '../../model/types.js';
import { fileIntact } from '../_shared/aws-schema-args.js';
import { type Action, readActions } from '../_shared/codepipeline.js';
import { arg, isObj } from '../_shared/values.js';
import { inFragment } from '../_shared/whole-program.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';

const PIPELINE = 'aws:codepipeline/pipeline:Pipeline';

const CATEGORIES = ['Source', 'Build', 'Test', 'Deploy', 'Invoke', 'Approval', 'Compute'];

/**
 * Action providers owned by AWS, with the categories they serve and the input artifacts they take
 * (AWS CodePipeline User Guide, "Valid action types and providers" and "Valid input and output
 * artifacts for each action type"). Providers not listed are not judged.
 */
const AWS_PROVIDERS: Readonly<Record<string, { categories: readonly string[]; minInputs?: number; maxInputs?: number }>> = {
  S3: { categories: ['Source', 'Deploy'] },
  CodeCommit: { categories: ['Source'], maxInputs: 0 },
  ECR: { categories: ['Source'], maxInputs: 0 },
  CodeStarSourceConnection: { categories: ['Source'], maxInputs: 0 },
  CodeBuild: { categories: ['Build', 'Test'], minInputs: 1 },
  ECRBuildAndPublish: { categories: ['Build'] },
  DeviceFarm: { categories: ['Test'] },
  CodeDeploy: { categories: ['Deploy'], minInputs: 1, maxInputs: 1 },
  CodeDeployToECS: { categories: ['Deploy'], minInputs: 1 },
  ECS: { categories: ['Deploy'], minInputs: 1, maxInputs: 1 },
  ElasticBeanstalk: { categories: ['Deploy'], minInputs: 1, maxInputs: 1 },
  CloudFormation: { categories: ['Deploy'] },
  CloudFormationStackSet: { categories: ['Deploy'] },
  CloudFormationStackInstances: { categories: ['Deploy'] },
  ServiceCatalog: { categories: ['Deploy'] },
  AppConfig: { categories: ['Deploy'] },
  OpsWorks: { categories: ['Deploy'] },
  EC2: { categories: ['Deploy'] },
  EKS: { categories: ['Deploy'] },
  Lambda: { categories: ['Invoke', 'Deploy'] },
  StepFunctions: { categories: ['Invoke'] },
  InspectorScan: { categories: ['Invoke'] },
  Manual: { categories: ['Approval'], maxInputs: 0 },
  Commands: { categories: ['Compute'] },
};

/**
 * Configuration properties CodePipeline requires, by provider and category (AWS CodePipeline User
 * Guide, action structure reference of each provider). Providers and categories not listed are not judged.
 */
const REQUIRED_CONFIGURATION: Readonly<Record<string, readonly string[]>> = {
  'S3/Source': ['S3Bucket', 'S3ObjectKey'],
  'S3/Deploy': ['BucketName', 'Extract'],
  'CodeCommit/Source': ['RepositoryName', 'BranchName'],
  'ECR/Source': ['RepositoryName'],
  'CodeStarSourceConnection/Source': ['ConnectionArn', 'FullRepositoryId', 'BranchName'],
  'CodeBuild/Build': ['ProjectName'],
  'CodeBuild/Test': ['ProjectName'],
  'CodeDeploy/Deploy': ['ApplicationName', 'DeploymentGroupName'],
  'CodeDeployToECS/Deploy': ['ApplicationName', 'DeploymentGroupName', 'TaskDefinitionTemplateArtifact', 'AppSpecTemplateArtifact'],
  'ECS/Deploy': ['ClusterName', 'ServiceName'],
  'ElasticBeanstalk/Deploy': ['ApplicationName', 'EnvironmentName'],
  'CloudFormation/Deploy': ['ActionMode'],
  'Lambda/Invoke': ['FunctionName'],
  'StepFunctions/Invoke': ['StateMachineArn'],
};

export default defineRule({
  id: 'aws/codepipeline-stage-structure-invalid',
  class: 'CICD-PIPELINE',
  severity: 'high',
  category: 'aws',
  resourceTypes: [PIPELINE],
  messages: {
    tooFewStages: 'The pipeline has {{count}} stage: CodePipeline requires at least two (a source stage and one more), so creating it fails with InvalidStructureException. Add the build or deploy stage.',
    firstNotSource: 'The first stage `{{stage}}` holds the {{category}} action `{{action}}`: the first stage of a pipeline may hold only source actions, so creating it fails with InvalidStructureException. Start the pipeline with a stage of source actions.',
    sourceNotFirst: 'Source action `{{action}}` is in stage `{{stage}}`: source actions are allowed only in the first stage, so creating the pipeline fails with InvalidStructureException. Move it to the first stage.',
    category: '`{{category}}` is not an action category: CodePipeline knows Source, Build, Test, Deploy, Invoke, Approval and Compute, so creating the pipeline fails. Use the category the provider serves.',
    providerCategory: 'Action `{{action}}` uses provider `{{provider}}` in category {{category}}, but that provider serves only {{categories}}: CodePipeline finds no such action type (ActionTypeNotFoundException). Use category {{first}}, or the provider meant for this step.',
    owner: 'Action `{{action}}` gives owner `{{owner}}` to provider `{{provider}}`, which is {{expected}}: CodePipeline finds no such action type (ActionTypeNotFoundException). Set `owner: "{{expectedOwner}}"`.',
    missingInput: 'Action `{{action}}` reads input artifact `{{artifact}}`, which no action before it produces: creating the pipeline fails with InvalidStructureException. Name an output artifact of an earlier action (names are case-sensitive).',
    duplicateOutput: 'Output artifact `{{artifact}}` is produced by more than one action (`{{first}}` and `{{action}}`): artifact names must be unique in a pipeline, so creating it fails. Give each output its own name.',
    inputCount: 'Action `{{action}}` ({{provider}}) has {{count}} input artifacts but takes {{range}}: creating the pipeline fails with InvalidActionDeclarationException. {{fix}}',
    missingConfiguration: 'Action `{{action}}` ({{provider}} {{category}}) has no {{keys}} in its `configuration`: CodePipeline rejects the action ("missing required configuration \'{{first}}\'"), so creating the pipeline fails. Add {{them}}.',
    regionlessStore: 'The pipeline has {{count}} artifact stores but some of them name no `region`: a pipeline with several stores needs one per region, each with its region, so creating it fails. Set `region` on every store, or keep a single store without one.',
  },
  title: {
    tooFewStages: 'Pipeline with a single stage ({{counted}})',
    firstNotSource: 'First stage {{stage:code}} holds the {{category}} action {{action:code}}',
    sourceNotFirst: 'Source action {{action:code}} outside the first stage ({{stage:code}})',
    category: 'Unknown action category {{category:code}}',
    providerCategory: 'Action {{action:code}}: provider {{provider:code}} not in category {{category}}',
    owner: 'Action {{action:code}}: owner {{owner:code}} for provider {{provider:code}}',
    missingInput: 'Action {{action:code}} reads artifact {{artifact:code}}, which nothing produces before it',
    duplicateOutput: 'Artifact {{artifact:code}} produced twice ({{first:code}}, {{action:code}})',
    inputCount: 'Action {{action:code}} ({{provider}}) has {{count}} input artifacts',
    regionlessStore: 'Artifact stores without a region on {{counted}}',
    missingConfiguration: 'Action {{action:code}} ({{provider}}) misses configuration {{keys}}',
  },
  fixHint: 'stages: [{ name: "Source", actions: [<source action with outputArtifacts: ["src"]>] }, { name: "Build", actions: [{ category: "Build", owner: "AWS", provider: "CodeBuild", version: "1", inputArtifacts: ["src"], ... }] }].',
  docs: {
    summary: 'A CodePipeline pipeline whose stages or actions CodePipeline rejects: fewer than two stages, a first stage with non-source actions or source actions later, an action type that does not exist (category, owner or provider wrong), input artifacts no earlier action produces, duplicate output artifact names, a wrong number of input artifacts, an AWS action without the configuration its provider requires (`ProjectName` for CodeBuild, `ConnectionArn`/`FullRepositoryId`/`BranchName` for a connection source, ...), or several artifact stores without regions.',
    why: 'CodePipeline validates the whole pipeline declaration when it is created: the first stage must hold only source actions and be followed by at least one more stage, every action type is the triple (category, owner, provider) and must exist, each input artifact must be the output of an earlier action, and some providers take a fixed number of inputs (CodeBuild at least one, CodeDeploy and ECS exactly one). Generated pipelines get these wrong (a deploy stage reading `BuildOutput` when the build wrote `build_output`, a CodeBuild "Deploy" step with no input, `owner: "AWS"` for the GitHub version 1 action), and the whole pipeline fails to deploy with InvalidStructureException.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst artifacts = new aws.s3.Bucket('artifacts');\nconst pipeline = new aws.codepipeline.Pipeline('app', {\n  roleArn: 'arn:aws:iam::123456789012:role/pipeline',\n  artifactStores: [{ location: artifacts.bucket, type: 'S3' }],\n  stages: [\n    { name: 'Source', actions: [{ name: 'Source', category: 'Source', owner: 'AWS', provider: 'S3', version: '1', outputArtifacts: ['source_output'], configuration: { S3Bucket: artifacts.bucket, S3ObjectKey: 'src.zip' } }] },\n    { name: 'Build', actions: [{ name: 'Build', category: 'Build', owner: 'AWS', provider: 'CodeBuild', version: '1', inputArtifacts: ['SourceOutput'], configuration: { ProjectName: 'app' } }] },\n  ],\n});\nexport const pipelineName = pipeline.name;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nartifacts = aws.s3.Bucket("artifacts")\npipeline = aws.codepipeline.Pipeline("app",\n    role_arn="arn:aws:iam::123456789012:role/pipeline",\n    artifact_stores=[aws.codepipeline.PipelineArtifactStoreArgs(location=artifacts.bucket, type="S3")],\n    stages=[\n        {"name": "Source", "actions": [{"name": "Source", "category": "Source", "owner": "AWS", "provider": "S3", "version": "1",\n            "output_artifacts": ["src"], "configuration": {"S3Bucket": artifacts.bucket, "S3ObjectKey": "src.zip"}}]},\n    ])\npulumi.export("pipeline", pipeline.name)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst artifacts = new aws.s3.Bucket('artifacts');\nconst pipeline = new aws.codepipeline.Pipeline('app', {\n  roleArn: 'arn:aws:iam::123456789012:role/pipeline',\n  artifactStores: [{ location: artifacts.bucket, type: 'S3' }],\n  stages: [\n    { name: 'Source', actions: [{ name: 'Source', category: 'Source', owner: 'AWS', provider: 'S3', version: '1', outputArtifacts: ['source_output'], configuration: { S3Bucket: artifacts.bucket, S3ObjectKey: 'src.zip' } }] },\n    { name: 'Build', actions: [{ name: 'Build', category: 'Build', owner: 'AWS', provider: 'CodeBuild', version: '1', inputArtifacts: ['source_output'], configuration: { ProjectName: 'app' } }] },\n  ],\n});\nexport const pipelineName = pipeline.name;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nartifacts = aws.s3.Bucket("artifacts")\npipeline = aws.codepipeline.Pipeline("app",\n    role_arn="arn:aws:iam::123456789012:role/pipeline",\n    artifact_stores=[aws.codepipeline.PipelineArtifactStoreArgs(location=artifacts.bucket, type="S3")],\n    stages=[\n        {"name": "Source", "actions": [{"name": "Source", "category": "Source", "owner": "AWS", "provider": "S3", "version": "1",\n            "output_artifacts": ["src"], "configuration": {"S3Bucket": artifacts.bucket, "S3ObjectKey": "src.zip"}}]},\n        {"name": "Build", "actions": [{"name": "Build", "category": "Build", "owner": "AWS", "provider": "CodeBuild", "version": "1",\n            "input_artifacts": ["src"], "configuration": {"ProjectName": "app"}}]},\n    ])\npulumi.export("pipeline", pipeline.name)\n`,
    },
    references: [
      'https://docs.aws.amazon.com/codepipeline/latest/userguide/reference-pipeline-structure.html',
      'https://docs.aws.amazon.com/codepipeline/latest/userguide/actions-valid-providers.html',
      'https://docs.aws.amazon.com/codepipeline/latest/userguide/reference-action-artifacts.html',
    ],
    notes: 'Only stages and actions known in full are judged: a stage list built from unknown values, an action with an unknown category or provider, or artifact lists with unknown names are skipped (an artifact check needs every earlier output name). Providers not in the table (partner and custom actions, newer AWS actions) are not judged. The GitHub version 1 action is reported by aws/codepipeline-github-v1.',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      if (inFragment(ctx, r) || !fileIntact(ctx.model, r)) continue;
      checkStores(ctx, r);
      const stages = arg(r, 'stages');
      if (!stages || stages.kind !== 'list' || stages.open) continue;
      const actions = readActions(stages.items);
      if (!actions) continue;
      if (stages.items.length < 2 && !r.args.open) ctx.report({ messageId: 'tooFewStages', data: { count: stages.items.length }, at: stages.at ?? r.at, resource: r });
      checkLayout(ctx, r, actions);
      for (const a of actions) checkType(ctx, r, a);
      for (const a of actions) checkConfiguration(ctx, r, a);
      checkArtifacts(ctx, r, actions);
    }
  },
});

function at(a: Action, key: string): At | undefined {
  const o = a.obj;
  return (isObj(o) ? (o.props.get(key)?.at ?? o.keys?.get(key)?.at) : undefined) ?? o.at;
}

function checkLayout(ctx: RuleContext, r: Resource, actions: Action[]): void {
  // Only when every category is known: a stage may hold an action whose category is computed.
  if (actions.some((a) => a.category === undefined)) return;
  const first = actions.find((a) => a.stage === 0 && a.category !== 'Source');
  if (first) {
    ctx.report({ messageId: 'firstNotSource', data: { stage: first.stageName, category: first.category!, action: first.name }, at: at(first, 'category'), resource: r });
    return;
  }
  for (const a of actions) {
    if (a.stage > 0 && a.category === 'Source') ctx.report({ messageId: 'sourceNotFirst', data: { stage: a.stageName, action: a.name }, at: at(a, 'category'), resource: r });
  }
}

/** An AWS action without the configuration properties its provider requires (keys compared without case). */
function checkConfiguration(ctx: RuleContext, r: Resource, a: Action): void {
  if (a.owner !== 'AWS' || !a.provider || !a.category || !isObj(a.obj)) return;
  const required = REQUIRED_CONFIGURATION[`${a.provider}/${a.category}`];
  const config = a.obj.props.get('configuration');
  if (!required || (config && config.kind !== 'absent' && (!isObj(config) || config.open))) return;
  const given = new Set(isObj(config) ? [...config.props.keys()].map((k) => k.toLowerCase()) : []);
  const missing = required.filter((k) => !given.has(k.toLowerCase()));
  if (missing.length === 0) return;
  const keys = missing.map((k) => `\`${k}\``).join(', ');
  ctx.report({ messageId: 'missingConfiguration', data: { action: a.name, provider: a.provider, category: a.category, keys, first: missing[0]!, them: missing.length === 1 ? 'it' : 'them' }, at: at(a, 'configuration'), resource: r });
}

function checkType(ctx: RuleContext, r: Resource, a: Action): void {
  if (a.category !== undefined && !CATEGORIES.includes(a.category)) {
    ctx.report({ messageId: 'category', data: { category: a.category }, at: at(a, 'category'), resource: r });
    return;
  }
  if (a.provider === undefined || a.owner === undefined) return;
  const known = AWS_PROVIDERS[a.provider];
  if (a.owner === 'AWS' && a.provider === 'GitHub') {
    ctx.report({ messageId: 'owner', data: { action: a.name, owner: a.owner, provider: a.provider, expected: 'the GitHub version 1 action of owner "ThirdParty" (use the `CodeStarSourceConnection` provider of owner "AWS" instead)', expectedOwner: 'ThirdParty' }, at: at(a, 'owner'), resource: r });
    return;
  }
  if (!known) return;
  if (a.owner !== 'AWS') {
    ctx.report({ messageId: 'owner', data: { action: a.name, owner: a.owner, provider: a.provider, expected: 'an AWS action', expectedOwner: 'AWS' }, at: at(a, 'owner'), resource: r });
    return;
  }
  if (a.category !== undefined && !known.categories.includes(a.category)) {
    ctx.report({ messageId: 'providerCategory', data: { action: a.name, provider: a.provider, category: a.category, categories: known.categories.join(' and '), first: known.categories[0]! }, at: at(a, 'category'), resource: r });
  }
}

function checkArtifacts(ctx: RuleContext, r: Resource, actions: Action[]): void {
  const producer = new Map<string, Action>();
  for (const a of actions) {
    for (const o of a.outputs ?? []) {
      const first = producer.get(o);
      if (first && first !== a) ctx.report({ messageId: 'duplicateOutput', data: { artifact: o, first: first.name, action: a.name }, at: at(a, 'outputArtifacts'), resource: r });
      else producer.set(o, a);
    }
  }
  const outputsKnown = actions.every((a) => a.outputs !== undefined);
  for (const a of actions) {
    if (!a.inputs) continue;
    if (outputsKnown) {
      for (const i of a.inputs) {
        const p = producer.get(i);
        // Actions of the same stage may feed each other (by runOrder): only later stages are certain.
        if (!p || p.stage > a.stage) ctx.report({ messageId: 'missingInput', data: { action: a.name, artifact: i }, at: at(a, 'inputArtifacts'), resource: r });
      }
    }
    checkInputCount(ctx, r, a, a.inputs.length);
  }
}

function checkInputCount(ctx: RuleContext, r: Resource, a: Action, count: number): void {
  if (a.owner !== 'AWS' || a.provider === undefined) return;
  const known = AWS_PROVIDERS[a.provider];
  if (!known || (a.category !== undefined && !known.categories.includes(a.category))) return;
  const min = known.minInputs ?? 0;
  const max = known.maxInputs ?? Infinity;
  if (count >= min && count <= max) return;
  const range = max === 0 ? 'none' : min === max ? `exactly ${min}` : max === Infinity ? `at least ${min}` : `${min} to ${max}`;
  const fix = count < min ? 'Pass the artifact it works on in `inputArtifacts` (the output of the source or build action).' : 'Remove the extra input artifacts.';
  ctx.report({ messageId: 'inputCount', data: { action: a.name, provider: a.provider, count, range, fix }, at: at(a, count < min ? 'name' : 'inputArtifacts'), resource: r });
}

function checkStores(ctx: RuleContext, r: Resource): void {
  const stores = arg(r, 'artifactStores');
  if (!stores || stores.kind !== 'list' || stores.open || stores.items.length < 2) return;
  const regionless = stores.items.some((s) => isObj(s) && !s.open && !s.props.has('region'));
  if (regionless) ctx.report({ messageId: 'regionlessStore', data: { count: stores.items.length }, at: stores.at ?? r.at, resource: r });
}

