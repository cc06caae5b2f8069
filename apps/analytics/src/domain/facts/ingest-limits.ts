/** Most facts one `POST /facts` takes; larger loads are split by the sender (or sent through Kafka). */
export const MAX_FACTS_PER_REQUEST = 50_000;
