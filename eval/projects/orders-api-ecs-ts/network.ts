import * as aws from "@pulumi/aws";

export interface Network {
    vpc: aws.ec2.Vpc;
    publicSubnets: aws.ec2.Subnet[];
    privateSubnets: aws.ec2.Subnet[];
}

export function createNetwork(name: string, cidrPrefix: string, azs: string[]): Network {
    const vpc = new aws.ec2.Vpc(`${name}-vpc`, {
        cidrBlock: `${cidrPrefix}.0.0/16`,
        enableDnsHostnames: true,
        tags: { Name: name },
    });
    const igw = new aws.ec2.InternetGateway(`${name}-igw`, { vpcId: vpc.id });
    const publicRt = new aws.ec2.RouteTable(`${name}-public`, {
        vpcId: vpc.id,
        routes: [{ cidrBlock: "0.0.0.0/0", gatewayId: igw.id }],
    });

    const publicSubnets: aws.ec2.Subnet[] = [];
    const privateSubnets: aws.ec2.Subnet[] = [];
    azs.forEach((az, i) => {
        const pub = new aws.ec2.Subnet(`${name}-public-${i}`, {
            vpcId: vpc.id,
            cidrBlock: `${cidrPrefix}.${i}.0/24`,
            availabilityZone: az,
            tags: { Name: `${name}-public-${az}` },
        });
        new aws.ec2.RouteTableAssociation(`${name}-public-${i}`, { subnetId: pub.id, routeTableId: publicRt.id });
        publicSubnets.push(pub);

        const eip = new aws.ec2.Eip(`${name}-nat-${i}`, { domain: "vpc" });
        const nat = new aws.ec2.NatGateway(`${name}-nat-${i}`, { subnetId: pub.id, allocationId: eip.id });
        const rt = new aws.ec2.RouteTable(`${name}-private-${i}`, {
            vpcId: vpc.id,
            routes: [{ cidrBlock: "0.0.0.0/0", natGatewayId: nat.id }],
        });
        const priv = new aws.ec2.Subnet(`${name}-private-${i}`, {
            vpcId: vpc.id,
            cidrBlock: `${cidrPrefix}.${100 + i}.0/24`,
            availabilityZone: az,
            tags: { Name: `${name}-private-${az}` },
        });
        new aws.ec2.RouteTableAssociation(`${name}-private-${i}`, { subnetId: priv.id, routeTableId: rt.id });
        privateSubnets.push(priv);
    });
    return { vpc, publicSubnets, privateSubnets };
}
