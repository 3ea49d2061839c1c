df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.dropDuplicates(["id"]).createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, upper(substr(user, 1, 1)) AS initial, concat(space(qty % 3), user) AS padded FROM events) ev WHERE (qty | 1) = 3) SELECT b.region, max(qty) - min(qty) AS qrange FROM base b JOIN dims d ON b.region = d.region GROUP BY 1")
OUTPUT_MODE = "update"
