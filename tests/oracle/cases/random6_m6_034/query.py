df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM events WHERE amount > 5 OR qty IS NULL AND amount IS NOT NULL) SELECT user, last(qty) FILTER (WHERE amount > 20) AS lq FROM base GROUP BY 1 ORDER BY lq DESC NULLS LAST")
OUTPUT_MODE = "complete"
