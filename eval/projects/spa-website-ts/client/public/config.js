// Local development defaults; the deployed site gets this file from the Pulumi program.
window.APP_CONFIG = { apiUrl: "http://localhost:3000", stage: "local" };
