df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.dropDuplicates(["id"]).createOrReplaceTempView("events")
result = spark.sql("SELECT user, count(*) FILTER (WHERE qty IN (1, 1)) AS ones, sum(qty & 1) AS odd FROM (SELECT *, CASE WHEN amount >= 50 THEN 'big' WHEN amount >= 10 THEN 'mid' ELSE 'small' END AS band, round(amount * 1.2, 2) AS gross FROM events) ev WHERE '3' < qty GROUP BY user HAVING count(*) > 2")
OUTPUT_MODE = "update"
