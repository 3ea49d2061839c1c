df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.withWatermark("ts", "5 minutes").dropDuplicates(["id", "ts"]).createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, length(user) % 3 AS ulen, qty * 2 + 1 AS q2 FROM events) ev WHERE named_struct('a', amount, 'u', user).a > 30 AND user RLIKE '^[a-d]') SELECT window(ts, '4 minutes').start AS wstart, user, min(user) AS minu, max(qty) - min(qty) AS qrange FROM base b LEFT JOIN dims d ON b.region = d.region GROUP BY window(ts, '4 minutes'), user HAVING count(*) > 2")
OUTPUT_MODE = "append"
