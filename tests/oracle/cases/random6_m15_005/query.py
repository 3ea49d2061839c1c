df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").dropDuplicates(["id", "ts"]).createOrReplaceTempView("events")
result = spark.sql("SELECT channel, sum(qty & 1) AS odd, max_by(user, amount) AS maxu FROM (SELECT *, '10' - qty AS qleft, CASE WHEN amount >= 50 THEN 'big' WHEN amount >= 10 THEN 'mid' ELSE 'small' END AS band FROM events) ev GROUP BY channel HAVING count(*) > 2")
OUTPUT_MODE = "update"
