df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT region, max(struct(amount, user)).user AS topuser, count(*) FILTER (WHERE amount > 50) AS nbig, sum(CASE WHEN qty > 2 THEN 1 ELSE 0 END) AS q3 FROM (SELECT *, date_format(ts, 'HH') AS hr FROM events) ev WHERE channel <> 'store' AND user RLIKE '^[a-d]' GROUP BY region")
OUTPUT_MODE = "update"
