df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM events WHERE NOT (region = 'apac' AND qty > 3)) SELECT region, max(qty) - min(qty) AS qrange FROM base GROUP BY ALL")
OUTPUT_MODE = "update"
