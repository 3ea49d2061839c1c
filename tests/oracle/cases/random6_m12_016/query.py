df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.createOrReplaceTempView("events")
result = spark.sql("SELECT ch2, bool_or(amount > 80) AS anyhuge, max(qty) - min(qty) AS qrange FROM (SELECT *, named_struct('r', region, 'c', channel).c AS ch2, concat(region, ':', channel) AS rc FROM events) b LEFT JOIN dims d ON b.region = d.region GROUP BY 1 ORDER BY anyhuge DESC NULLS LAST")
OUTPUT_MODE = "complete"
