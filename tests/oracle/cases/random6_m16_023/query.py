df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.withWatermark("ts", "5 minutes").dropDuplicates(["id", "ts"]).createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, qty & 3 AS qbits FROM events) ev WHERE user RLIKE '^[a-d]' AND '3' < qty) SELECT window(ts, '10 minutes', '5 minutes') AS w, d.tier, max_by(user, amount) AS maxu, sum(qty & 1) AS odd, max(qty) - min(qty) AS qrange FROM base b LEFT JOIN dims d ON b.region = d.region GROUP BY window(ts, '10 minutes', '5 minutes'), d.tier")
OUTPUT_MODE = "append"
