df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, qty & 3 AS qbits FROM events) ev) SELECT user, concat_ws('/', min(channel), max(channel)) AS span FROM base GROUP BY user")
OUTPUT_MODE = "update"
