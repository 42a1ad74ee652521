import { buildCommands, inlineBuildspecs } from '../_shared/buildspec.js';
import { arg, bool, isAbsent, keySpan, str } from '../_shared/values.js';
import { inFragment } from '../_shared/whole-program.js';
import { defineRule } from '../define-rule.js';

const PROJECT = 'aws:codebuild/project:Project';

/** Commands that talk to a Docker daemon (docker CLI subcommands, compose, buildx). */
const DOCKER = /(^|[\s;&|(`$])(docker(\s+(buildx\s+)?(build|push|pull|login|run|tag|compose|image|create|exec|save|load))|docker-compose)\b/;

/** Linux container environments, where the Docker daemon needs privileged mode. */
const LINUX = new Set(['LINUX_CONTAINER', 'ARM_CONTAINER', 'LINUX_GPU_CONTAINER']);

export default defineRule({
  id: 'aws/codebuild-docker-without-privileged-mode',
  class: 'CICD-PIPELINE',
  severity: 'high',
  category: 'aws',
  resourceTypes: [PROJECT],
  messages: {
    privileged: 'The buildspec runs `{{command}}`, but the build environment {{state}}: without privileged mode the build container has no Docker daemon, so the build fails with "Cannot connect to the Docker daemon". Set `environment.privilegedMode: true`.',
  },
  title: 'Buildspec runs {{command:code}} without privileged mode on {{counted}}',
  fixHint: 'environment: { type: "LINUX_CONTAINER", computeType: "BUILD_GENERAL1_SMALL", image: "aws/codebuild/standard:7.0", privilegedMode: true }.',
  docs: {
    summary: 'A CodeBuild project whose inline buildspec builds, pushes or logs in with Docker while `environment.privilegedMode` is not `true`.',
    why: 'CodeBuild runs the Docker daemon in a Linux build container only in privileged mode. A project that builds container images (`docker build`, `docker push`, `docker login` after `aws ecr get-login-password`) without `privilegedMode: true` deploys fine, and every build then fails at the first Docker command. Generated CI pipelines for container workloads often leave the flag out.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst project = new aws.codebuild.Project('image', {\n  serviceRole: 'arn:aws:iam::123456789012:role/codebuild',\n  artifacts: { type: 'CODEPIPELINE' },\n  environment: { type: 'LINUX_CONTAINER', computeType: 'BUILD_GENERAL1_SMALL', image: 'aws/codebuild/standard:7.0' },\n  source: {\n    type: 'CODEPIPELINE',\n    buildspec: 'version: 0.2\\nphases:\\n  build:\\n    commands:\\n      - docker build -t app .\\n      - docker push $REPO_URI:latest\\n',\n  },\n});\nexport const projectName = project.name;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nproject = aws.codebuild.Project("image",\n    service_role="arn:aws:iam::123456789012:role/codebuild",\n    artifacts={"type": "CODEPIPELINE"},\n    environment={"type": "LINUX_CONTAINER", "compute_type": "BUILD_GENERAL1_SMALL", "image": "aws/codebuild/standard:7.0", "privileged_mode": False},\n    source={"type": "CODEPIPELINE", "buildspec": """version: 0.2\nphases:\n  build:\n    commands:\n      - docker build -t app .\n"""})\npulumi.export("project", project.name)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst project = new aws.codebuild.Project('image', {\n  serviceRole: 'arn:aws:iam::123456789012:role/codebuild',\n  artifacts: { type: 'CODEPIPELINE' },\n  environment: { type: 'LINUX_CONTAINER', computeType: 'BUILD_GENERAL1_SMALL', image: 'aws/codebuild/standard:7.0', privilegedMode: true },\n  source: {\n    type: 'CODEPIPELINE',\n    buildspec: 'version: 0.2\\nphases:\\n  build:\\n    commands:\\n      - docker build -t app .\\n      - docker push $REPO_URI:latest\\n',\n  },\n});\nexport const projectName = project.name;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nproject = aws.codebuild.Project("image",\n    service_role="arn:aws:iam::123456789012:role/codebuild",\n    artifacts={"type": "CODEPIPELINE"},\n    environment={"type": "LINUX_CONTAINER", "compute_type": "BUILD_GENERAL1_SMALL", "image": "aws/codebuild/standard:7.0", "privileged_mode": True},\n    source={"type": "CODEPIPELINE", "buildspec": """version: 0.2\nphases:\n  build:\n    commands:\n      - docker build -t app .\n"""})\npulumi.export("project", project.name)\n`,
    },
    references: [
      'https://docs.aws.amazon.com/codebuild/latest/userguide/sample-docker.html',
      'https://docs.aws.amazon.com/codebuild/latest/APIReference/API_ProjectEnvironment.html',
      'https://docs.aws.amazon.com/codebuild/latest/userguide/troubleshooting.html#troubleshooting-cannot-connect-to-docker-daemon',
    ],
    notes: 'Only inline buildspecs whose text is known are read; a buildspec kept in the repository (`buildspec: "buildspec.yml"`) is not. Linux container environments are judged (Windows and Lambda compute are not), and only when `privilegedMode` is absent or a known `false`.',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      if (!r.argsKnown || inFragment(ctx, r)) continue;
      const env = arg(r, 'environment');
      if (!env || env.kind !== 'obj' || env.open) continue;
      const type = str(env.props.get('type'));
      if (type === undefined || !LINUX.has(type)) continue;
      const flag = env.props.get('privilegedMode');
      const off = isAbsent(flag) ? 'does not set `privilegedMode`' : bool(flag) === false ? 'sets `privilegedMode: false`' : undefined;
      if (!off) continue;
      for (const spec of inlineBuildspecs(r)) {
        const command = spec.doc ? buildCommands(spec.doc).find((c) => DOCKER.test(c)) : undefined;
        if (!command) continue;
        const shown = command.trim().length > 80 ? `${command.trim().slice(0, 77)}...` : command.trim();
        ctx.report({ messageId: 'privileged', data: { command: shown, state: off }, at: (isAbsent(flag) ? undefined : flag?.at) ?? env.at ?? keySpan(r.args, 'environment'), resource: r });
        break;
      }
    }
  },
});
