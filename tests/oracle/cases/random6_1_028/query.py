df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.createOrReplaceTempView("events")
result = spark.sql("SELECT hr, first(user, true) AS fu FROM (SELECT *, qty * 2 + 1 AS q2, date_format(ts, 'HH') AS hr FROM events) b LEFT JOIN dims d ON b.region = d.region GROUP BY hr HAVING count(*) > 1 ORDER BY fu DESC NULLS LAST")
OUTPUT_MODE = "complete"
