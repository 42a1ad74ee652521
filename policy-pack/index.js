'use strict';
// The stacklint policy pack: `pulumi preview --policy-pack <this folder>`.
const { PolicyPack } = require('@pulumi/policy');
const { createPolicies } = require('./policies');

new PolicyPack('stacklint', { policies: createPolicies() });
