import { env, InvalidEnvironmentError } from "./env";

// Refuse to start on an invalid environment, naming each bad variable, instead
// of failing on the first request.
try {
  env();
} catch (error) {
  if (error instanceof InvalidEnvironmentError) {
    console.error(`\n${error.message}\n`);
    process.exit(1);
  }
  throw error;
}
