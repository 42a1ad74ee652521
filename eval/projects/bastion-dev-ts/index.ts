import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";
import * as fs from "fs";

const config = new pulumi.Config();
const instanceType = config.get("instanceType") || "t3.micro";
const sshPublicKey = config.require("sshPublicKey");

// TODO: move to a shared networking stack once we have one
const vpc = new aws.ec2.Vpc("dev-vpc", {
    cidrBlock: "10.20.0.0/16",
    enableDnsHostnames: true,
    enableDnsSupport: true,
    tags: { Name: "dev-vpc" },
});

const igw = new aws.ec2.InternetGateway("dev-igw", { vpcId: vpc.id });

const publicSubnet = new aws.ec2.Subnet("dev-public-a", {
    vpcId: vpc.id,
    cidrBlock: "10.20.1.0/24",
    availabilityZone: "us-east-1a",
    mapPublicIpOnLaunch: true,
    tags: { Name: "dev-public-a" },
});

const privateSubnet = new aws.ec2.Subnet("dev-private-a", {
    vpcId: vpc.id,
    cidrBlock: "10.20.10.0/24",
    availabilityZone: "us-east-1a",
    tags: { Name: "dev-private-a" },
});

const publicRt = new aws.ec2.RouteTable("dev-public-rt", {
    vpcId: vpc.id,
    routes: [{ cidrBlock: "0.0.0.0/0", gatewayId: igw.id }],
});
new aws.ec2.RouteTableAssociation("dev-public-a-rta", {
    subnetId: publicSubnet.id,
    routeTableId: publicRt.id,
});

// NAT so the app box can pull packages
const natEip = new aws.ec2.Eip("dev-nat-eip", { domain: "vpc" });
const nat = new aws.ec2.NatGateway("dev-nat", {
    allocationId: natEip.id,
    subnetId: publicSubnet.id,
}, { dependsOn: [igw] });
const privateRt = new aws.ec2.RouteTable("dev-private-rt", {
    vpcId: vpc.id,
    routes: [{ cidrBlock: "0.0.0.0/0", natGatewayId: nat.id }],
});
new aws.ec2.RouteTableAssociation("dev-private-a-rta", {
    subnetId: privateSubnet.id,
    routeTableId: privateRt.id,
});

const bastionSg = new aws.ec2.SecurityGroup("bastion-sg", {
    vpcId: vpc.id,
    description: "SSH to bastion",
    ingress: [
        // office IP changes all the time, open for now
        { protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["0.0.0.0/0"] },
    ],
    egress: [{ protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"] }],
});

const appSg = new aws.ec2.SecurityGroup("app-sg", {
    vpcId: vpc.id,
    description: "app server",
    ingress: [
        { protocol: "tcp", fromPort: 22, toPort: 22, securityGroups: [bastionSg.id] },
        { protocol: "tcp", fromPort: 8080, toPort: 8080, cidrBlocks: ["10.20.0.0/16"] },
    ],
    egress: [{ protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"] }],
});

const ami = aws.ec2.getAmiOutput({
    mostRecent: true,
    owners: ["amazon"],
    filters: [{ name: "name", values: ["al2023-ami-2023.*-x86_64"] }],
});

const key = new aws.ec2.KeyPair("dev-key", { publicKey: sshPublicKey });

const bastion = new aws.ec2.Instance("bastion", {
    ami: ami.id,
    instanceType: "t3.nano",
    subnetId: publicSubnet.id,
    vpcSecurityGroupIds: [bastionSg.id],
    keyName: key.keyName,
    associatePublicIpAddress: true,
    tags: { Name: "dev-bastion" },
});

const appRole = new aws.iam.Role("app-role", {
    assumeRolePolicy: JSON.stringify({
        Version: "2012-10-17",
        Statement: [{
            Effect: "Allow",
            Principal: { Service: "ec2.amazonaws.com" },
            Action: "sts:AssumeRole",
        }],
    }),
});
new aws.iam.RolePolicyAttachment("app-ssm", {
    role: appRole.name,
    policyArn: "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore",
});
const appProfile = new aws.iam.InstanceProfile("app-profile", { role: appRole.name });

const app = new aws.ec2.Instance("app", {
    ami: ami.id,
    instanceType: instanceType,
    subnetId: privateSubnet.id,
    vpcSecurityGroupIds: [appSg.id],
    keyName: key.keyName,
    iamInstanceProfile: appProfile.name,
    userData: fs.readFileSync("./cloud-init.sh", "utf-8"),
    rootBlockDevice: { volumeSize: 20, volumeType: "gp3" },
    tags: { Name: "dev-app" },
});

export const bastionIp = bastion.publicIp;
export const sshCommand = `ssh -J ec2-user@${bastion.publicIp} ec2-user@${app.privateIp}`;
export const appPrivateIp = app.privateIp;
