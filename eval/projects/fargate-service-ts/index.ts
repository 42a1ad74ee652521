import * as aws from "@pulumi/aws";
import * as awsx from "@pulumi/awsx";
import * as pulumi from "@pulumi/pulumi";
import { Network } from "./network";

const config = new pulumi.Config();
const stack = pulumi.getStack();
const containerPort = config.getNumber("containerPort") ?? 8080;
const desiredCount = config.getNumber("desiredCount") ?? 2;
const cpu = config.getNumber("cpu") ?? 256;
const memory = config.getNumber("memory") ?? 512;
const certificateArn = config.get("certificateArn");

const name = `orders-api-${stack}`;
const tags = { Project: "orders-api", Environment: stack, ManagedBy: "pulumi" };

const network = new Network(name, { containerPort, tags });

// ---------------------------------------------------------------------------
// Image: built from ./app and pushed to a repository owned by this stack.
// ---------------------------------------------------------------------------
const repository = new awsx.ecr.Repository(`${name}-repo`, {
    forceDelete: stack !== "prod",
    imageTagMutability: "MUTABLE",
    lifecyclePolicy: {
        rules: [{
            description: "Keep the last 20 images",
            maximumNumberOfImages: 20,
            tagStatus: "any",
        }],
    },
    tags,
});

const image = new awsx.ecr.Image(`${name}-image`, {
    repositoryUrl: repository.url,
    context: "./app",
    platform: "linux/amd64",
});

// ---------------------------------------------------------------------------
// Load balancer: HTTPS when a certificate is configured, HTTP otherwise.
// ---------------------------------------------------------------------------
const listeners: awsx.types.input.lb.ListenerArgs[] = certificateArn
    ? [
        {
            port: 80,
            protocol: "HTTP",
            defaultActions: [{
                type: "redirect",
                redirect: { port: "443", protocol: "HTTPS", statusCode: "HTTP_301" },
            }],
        },
        {
            port: 443,
            protocol: "HTTPS",
            sslPolicy: "ELBSecurityPolicy-TLS13-1-2-2021-06",
            certificateArn,
        },
    ]
    : [{ port: 80, protocol: "HTTP" }];

const alb = new awsx.lb.ApplicationLoadBalancer(`${name}-alb`, {
    subnetIds: network.vpc.publicSubnetIds,
    securityGroups: [network.albSecurityGroup.id],
    defaultSecurityGroup: { skip: true },
    defaultTargetGroup: {
        port: containerPort,
        protocol: "HTTP",
        targetType: "ip",
        deregistrationDelay: 30,
        healthCheck: {
            path: "/healthz",
            matcher: "200",
            interval: 15,
            healthyThreshold: 2,
            unhealthyThreshold: 3,
        },
    },
    listeners,
    dropInvalidHeaderFields: true,
    idleTimeout: 60,
    tags,
});

// ---------------------------------------------------------------------------
// Service.
// ---------------------------------------------------------------------------
const cluster = new aws.ecs.Cluster(`${name}-cluster`, {
    settings: [{ name: "containerInsights", value: "enabled" }],
    tags,
});

const logGroup = new aws.cloudwatch.LogGroup(`${name}-logs`, {
    name: `/ecs/${name}`,
    retentionInDays: stack === "prod" ? 90 : 14,
    tags,
});

const dbUrl = new aws.ssm.Parameter(`${name}-database-url`, {
    name: `/orders-api/${stack}/DATABASE_URL`,
    type: "SecureString",
    value: config.requireSecret("databaseUrl"),
    tags,
});

const service = new awsx.ecs.FargateService(`${name}-svc`, {
    cluster: cluster.arn,
    desiredCount,
    enableExecuteCommand: stack !== "prod",
    deploymentCircuitBreaker: { enable: true, rollback: true },
    healthCheckGracePeriodSeconds: 30,
    propagateTags: "SERVICE",
    networkConfiguration: {
        subnets: network.vpc.privateSubnetIds,
        securityGroups: [network.serviceSecurityGroup.id],
        assignPublicIp: false,
    },
    taskDefinitionArgs: {
        cpu: `${cpu}`,
        memory: `${memory}`,
        runtimePlatform: { cpuArchitecture: "X86_64", operatingSystemFamily: "LINUX" },
        // The container's awslogs configuration below names our own log group.
        logGroup: { skip: true },
        executionRole: {
            args: {
                inlinePolicies: [{
                    name: "read-database-url",
                    policy: pulumi.jsonStringify({
                        Version: "2012-10-17",
                        Statement: [{
                            Effect: "Allow",
                            Action: ["ssm:GetParameters"],
                            Resource: dbUrl.arn,
                        }],
                    }),
                }],
            },
        },
        container: {
            name: "api",
            image: image.imageUri,
            cpu,
            memory,
            essential: true,
            portMappings: [{ containerPort, targetGroup: alb.defaultTargetGroup }],
            environment: [
                { name: "PORT", value: `${containerPort}` },
                { name: "NODE_ENV", value: "production" },
                { name: "LOG_LEVEL", value: stack === "prod" ? "info" : "debug" },
            ],
            secrets: [{ name: "DATABASE_URL", valueFrom: dbUrl.arn }],
            healthCheck: {
                command: ["CMD-SHELL", `wget -qO- http://localhost:${containerPort}/healthz || exit 1`],
                interval: 15,
                timeout: 5,
                retries: 3,
                startPeriod: 20,
            },
            logConfiguration: {
                logDriver: "awslogs",
                options: {
                    "awslogs-group": logGroup.name,
                    "awslogs-region": aws.getRegionOutput().name,
                    "awslogs-stream-prefix": "api",
                },
            },
        },
    },
    tags,
});

// ---------------------------------------------------------------------------
// Autoscaling on CPU.
// ---------------------------------------------------------------------------
const scalingTarget = new aws.appautoscaling.Target(`${name}-scaling`, {
    serviceNamespace: "ecs",
    scalableDimension: "ecs:service:DesiredCount",
    resourceId: pulumi.interpolate`service/${cluster.name}/${service.service.name}`,
    minCapacity: desiredCount,
    maxCapacity: desiredCount * 4,
});

new aws.appautoscaling.Policy(`${name}-cpu`, {
    policyType: "TargetTrackingScaling",
    serviceNamespace: scalingTarget.serviceNamespace,
    scalableDimension: scalingTarget.scalableDimension,
    resourceId: scalingTarget.resourceId,
    targetTrackingScalingPolicyConfiguration: {
        predefinedMetricSpecification: { predefinedMetricType: "ECSServiceAverageCPUUtilization" },
        targetValue: 60,
        scaleInCooldown: 120,
        scaleOutCooldown: 60,
    },
});

const scheme = certificateArn ? "https" : "http";
export const url = pulumi.interpolate`${scheme}://${alb.loadBalancer.dnsName}`;
export const imageUri = image.imageUri;
export const clusterName = cluster.name;
export const serviceName = service.service.name;
