df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.dropDuplicates(["id"]).createOrReplaceTempView("events")
result = spark.sql("SELECT channel, approx_count_distinct(channel) AS acd, sum(qty & 1) AS odd, max(named_struct('a', amount, 'u', user)).u AS top2 FROM events b LEFT JOIN dims d ON b.region = d.region GROUP BY ALL")
OUTPUT_MODE = "update"
