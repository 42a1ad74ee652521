import type { Resource } from '../../model/types.js';
import { referencedResource } from '../_shared/resource-refs.js';
import { arg, str } from '../_shared/values.js';
import { inFragment } from '../_shared/whole-program.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';

const APPLICATION = 'aws:codedeploy/application:Application';
const GROUP = 'aws:codedeploy/deploymentGroup:DeploymentGroup';

/** The predefined deployment configurations, by compute platform (CodeDeploy User Guide, "Working with deployment configurations"). */
const CONFIGS: Readonly<Record<string, readonly string[]>> = {
  Server: ['CodeDeployDefault.OneAtATime', 'CodeDeployDefault.HalfAtATime', 'CodeDeployDefault.AllAtOnce'],
  Lambda: [
    'CodeDeployDefault.LambdaAllAtOnce',
    'CodeDeployDefault.LambdaCanary10Percent5Minutes', 'CodeDeployDefault.LambdaCanary10Percent10Minutes',
    'CodeDeployDefault.LambdaCanary10Percent15Minutes', 'CodeDeployDefault.LambdaCanary10Percent30Minutes',
    'CodeDeployDefault.LambdaLinear10PercentEvery1Minute', 'CodeDeployDefault.LambdaLinear10PercentEvery2Minutes',
    'CodeDeployDefault.LambdaLinear10PercentEvery3Minutes', 'CodeDeployDefault.LambdaLinear10PercentEvery10Minutes',
  ],
  ECS: [
    'CodeDeployDefault.ECSAllAtOnce',
    'CodeDeployDefault.ECSLinear10PercentEvery1Minutes', 'CodeDeployDefault.ECSLinear10PercentEvery3Minutes',
    'CodeDeployDefault.ECSCanary10Percent5Minutes', 'CodeDeployDefault.ECSCanary10Percent15Minutes',
  ],
};

export default defineRule({
  id: 'aws/codedeploy-config-platform-mismatch',
  class: 'CICD-PIPELINE',
  severity: 'high',
  category: 'aws',
  resourceTypes: [GROUP],
  messages: {
    platform: 'Deployment configuration `{{config}}` is {{what}}, but the application is for the {{platform}} compute platform: creating the deployment group fails (InvalidDeploymentConfigNameException / the configuration does not match the compute platform). Use a {{platform}} configuration such as `{{example}}`.',
    style: 'An {{platform}} deployment group must use blue/green deployments with traffic control, but this one {{state}}: creating it fails. Set `deploymentStyle: { deploymentType: "BLUE_GREEN", deploymentOption: "WITH_TRAFFIC_CONTROL" }`.',
  },
  title: {
    platform: 'Deployment configuration {{config:code}} is {{what:full}}, not for {{platform}}',
    style: '{{platform}} deployment group not blue/green with traffic control',
  },
  fixHint: 'Lambda: CodeDeployDefault.LambdaCanary10Percent5Minutes (or LambdaAllAtOnce); ECS: CodeDeployDefault.ECSAllAtOnce with a BLUE_GREEN, WITH_TRAFFIC_CONTROL deployment style; EC2/on-premises: CodeDeployDefault.OneAtATime.',
  docs: {
    summary: 'A CodeDeploy deployment group whose predefined deployment configuration belongs to another compute platform than its application (an EC2 configuration for a Lambda application, a Lambda one for ECS), or an ECS deployment group that is not blue/green with traffic control.',
    why: 'CodeDeploy deployment configurations are per compute platform: `CodeDeployDefault.OneAtATime` exists only for EC2/on-premises, `CodeDeployDefault.LambdaCanary10Percent5Minutes` only for Lambda, `CodeDeployDefault.ECSAllAtOnce` only for ECS. A group that pairs them with the wrong application cannot be created, and ECS deployments through CodeDeploy are always blue/green behind a load balancer. Generated pipelines copy an EC2 example into a Lambda or ECS setup.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst app = new aws.codedeploy.Application('fn', { computePlatform: 'Lambda' });\nnew aws.codedeploy.DeploymentGroup('fn', {\n  appName: app.name,\n  deploymentGroupName: 'fn',\n  serviceRoleArn: 'arn:aws:iam::123456789012:role/codedeploy',\n  deploymentConfigName: 'CodeDeployDefault.OneAtATime',\n  deploymentStyle: { deploymentType: 'BLUE_GREEN', deploymentOption: 'WITH_TRAFFIC_CONTROL' },\n});\n`,
      py: `import pulumi_aws as aws\napp = aws.codedeploy.Application("fn", compute_platform="Lambda")\naws.codedeploy.DeploymentGroup("fn",\n    app_name=app.name,\n    deployment_group_name="fn",\n    service_role_arn="arn:aws:iam::123456789012:role/codedeploy",\n    deployment_config_name="CodeDeployDefault.AllAtOnce",\n    deployment_style={"deployment_type": "BLUE_GREEN", "deployment_option": "WITH_TRAFFIC_CONTROL"})\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst app = new aws.codedeploy.Application('fn', { computePlatform: 'Lambda' });\nnew aws.codedeploy.DeploymentGroup('fn', {\n  appName: app.name,\n  deploymentGroupName: 'fn',\n  serviceRoleArn: 'arn:aws:iam::123456789012:role/codedeploy',\n  deploymentConfigName: 'CodeDeployDefault.LambdaCanary10Percent5Minutes',\n  deploymentStyle: { deploymentType: 'BLUE_GREEN', deploymentOption: 'WITH_TRAFFIC_CONTROL' },\n});\n`,
      py: `import pulumi_aws as aws\napp = aws.codedeploy.Application("fn", compute_platform="Lambda")\naws.codedeploy.DeploymentGroup("fn",\n    app_name=app.name,\n    deployment_group_name="fn",\n    service_role_arn="arn:aws:iam::123456789012:role/codedeploy",\n    deployment_config_name="CodeDeployDefault.LambdaAllAtOnce",\n    deployment_style={"deployment_type": "BLUE_GREEN", "deployment_option": "WITH_TRAFFIC_CONTROL"})\n`,
    },
    references: [
      'https://docs.aws.amazon.com/codedeploy/latest/userguide/deployment-configurations.html',
      'https://docs.aws.amazon.com/codedeploy/latest/userguide/deployment-groups-create-ecs.html',
    ],
    notes: 'The application must be a resource of the program with a known `computePlatform` (an omitted one is Server). Custom deployment configurations (not `CodeDeployDefault.*`) are not judged.',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      if (inFragment(ctx, r)) continue;
      const app = referencedResource(ctx.model, arg(r, 'appName'));
      if (!app || app.type !== APPLICATION) continue;
      const platform = platformOf(app);
      if (!platform) continue;
      checkConfig(ctx, r, platform);
      if (platform === 'ECS') checkStyle(ctx, r);
    }
  },
});

function platformOf(app: Resource): string | undefined {
  const v = app.args.props.get('computePlatform');
  if (v === undefined) return app.args.open || !app.argsKnown ? undefined : 'Server';
  const s = str(v);
  return s && s in CONFIGS ? s : undefined;
}

function checkConfig(ctx: RuleContext, r: Resource, platform: string): void {
  const v = arg(r, 'deploymentConfigName');
  const config = str(v);
  if (!config || !config.startsWith('CodeDeployDefault.') || CONFIGS[platform]!.includes(config)) return;
  const owner = Object.entries(CONFIGS).find(([, list]) => list.includes(config))?.[0];
  const what = owner ? `a configuration of the ${owner === 'Server' ? 'EC2/on-premises' : owner} platform` : 'not a predefined configuration';
  ctx.report({ messageId: 'platform', data: { config, what, platform: platform === 'Server' ? 'EC2/on-premises' : platform, example: CONFIGS[platform]![0]! }, at: v?.at, resource: r });
}

function checkStyle(ctx: RuleContext, r: Resource): void {
  if (!r.argsKnown || r.args.open) return;
  const style = r.args.props.get('deploymentStyle');
  if (style === undefined) {
    ctx.report({ messageId: 'style', data: { platform: 'ECS', state: 'sets no `deploymentStyle` (the default is an in-place deployment without traffic control)' }, resource: r });
    return;
  }
  if (style.kind !== 'obj' || style.open) return;
  const type = style.props.get('deploymentType');
  const option = style.props.get('deploymentOption');
  const bad = [type && str(type) === 'IN_PLACE' ? 'is IN_PLACE' : undefined, option && str(option) === 'WITHOUT_TRAFFIC_CONTROL' ? 'is WITHOUT_TRAFFIC_CONTROL' : undefined].filter(Boolean);
  if (bad.length > 0) ctx.report({ messageId: 'style', data: { platform: 'ECS', state: bad.join(' and ') }, at: style.at, resource: r });
}
