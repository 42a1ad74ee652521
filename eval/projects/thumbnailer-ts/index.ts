import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const config = new pulumi.Config();
const thumbWidth = config.get("thumbWidth") ?? "320";
const stack = pulumi.getStack();

const tags = { project: "thumbnailer", stack };

// Buckets ------------------------------------------------------------------

const uploads = new aws.s3.Bucket("uploads", { forceDestroy: stack !== "prod", tags });
new aws.s3.BucketPublicAccessBlock("uploads-pab", {
    bucket: uploads.id,
    blockPublicAcls: true,
    blockPublicPolicy: true,
    ignorePublicAcls: true,
    restrictPublicBuckets: true,
});
new aws.s3.BucketServerSideEncryptionConfiguration("uploads-sse", {
    bucket: uploads.id,
    rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } }],
});
new aws.s3.BucketLifecycleConfiguration("uploads-lifecycle", {
    bucket: uploads.id,
    rules: [{
        id: "expire-originals",
        status: "Enabled",
        filter: { prefix: "uploads/" },
        expiration: { days: 30 },
    }],
});

const thumbs = new aws.s3.Bucket("thumbs", { tags });
new aws.s3.BucketServerSideEncryptionConfiguration("thumbs-sse", {
    bucket: thumbs.id,
    rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } }],
});

// Function -----------------------------------------------------------------

const role = new aws.iam.Role("thumbnailer-role", {
    assumeRolePolicy: aws.iam.assumeRolePolicyForPrincipal({ Service: "lambda.amazonaws.com" }),
    tags,
});
new aws.iam.RolePolicyAttachment("thumbnailer-logs", {
    role: role.name,
    policyArn: aws.iam.ManagedPolicy.AWSLambdaBasicExecutionRole,
});
new aws.iam.RolePolicy("thumbnailer-s3", {
    role: role.id,
    policy: pulumi.jsonStringify({
        Version: "2012-10-17",
        Statement: [
            { Effect: "Allow", Action: ["s3:GetObject"], Resource: pulumi.interpolate`${uploads.arn}/uploads/*` },
            { Effect: "Allow", Action: ["s3:PutObject"], Resource: pulumi.interpolate`${thumbs.arn}/thumbs/*` },
        ],
    }),
});

const logGroup = new aws.cloudwatch.LogGroup("thumbnailer-logs", {
    name: `/aws/lambda/thumbnailer-${stack}`,
    retentionInDays: 30,
    tags,
});

const fn = new aws.lambda.Function("thumbnailer", {
    name: `thumbnailer-${stack}`,
    runtime: aws.lambda.Runtime.NodeJS18dX,
    handler: "index.handler",
    role: role.arn,
    code: new pulumi.asset.FileArchive("./lambda"),
    memorySize: 1024,
    timeout: 30,
    architectures: ["arm64"],
    environment: {
        variables: {
            OUTPUT_BUCKET: thumbs.bucket,
            THUMB_WIDTH: thumbWidth,
        },
    },
    tags,
}, { dependsOn: [logGroup] });

const allowS3 = new aws.lambda.Permission("uploads-invoke", {
    action: "lambda:InvokeFunction",
    function: fn.name,
    principal: "s3.amazonaws.com",
    sourceArn: uploads.arn,
});

new aws.s3.BucketNotification("uploads-notification", {
    bucket: uploads.id,
    lambdaFunctions: [{
        lambdaFunctionArn: fn.arn,
        events: ["s3:ObjectCreated:*"],
        filterPrefix: "uploads/",
    }],
}, { dependsOn: [allowS3] });

const errors = new aws.cloudwatch.MetricAlarm("thumbnailer-errors", {
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

export const uploadsBucket = uploads.bucket;
export const thumbsBucket = thumbs.bucket;
export const functionName = fn.name;
export const alarmName = errors.name;
