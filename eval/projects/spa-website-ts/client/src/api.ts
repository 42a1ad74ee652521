import { config } from "./config";

export interface Order {
    id: string;
    customerId: string;
    totalCents: number;
    status: "pending" | "paid" | "shipped";
}

async function request<T>(path: string, init?: RequestInit): Promise<T> {
    const res = await fetch(`${config.apiUrl}${path}`, {
        ...init,
        headers: { "content-type": "application/json", ...(init?.headers ?? {}) },
    });
    if (!res.ok) {
        throw new Error(`${init?.method ?? "GET"} ${path} failed: ${res.status}`);
    }
    return res.json() as Promise<T>;
}

export const listOrders = () => request<Order[]>("/orders");
export const getOrder = (id: string) => request<Order>(`/orders/${encodeURIComponent(id)}`);
