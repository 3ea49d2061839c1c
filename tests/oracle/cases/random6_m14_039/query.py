df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, (amount > 50) = true AS big, concat(region, ':', channel) AS rc FROM events) ev) SELECT region, last(qty) FILTER (WHERE amount > 20) AS lq FROM base GROUP BY region")
OUTPUT_MODE = "update"
