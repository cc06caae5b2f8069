import { readRepoFile } from './repo-files';

/** The Apache Kafka version infra/kafka fetches (org.apache.kafka:kafka_2.13 in its pom.xml). */
export function kafkaVersionFromPom(): string {
  const pom = readRepoFile('infra/kafka/pom.xml');
  const dependency =
    /<dependency>\s*<groupId>org\.apache\.kafka<\/groupId>\s*<artifactId>kafka_2\.13<\/artifactId>\s*<version>([^<]+)<\/version>/.exec(
      pom,
    );
  if (!dependency) throw new Error('infra/kafka/pom.xml declares no org.apache.kafka:kafka_2.13 dependency');
  const version = dependency[1].trim();
  const property = /^\$\{(.+)\}$/.exec(version);
  if (!property) return version;
  const value = new RegExp(`<${property[1].replace(/\./g, '\\.')}>([^<]+)</`).exec(pom);
  if (!value) throw new Error(`infra/kafka/pom.xml: property ${property[1]} is not defined`);
  return value[1].trim();
}
