df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, coalesce(note, 'none') AS note2 FROM events) ev WHERE amount > 5 OR qty IS NULL AND qty BETWEEN 1 AND 4) SELECT note2, approx_count_distinct(channel) AS acd, round(sum(amount) / count(*), 2) AS per FROM base GROUP BY note2")
OUTPUT_MODE = "complete"
