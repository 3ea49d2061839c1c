df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.dropDuplicates(["id"]).createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, concat(space(qty % 3), user) AS padded, qty * 2 + 1 AS q2 FROM events) ev WHERE named_struct('a', amount, 'u', user).a > 30) SELECT q2, count_if(note IS NULL) AS nonote FROM base GROUP BY ALL")
OUTPUT_MODE = "update"
