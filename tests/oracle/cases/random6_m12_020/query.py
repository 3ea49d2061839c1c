df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, concat(region, ':', channel) AS rc, '10' - qty AS qleft FROM events) ev WHERE amount IS NOT NULL) SELECT user, sum(CASE WHEN qty > 2 THEN 1 ELSE 0 END) AS q3 FROM base GROUP BY user")
OUTPUT_MODE = "update"
