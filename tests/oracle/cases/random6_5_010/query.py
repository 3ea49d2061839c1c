df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, round(amount * 1.2, 2) AS gross FROM events) ev WHERE NOT (region = 'apac' AND qty > 3)) SELECT window(ts, '10 minutes') AS w, region, round(sum(amount) / count(*), 2) AS per FROM base GROUP BY window(ts, '10 minutes'), region")
OUTPUT_MODE = "append"
