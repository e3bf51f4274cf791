#!/usr/bin/env bash
# Speed of the three taggers together on one core, with the service's 1 GiB heap.
# Usage: enrich-service/bench.sh [characters of prose, default 400000]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -pl enrich-service -am -DskipTests install
./mvnw -q -pl enrich-service dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$PWD/enrich-service/target/bench.cp"
CP="enrich-service/target/classes:enrich-service/target/test-classes:$(cat enrich-service/target/bench.cp)"
exec taskset -c 0 java -Xmx1g -cp "$CP" org.annals.enrich.EnrichBenchmark "$@"
