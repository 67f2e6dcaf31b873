/** `npm run db:seed`: loads the demo dataset into an empty ledger; refuses to touch one that has data. */
import { databasePath, openDatabase } from "../db/client";
import { seedDemo } from "../lib/seed/demo";

const file = databasePath();
const db = openDatabase(file);
const result = seedDemo(db);
db.$client.close();
if (result.seeded) {
  console.log(`Seeded ${file}: ${result.people} people, ${result.pairs} pairs, ${result.outlets} outlets, ${result.claims} claims.`);
} else {
  console.log(`${file} already holds data; the demo dataset was not loaded (it only goes into an empty ledger).`);
}
