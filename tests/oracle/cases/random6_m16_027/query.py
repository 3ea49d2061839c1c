df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT region, round(avg(amount), 3) AS avga FROM events WHERE user LIKE '%e%' GROUP BY region")
OUTPUT_MODE = "update"
