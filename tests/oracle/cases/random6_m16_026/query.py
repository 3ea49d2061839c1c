df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT user, last(qty) FILTER (WHERE amount > 20) AS lq, first(amount) FILTER (WHERE channel = 'web') AS fweb, sum(qty & 1) AS odd FROM events GROUP BY user")
OUTPUT_MODE = "update"
