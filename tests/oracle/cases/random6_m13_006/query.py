df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT qleft, count_if(note IS NULL) AS nonote, bool_or(amount > 80) AS anyhuge, count(*) FILTER (WHERE amount > 50) AS nbig FROM (SELECT *, '10' - qty AS qleft FROM events) b LEFT JOIN dims d ON b.region = d.region GROUP BY qleft")
OUTPUT_MODE = "complete"
