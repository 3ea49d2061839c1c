df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM events) SELECT region, count(*) FILTER (WHERE qty IN (1, 1)) AS ones, max(struct(amount, user)).user AS topuser FROM base GROUP BY 1 HAVING count(*) > 2")
OUTPUT_MODE = "complete"
