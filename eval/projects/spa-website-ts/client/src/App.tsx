import { Route, Routes } from "react-router-dom";
import { OrderDetail } from "./components/OrderDetail";
import { OrderList } from "./components/OrderList";
import { config } from "./config";

export default function App() {
    return (
        <main>
            <header>
                <h1>Orders</h1>
                {config.stage !== "prod" && <small>stage: {config.stage}</small>}
            </header>
            <Routes>
                <Route path="/" element={<OrderList />} />
                <Route path="/orders/:id" element={<OrderDetail />} />
            </Routes>
        </main>
    );
}
