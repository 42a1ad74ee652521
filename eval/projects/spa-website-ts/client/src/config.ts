export interface AppConfig {
    apiUrl: string;
    stage: string;
}

declare global {
    interface Window {
        APP_CONFIG?: AppConfig;
    }
}

export const config: AppConfig = window.APP_CONFIG ?? { apiUrl: "http://localhost:3000", stage: "local" };
