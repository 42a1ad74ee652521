import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const config = new pulumi.Config();
const suffix = config.get("suffix") ?? pulumi.getStack();
const logRetentionDays = config.getNumber("logRetentionDays") ?? 14;
const corsOrigin = config.get("corsOrigin") ?? "https://app.example.com";

const tags = {
    Project: "items-api",
    Environment: suffix,
    ManagedBy: "pulumi",
};

// ---------------------------------------------------------------------------
// DynamoDB: on-demand, encrypted with the AWS owned key, PITR on.
// ---------------------------------------------------------------------------
const table = new aws.dynamodb.Table(`items-${suffix}`, {
    billingMode: "PAY_PER_REQUEST",
    hashKey: "pk",
    attributes: [
        { name: "pk", type: "S" },
        { name: "ownerId", type: "S" },
    ],
    globalSecondaryIndexes: [{
        name: "byOwner",
        hashKey: "ownerId",
        projectionType: "ALL",
    }],
    ttl: { attributeName: "expiresAt", enabled: true },
    pointInTimeRecovery: { enabled: true },
    serverSideEncryption: { enabled: true },
    tags,
});

// ---------------------------------------------------------------------------
// Lambda function and its role.
// ---------------------------------------------------------------------------
const fnName = `items-api-${suffix}`;

const logGroup = new aws.cloudwatch.LogGroup(`items-api-${suffix}-logs`, {
    name: `/aws/lambda/${fnName}`,
    retentionInDays: logRetentionDays,
    tags,
});

const role = new aws.iam.Role(`items-api-${suffix}-role`, {
    assumeRolePolicy: aws.iam.assumeRolePolicyForPrincipal({ Service: "lambda.amazonaws.com" }),
    tags,
});

new aws.iam.RolePolicyAttachment(`items-api-${suffix}-basic`, {
    role: role.name,
    policyArn: aws.iam.ManagedPolicy.AWSLambdaBasicExecutionRole,
});

new aws.iam.RolePolicyAttachment(`items-api-${suffix}-xray`, {
    role: role.name,
    policyArn: aws.iam.ManagedPolicy.AWSXrayWriteOnlyAccess,
});

const tablePolicy = new aws.iam.RolePolicy(`items-api-${suffix}-table`, {
    role: role.id,
    policy: pulumi.jsonStringify({
        Version: "2012-10-17",
        Statement: [
            {
                Sid: "ItemsReadWrite",
                Effect: "Allow",
                Action: ["dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:Query"],
                Resource: [table.arn, pulumi.interpolate`${table.arn}/index/*`],
            },
        ],
    }),
});

const fn = new aws.lambda.Function(fnName, {
    name: fnName,
    runtime: aws.lambda.Runtime.NodeJS20dX,
    architectures: ["arm64"],
    handler: "index.handler",
    code: new pulumi.asset.AssetArchive({
        ".": new pulumi.asset.FileArchive("./app"),
    }),
    role: role.arn,
    memorySize: 256,
    timeout: 10,
    tracingConfig: { mode: "Active" },
    environment: {
        variables: {
            TABLE_NAME: table.name,
            NODE_OPTIONS: "--enable-source-maps",
        },
    },
    tags,
}, { dependsOn: [logGroup, tablePolicy] });

// ---------------------------------------------------------------------------
// HTTP API. Reads are public; writes need SigV4 (AWS_IAM) from our frontend's
// Cognito identity pool role.
// ---------------------------------------------------------------------------
const api = new aws.apigatewayv2.Api(`items-api-${suffix}`, {
    protocolType: "HTTP",
    description: `Items API (${suffix})`,
    corsConfiguration: {
        allowOrigins: [corsOrigin],
        allowMethods: ["GET", "POST", "OPTIONS"],
        allowHeaders: ["content-type", "authorization", "x-amz-date", "x-amz-security-token"],
        maxAge: 3600,
    },
    tags,
});

const integration = new aws.apigatewayv2.Integration(`items-api-${suffix}-lambda`, {
    apiId: api.id,
    integrationType: "AWS_PROXY",
    integrationUri: fn.invokeArn,
    integrationMethod: "POST",
    payloadFormatVersion: "2.0",
    timeoutMilliseconds: 10000,
});

const routes = [
    { key: "GET /items/{id}", auth: "NONE" },
    { key: "GET /owners/{owner}/items", auth: "NONE" },
    { key: "POST /items", auth: "AWS_IAM" },
];

for (const r of routes) {
    const slug = r.key.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/-+$/, "");
    new aws.apigatewayv2.Route(`items-api-${suffix}-${slug}`, {
        apiId: api.id,
        routeKey: r.key,
        authorizationType: r.auth,
        target: pulumi.interpolate`integrations/${integration.id}`,
    });
}

const accessLogs = new aws.cloudwatch.LogGroup(`items-api-${suffix}-access`, {
    name: `/aws/apigateway/items-api-${suffix}`,
    retentionInDays: logRetentionDays,
    tags,
});

const stage = new aws.apigatewayv2.Stage(`items-api-${suffix}-default`, {
    apiId: api.id,
    name: "$default",
    autoDeploy: true,
    defaultRouteSettings: {
        throttlingBurstLimit: 100,
        throttlingRateLimit: 50,
    },
    accessLogSettings: {
        destinationArn: accessLogs.arn,
        format: JSON.stringify({
            requestId: "$context.requestId",
            ip: "$context.identity.sourceIp",
            requestTime: "$context.requestTime",
            routeKey: "$context.routeKey",
            status: "$context.status",
            latency: "$context.responseLatency",
            integrationError: "$context.integrationErrorMessage",
        }),
    },
    tags,
});

new aws.lambda.Permission(`items-api-${suffix}-invoke`, {
    action: "lambda:InvokeFunction",
    function: fn.name,
    principal: "apigateway.amazonaws.com",
    sourceArn: pulumi.interpolate`${api.executionArn}/*/*`,
});

// Alarm on function errors.
new aws.cloudwatch.MetricAlarm(`items-api-${suffix}-errors`, {
    namespace: "AWS/Lambda",
    metricName: "Errors",
    dimensions: { FunctionName: fn.name },
    statistic: "Sum",
    period: 300,
    evaluationPeriods: 1,
    threshold: 5,
    comparisonOperator: "GreaterThanOrEqualToThreshold",
    treatMissingData: "notBreaching",
    tags,
});

export const apiUrl = stage.invokeUrl;
export const tableName = table.name;
export const functionName = fn.name;
