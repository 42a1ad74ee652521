import type { Value } from '../../ir/values.js';
import type { Resource, ResourceModel } from '../../model/types.js';
import { instructionText, runsCommands } from '../_shared/lambda-archive.js';
import { quotedName, resourceById } from '../_shared/resource-refs.js';
import { walk } from '../_shared/walk.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';

const REPOSITORY = 'aws:ecr/repository:Repository';
const FUNCTION = 'aws:lambda/function:Function';
/** Arguments (at any depth, JSON container definitions included) that name a container image. */
const IMAGE_KEYS = new Set(['image', 'imageUri', 'imageIdentifier']);

/**
 * Resources that may put an image into a repository during `pulumi up`: image builds, commands,
 * CI projects, replication and pull-through caches. With any of them the rule cannot tell which
 * repository ends up holding an image.
 */
function mayPushImages(model: ResourceModel): boolean {
  return runsCommands(model) || model.resources.some((r) =>
    /^(docker|docker-build|command)$/.test(r.pkg)
    || r.type === 'awsx:ecr:Image'
    || /^aws:(codebuild|codepipeline|imagebuilder)\//.test(r.type)
    || r.type === 'aws:ecr/replicationConfiguration:ReplicationConfiguration'
    || r.type === 'aws:ecr/pullThroughCacheRule:PullThroughCacheRule',
  );
}

/** The program's ECR repository whose URL a value is built from (`repo.repositoryUrl + ":latest"`). */
function repositoryOf(model: ResourceModel, v: Value, depth = 0): Resource | undefined {
  if (depth > 6) return undefined;
  if (v.kind === 'output') {
    if (v.resource !== undefined && v.attr === 'repositoryUrl') return repository(model, v.resource);
    return repositoryOf(model, v.inner, depth + 1);
  }
  if (v.kind === 'unknown') return v.ref?.attr === 'repositoryUrl' ? repository(model, v.ref.resource) : undefined;
  if (v.kind === 'str') {
    for (const p of v.parts) {
      const r = repositoryOf(model, p, depth + 1);
      if (r) return r;
    }
  }
  return undefined;
}

/**
 * JSON written as text around Outputs (`pulumi.interpolate\`[{"image":"${repo.repositoryUrl}:latest"}]\``):
 * the repository whose URL directly follows an `"image":"` key.
 */
function imageInText(model: ResourceModel, v: Value): Resource | undefined {
  const s = v.kind === 'output' ? v.inner : v;
  if (s.kind !== 'str' || s.json) return undefined;
  for (let i = 0; i + 1 < s.parts.length; i++) {
    const p = s.parts[i]!;
    if (p.kind !== 'known' || !/"(?:image|imageUri|Image)"\s*:\s*"$/.test(String(p.value))) continue;
    const repo = repositoryOf(model, s.parts[i + 1]!);
    if (repo) return repo;
  }
  return undefined;
}

function repository(model: ResourceModel, id: number): Resource | undefined {
  const r = resourceById(model, id);
  return r?.type === REPOSITORY && !r.conditional ? r : undefined;
}

/** The tag or digest part of an image reference, for the message. */
function reference(v: Value): string {
  const inner = v.kind === 'output' ? v.inner : v;
  if (inner.kind !== 'str') return '';
  const tail = inner.parts[inner.parts.length - 1];
  return tail?.kind === 'known' && typeof tail.value === 'string' && /^[:@]/.test(tail.value) ? tail.value : '';
}

export default defineRule({
  id: 'aws/image-from-empty-ecr-repository',
  class: 'PACKAGING-ASSETS',
  severity: 'high',
  category: 'aws',
  resourceTypes: [],
  messages: {
    lambda: 'The function\'s image comes from ECR repository {{repo}}{{ref}}, which this program creates empty, and nothing in the program builds or pushes an image to it: creating the function fails with "Source image ... does not exist". Build and push the image in the program (`docker.Image` / `awsx.ecr.Image` on the repository URL) and use its digest, or point at an image that exists.',
    container: 'The container image comes from ECR repository {{repo}}{{ref}}, which this program creates empty, and nothing in the program builds or pushes an image to it: the tasks fail with CannotPullContainerError and the service never becomes healthy{{after}}. Build and push the image in the program (`docker.Image` / `awsx.ecr.Image` on the repository URL) and reference its digest.',
  },
  title: {
    lambda: 'Function image from ECR repository {{repo}}{{ref}}, which nothing pushes to',
    container: 'Container image from ECR repository {{repo}}{{ref}}, which nothing pushes to ({{counted}})',
  },
  fixHint: 'const image = new awsx.ecr.Image("app", { repositoryUrl: repo.repositoryUrl, context: "./app" }); then use image.imageUri.',
  docs: {
    summary: 'A Lambda function, ECS task, App Runner service or other workload that runs an image from an ECR repository the same program creates, while nothing builds or pushes an image into it.',
    why: 'A new ECR repository is empty. `repo.repositoryUrl + ":latest"` names an image that does not exist when the workload is created: Lambda rejects the function ("Source image ... does not exist") and the deployment fails, ECS keeps failing to pull the image so tasks never run. The repository cannot hold an image before the stack that creates it has run, so a push "after deploying" leaves the first deployment broken.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst repo = new aws.ecr.Repository('app', { forceDelete: true });\nconst role = new aws.iam.Role('fn', { assumeRolePolicy: aws.iam.assumeRolePolicyForPrincipal({ Service: 'lambda.amazonaws.com' }) });\nexport const fn = new aws.lambda.Function('fn', {\n  packageType: 'Image',\n  imageUri: repo.repositoryUrl.apply((url) => \`\${url}:latest\`),\n  role: role.arn,\n});\n`,
      py: `import json\nimport pulumi\nimport pulumi_aws as aws\nrepo = aws.ecr.Repository("app", force_delete=True)\ntask = aws.ecs.TaskDefinition("app", family="app", cpu="256", memory="512", network_mode="awsvpc",\n    requires_compatibilities=["FARGATE"],\n    container_definitions=repo.repository_url.apply(lambda url: json.dumps([{"name": "app", "image": f"{url}:latest", "essential": True}])))\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as awsx from '@pulumi/awsx';\nconst repo = new aws.ecr.Repository('app', { forceDelete: true });\nconst image = new awsx.ecr.Image('app', { repositoryUrl: repo.repositoryUrl, context: './app', platform: 'linux/amd64' });\nconst role = new aws.iam.Role('fn', { assumeRolePolicy: aws.iam.assumeRolePolicyForPrincipal({ Service: 'lambda.amazonaws.com' }) });\nexport const fn = new aws.lambda.Function('fn', { packageType: 'Image', imageUri: image.imageUri, role: role.arn });\n`,
      py: `import json\nimport pulumi\nimport pulumi_aws as aws\ntask = aws.ecs.TaskDefinition("app", family="app", cpu="256", memory="512", network_mode="awsvpc",\n    requires_compatibilities=["FARGATE"],\n    container_definitions=json.dumps([{"name": "app", "image": "public.ecr.aws/nginx/nginx:1.27", "essential": True}]))\n`,
    },
    references: [
      'https://docs.aws.amazon.com/lambda/latest/dg/images-create.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_cannot_pull_image.html',
      'https://www.pulumi.com/registry/packages/awsx/api-docs/ecr/image/',
    ],
    notes: 'Only images built from the `repositoryUrl` of an `aws.ecr.Repository` the program creates are judged. The rule is silent when the program may push images itself: a `docker`/`docker-build` image, `awsx.ecr.Image`, a `command` resource or child process, a CodeBuild/CodePipeline/Image Builder resource, ECR replication or a pull-through cache rule. For ECS and other container services a `docker push` in the answer\'s instructions lowers the finding to medium (the service recovers once someone pushes); Lambda stays high because the function cannot be created at all.',
  },
  check(ctx) {
    if (mayPushImages(ctx.model)) return;
    const pushedLater = /\bdocker\s+push\b/.test(instructionText(ctx.model));
    for (const r of ctx.model.resources) check(ctx, r, pushedLater);
  },
});

function check(ctx: RuleContext, r: Resource, pushedLater: boolean): void {
  if (r.type === REPOSITORY) return;
  let reported = false;
  walk(r.args, ({ key, value, keyAt }) => {
    if (reported) return;
    const repo = IMAGE_KEYS.has(key) ? repositoryOf(ctx.model, value) : imageInText(ctx.model, value);
    if (!repo) return;
    reported = true;
    const data = { repo: quotedName(repo), ref: reference(value) ? ` (\`${reference(value)}\`)` : '', after: pushedLater ? ' until someone pushes the image the instructions describe' : '' };
    const at = value.at ?? keyAt;
    if (r.type === FUNCTION) ctx.report({ messageId: 'lambda', data, at, resource: r });
    else ctx.report({ messageId: 'container', data, at, resource: r, ...(pushedLater ? { severity: 'medium' as const } : {}) });
  });
}
