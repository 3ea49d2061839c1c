df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").dropDuplicates(["id", "ts"]).createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes', '5 minutes') AS w, gross, max(struct(amount, user)).user AS topuser, min(user) AS minu FROM (SELECT *, round(amount * 1.2, 2) AS gross, date_format(ts, 'HH') AS hr FROM events) ev GROUP BY window(ts, '10 minutes', '5 minutes'), gross")
OUTPUT_MODE = "update"
