df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").dropDuplicates(["id", "ts"]).createOrReplaceTempView("events")
result = spark.sql("SELECT user, round(avg(amount), 3) AS avga FROM (SELECT *, qty * 2 + 1 AS q2, '10' - qty AS qleft FROM events) ev WHERE amount > 5 OR qty IS NULL GROUP BY 1")
OUTPUT_MODE = "update"
