df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM events WHERE coalesce(note, '') NOT LIKE 'x%') SELECT region, approx_count_distinct(channel) AS acd, max(named_struct('a', amount, 'u', user)).u AS top2 FROM base GROUP BY region")
OUTPUT_MODE = "update"
