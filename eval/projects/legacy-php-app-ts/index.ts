import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";
import * as fs from "fs";

const config = new pulumi.Config();
const dbInstanceClass = config.get("dbInstanceClass") || "db.t3.micro";

// use the default VPC, this is only an intranet app
const vpc = aws.ec2.getVpcOutput({ default: true });
const subnets = aws.ec2.getSubnetsOutput({ filters: [{ name: "vpc-id", values: [vpc.id] }] });

const albSg = new aws.ec2.SecurityGroup("alb-sg", {
    vpcId: vpc.id,
    ingress: [{ protocol: "tcp", fromPort: 80, toPort: 80, cidrBlocks: ["0.0.0.0/0"] }],
    egress: [{ protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"] }],
});

const webSg = new aws.ec2.SecurityGroup("web-sg", {
    vpcId: vpc.id,
    ingress: [
        { protocol: "tcp", fromPort: 80, toPort: 80, securityGroups: [albSg.id] },
        { protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["0.0.0.0/0"] },
    ],
    egress: [{ protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"] }],
});

const dbSg = new aws.ec2.SecurityGroup("db-sg", {
    vpcId: vpc.id,
    ingress: [{ protocol: "tcp", fromPort: 3306, toPort: 3306, securityGroups: [webSg.id] }],
});

const dbSubnets = new aws.rds.SubnetGroup("db-subnets", { subnetIds: subnets.ids });

const db = new aws.rds.Instance("intranet-db", {
    engine: "mysql",
    engineVersion: "5.7",
    instanceClass: dbInstanceClass,
    allocatedStorage: 20,
    dbName: "intranet",
    username: "admin",
    password: "Intranet2019!",
    dbSubnetGroupName: dbSubnets.name,
    vpcSecurityGroupIds: [dbSg.id],
    skipFinalSnapshot: true,
    backupRetentionPeriod: 1,
});

const role = new aws.iam.Role("web-role", {
    assumeRolePolicy: JSON.stringify({
        Version: "2012-10-17",
        Statement: [{ Effect: "Allow", Principal: { Service: "ec2.amazonaws.com" }, Action: "sts:AssumeRole" }],
    }),
});
new aws.iam.RolePolicy("web-s3-read", {
    role: role.id,
    policy: JSON.stringify({
        Version: "2012-10-17",
        Statement: [{ Effect: "Allow", Action: "s3:*", Resource: "*" }],
    }),
});
const profile = new aws.iam.InstanceProfile("web-profile", { role: role.name });

const ami = aws.ec2.getAmi({
    mostRecent: true,
    owners: ["amazon"],
    filters: [{ name: "name", values: ["amzn2-ami-hvm-*-x86_64-gp2"] }],
});

const lt = new aws.ec2.LaunchTemplate("web-lt", {
    imageId: ami.then(a => a.id),
    instanceType: "t3.small",
    iamInstanceProfile: { name: profile.name },
    vpcSecurityGroupIds: [webSg.id],
    userData: Buffer.from(fs.readFileSync("userdata.sh", "utf8")).toString("base64"),
});

const alb = new aws.lb.LoadBalancer("intranet-alb", {
    loadBalancerType: "application",
    securityGroups: [albSg.id],
    subnets: subnets.ids,
});

const tg = new aws.lb.TargetGroup("web-tg", {
    port: 80,
    protocol: "HTTP",
    vpcId: vpc.id,
    healthCheck: { path: "/health.php", matcher: "200" },
});

new aws.lb.Listener("http", {
    loadBalancerArn: alb.arn,
    port: 80,
    protocol: "HTTP",
    defaultActions: [{ type: "forward", targetGroupArn: tg.arn }],
});

new aws.autoscaling.Group("web-asg", {
    minSize: 2,
    maxSize: 4,
    desiredCapacity: 2,
    vpcZoneIdentifiers: subnets.ids,
    targetGroupArns: [tg.arn],
    healthCheckType: "ELB",
    launchTemplate: { id: lt.id, version: "$Latest" },
    tags: [{ key: "Name", value: "intranet-web", propagateAtLaunch: true }],
});

export const url = pulumi.interpolate`http://${alb.dnsName}`;
export const dbEndpoint = db.endpoint;
export const dbConnection = "mysql://admin@" + db.address + ":3306/intranet";
