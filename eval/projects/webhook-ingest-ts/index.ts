import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const cfg = new pulumi.Config();
const signingSecret = cfg.requireSecret("stripeSigningSecret");

const table = new aws.dynamodb.Table("stripe-events", {
    billingMode: "PAY_PER_REQUEST",
    hashKey: "pk",
    attributes: [{ name: "pk", type: "S" }],
    pointInTimeRecovery: { enabled: true },
    ttl: { attributeName: "expiresAt", enabled: true },
});

const dlq = new aws.sqs.Queue("stripe-events-dlq", { messageRetentionSeconds: 1209600 });
const queue = new aws.sqs.Queue("stripe-events", {
    visibilityTimeout: 60,
    redrivePolicy: pulumi.jsonStringify({ deadLetterTargetArn: dlq.arn, maxReceiveCount: 5 }),
});

const lambdaRole = new aws.iam.Role("webhook-lambda-role", {
    assumeRolePolicy: aws.iam.assumeRolePolicyForPrincipal({ Service: "lambda.amazonaws.com" }),
});
new aws.iam.RolePolicyAttachment("webhook-basic", {
    role: lambdaRole.name,
    policyArn: aws.iam.ManagedPolicy.AWSLambdaBasicExecutionRole,
});
// one role for both functions for now
new aws.iam.RolePolicy("webhook-access", {
    role: lambdaRole.id,
    policy: JSON.stringify({
        Version: "2012-10-17",
        Statement: [
            { Effect: "Allow", Action: ["sqs:*"], Resource: "*" },
            { Effect: "Allow", Action: ["dynamodb:*"], Resource: "*" },
        ],
    }),
});

const code = new pulumi.asset.AssetArchive({
    "receiver.js": new pulumi.asset.FileAsset("src/receiver.js"),
    "worker.js": new pulumi.asset.FileAsset("src/worker.js"),
});

const receiver = new aws.lambda.Function("stripe-receiver", {
    runtime: "nodejs16.x",
    handler: "receiver.handler",
    role: lambdaRole.arn,
    code,
    timeout: 10,
    environment: {
        variables: {
            QUEUE_URL: queue.url,
            SIGNING_SECRET: signingSecret,
        },
    },
});

const receiverUrl = new aws.lambda.FunctionUrl("stripe-receiver-url", {
    functionName: receiver.name,
    authorizationType: "NONE",
});

const worker = new aws.lambda.Function("stripe-worker", {
    runtime: "nodejs16.x",
    handler: "worker.handler",
    role: lambdaRole.arn,
    code,
    timeout: 30,
    environment: { variables: { TABLE_NAME: table.name } },
});

new aws.lambda.EventSourceMapping("stripe-worker-sqs", {
    eventSourceArn: queue.arn,
    functionName: worker.arn,
    batchSize: 10,
    functionResponseTypes: ["ReportBatchItemFailures"],
});

new aws.cloudwatch.MetricAlarm("stripe-dlq-not-empty", {
    namespace: "AWS/SQS",
    metricName: "ApproximateNumberOfMessagesVisible",
    dimensions: { QueueName: dlq.name },
    statistic: "Maximum",
    period: 300,
    evaluationPeriods: 1,
    threshold: 0,
    comparisonOperator: "GreaterThanThreshold",
});

export const webhookUrl = receiverUrl.functionUrl;
export const tableName = table.name;
