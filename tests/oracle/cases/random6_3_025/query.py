df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").dropDuplicates(["id", "ts"]).createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes') AS w, user, sum(qty) FILTER (WHERE channel = 'web') AS webq, round(sum(amount) / count(*), 2) AS per FROM events WHERE amount > 5 OR qty IS NULL AND user RLIKE '^[a-d]' GROUP BY ALL HAVING count(*) > 2")
OUTPUT_MODE = "update"
