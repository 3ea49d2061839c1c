df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.withWatermark("ts", "2 minutes").dropDuplicates(["id", "ts"]).createOrReplaceTempView("events")
result = spark.sql("SELECT even, sum(qty & 1) AS odd FROM (SELECT * FROM (SELECT *, nvl(qty, 0) % 2 = 0 AS even, '10' - qty AS qleft FROM events) ev WHERE qty IN (2, 2)) b JOIN dims d ON b.region = d.region GROUP BY even")
OUTPUT_MODE = "update"
