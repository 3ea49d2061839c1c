df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes', '5 minutes') AS w, q2, max_by(user, amount) AS maxu, round(avg(amount), 3) AS avga, max(amount) AS maxa FROM (SELECT *, qty * 2 + 1 AS q2, date_format(ts, 'HH') AS hr FROM events) b LEFT JOIN dims d ON b.region = d.region GROUP BY window(ts, '10 minutes', '5 minutes'), q2")
OUTPUT_MODE = "update"
