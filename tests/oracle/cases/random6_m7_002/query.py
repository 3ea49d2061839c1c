df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, qty * 2 + 1 AS q2, amount > 20 AND qty > 1 AS hot FROM events) ev) SELECT q2, count_if(note IS NULL) AS nonote FROM base GROUP BY q2")
OUTPUT_MODE = "complete"
