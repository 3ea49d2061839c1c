df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").dropDuplicates(["id", "ts"]).createOrReplaceTempView("events")
result = spark.sql("SELECT region, max_by(user, amount) AS maxu, sum(qty) FILTER (WHERE channel = 'web') AS webq FROM (SELECT *, length(user) % 3 AS ulen, coalesce(note, 'none') AS note2 FROM events) ev WHERE qty BETWEEN 1 AND 4 AND user RLIKE '^[a-d]' GROUP BY region HAVING count(*) > 1")
OUTPUT_MODE = "update"
