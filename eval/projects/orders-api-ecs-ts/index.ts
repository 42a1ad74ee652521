import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";
import { createNetwork } from "./network";

const cfg = new pulumi.Config();
const certificateArn = cfg.require("certificateArn");
const imageTag = cfg.get("imageTag") ?? "latest";
const stack = pulumi.getStack();

const net = createNetwork(`orders-${stack}`, "10.40", ["eu-west-2a", "eu-west-2b"]);

// --- database ---------------------------------------------------------------
const dbSg = new aws.ec2.SecurityGroup("orders-db-sg", { vpcId: net.vpc.id, description: "orders db" });
const dbSubnets = new aws.rds.SubnetGroup("orders-db", { subnetIds: net.privateSubnets.map((s) => s.id) });

const cluster = new aws.rds.Cluster("orders-db", {
    engine: aws.rds.EngineType.AuroraPostgresql,
    engineMode: "provisioned",
    engineVersion: "16.4",
    databaseName: "orders",
    masterUsername: "orders_admin",
    manageMasterUserPassword: true,
    dbSubnetGroupName: dbSubnets.name,
    vpcSecurityGroupIds: [dbSg.id],
    storageEncrypted: true,
    backupRetentionPeriod: 7,
    deletionProtection: true,
    finalSnapshotIdentifier: `orders-${stack}-final`,
    serverlessv2ScalingConfiguration: { minCapacity: 0.5, maxCapacity: 8 },
});
new aws.rds.ClusterInstance("orders-db-1", {
    clusterIdentifier: cluster.id,
    instanceClass: "db.serverless",
    engine: aws.rds.EngineType.AuroraPostgresql,
    engineVersion: cluster.engineVersion,
});

// --- load balancer ------------------------------------------------------------
const albSg = new aws.ec2.SecurityGroup("orders-alb-sg", {
    vpcId: net.vpc.id,
    ingress: [
        { protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: ["0.0.0.0/0"] },
        { protocol: "tcp", fromPort: 80, toPort: 80, cidrBlocks: ["0.0.0.0/0"] },
    ],
    egress: [{ protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"] }],
});
const taskSg = new aws.ec2.SecurityGroup("orders-task-sg", {
    vpcId: net.vpc.id,
    ingress: [{ protocol: "tcp", fromPort: 3000, toPort: 3000, securityGroups: [albSg.id] }],
    egress: [{ protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"] }],
});
new aws.vpc.SecurityGroupIngressRule("db-from-tasks", {
    securityGroupId: dbSg.id,
    referencedSecurityGroupId: taskSg.id,
    ipProtocol: "tcp",
    fromPort: 5432,
    toPort: 5432,
});

const alb = new aws.lb.LoadBalancer("orders-alb", {
    internal: false,
    securityGroups: [albSg.id],
    subnets: net.publicSubnets.map((s) => s.id),
    dropInvalidHeaderFields: true,
});
const tg = new aws.lb.TargetGroup("orders-tg", {
    port: 3000,
    protocol: "HTTP",
    targetType: "ip",
    vpcId: net.vpc.id,
    deregistrationDelay: 30,
    healthCheck: { path: "/health", interval: 15, healthyThreshold: 2 },
});
new aws.lb.Listener("orders-https", {
    loadBalancerArn: alb.arn,
    port: 443,
    protocol: "HTTPS",
    sslPolicy: "ELBSecurityPolicy-TLS13-1-2-2021-06",
    certificateArn,
    defaultActions: [{ type: "forward", targetGroupArn: tg.arn }],
});
new aws.lb.Listener("orders-http", {
    loadBalancerArn: alb.arn,
    port: 80,
    protocol: "HTTP",
    defaultActions: [{ type: "redirect", redirect: { protocol: "HTTPS", port: "443", statusCode: "HTTP_301" } }],
});

// --- service ------------------------------------------------------------------
const repo = new aws.ecr.Repository("orders-api", { imageScanningConfiguration: { scanOnPush: true } });
const logs = new aws.cloudwatch.LogGroup("orders-api", { retentionInDays: 30 });

const execRole = new aws.iam.Role("orders-exec", {
    assumeRolePolicy: aws.iam.assumeRolePolicyForPrincipal({ Service: "ecs-tasks.amazonaws.com" }),
});
new aws.iam.RolePolicyAttachment("orders-exec-policy", {
    role: execRole.name,
    policyArn: "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy",
});
new aws.iam.RolePolicy("orders-exec-secret", {
    role: execRole.id,
    policy: cluster.masterUserSecrets.apply((s) => JSON.stringify({
        Version: "2012-10-17",
        Statement: [{ Effect: "Allow", Action: "secretsmanager:GetSecretValue", Resource: s[0].secretArn }],
    })),
});
const taskRole = new aws.iam.Role("orders-task", {
    assumeRolePolicy: aws.iam.assumeRolePolicyForPrincipal({ Service: "ecs-tasks.amazonaws.com" }),
});

const ecsCluster = new aws.ecs.Cluster("orders", {
    settings: [{ name: "containerInsights", value: "enabled" }],
});

const taskDef = new aws.ecs.TaskDefinition("orders-api", {
    family: `orders-api-${stack}`,
    cpu: "512",
    memory: "1024",
    networkMode: "awsvpc",
    requiresCompatibilities: ["FARGATE"],
    executionRoleArn: execRole.arn,
    taskRoleArn: taskRole.arn,
    containerDefinitions: pulumi
        .all([repo.repositoryUrl, logs.name, cluster.endpoint, cluster.masterUserSecrets])
        .apply(([url, logGroup, dbHost, secrets]) => JSON.stringify([{
            name: "api",
            image: `${url}:${imageTag}`,
            essential: true,
            portMappings: [{ containerPort: 3000, protocol: "tcp" }],
            environment: [{ name: "DB_HOST", value: dbHost }, { name: "NODE_ENV", value: "production" }],
            secrets: [{ name: "DB_SECRET", valueFrom: secrets[0].secretArn }],
            logConfiguration: {
                logDriver: "awslogs",
                options: { "awslogs-group": logGroup, "awslogs-region": "eu-west-2", "awslogs-stream-prefix": "api" },
            },
        }])),
});

new aws.ecs.Service("orders-api", {
    cluster: ecsCluster.arn,
    taskDefinition: taskDef.arn,
    desiredCount: 2,
    launchType: "FARGATE",
    networkConfiguration: {
        subnets: net.privateSubnets.map((s) => s.id),
        securityGroups: [taskSg.id],
    },
    loadBalancers: [{ targetGroupArn: tg.arn, containerName: "api", containerPort: 3000 }],
    deploymentCircuitBreaker: { enable: true, rollback: true },
    healthCheckGracePeriodSeconds: 30,
});

export const albDns = alb.dnsName;
export const repositoryUrl = repo.repositoryUrl;
