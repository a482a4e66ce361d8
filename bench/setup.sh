# Sourced by the benchmark scripts: compiles the tests, sets $classpath (the code, the tests' generators
# and every dependency) and defines `corpus COUNT`, which prints the folder of a generated corpus of
# COUNT articles, generating it the first time.
mvn -q -o test-compile
mvn -q -o dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
classpath="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
corpus() {
  local folder="target/bench/corpus-$1"
  [ -d "$folder" ] || java -cp "$classpath" kiosk.bench.CorpusGenerator "$folder" "$1" >&2
  echo "$folder"
}
