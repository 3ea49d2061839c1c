df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, qty * 2 + 1 AS q2 FROM events) ev) SELECT channel, sum(CASE WHEN qty > 2 THEN 1 ELSE 0 END) AS q3, bool_or(amount > 80) AS anyhuge, count(*) FILTER (WHERE amount > 50) AS nbig FROM base GROUP BY ALL")
OUTPUT_MODE = "update"
