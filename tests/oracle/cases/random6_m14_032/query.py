df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.withWatermark("ts", "5 minutes").dropDuplicates(["id", "ts"]).createOrReplaceTempView("events")
result = spark.sql("SELECT even, count_if(note IS NULL) AS nonote, bool_or(amount > 80) AS anyhuge, sum(qty) FILTER (WHERE channel = 'web') AS webq FROM (SELECT * FROM (SELECT *, '10' - qty AS qleft, nvl(qty, 0) % 2 = 0 AS even FROM events) ev WHERE channel <> 'store' AND '3' < qty) b JOIN dims d ON b.region = d.region GROUP BY even")
OUTPUT_MODE = "update"
